// What a button that runs a command needs (the toolbar's and the `More` menu's): the command,
// whether it is enabled now, its first key as shown and announced, and a way to run it.
import { COMMANDS, runCommand } from '../commands/registry';
import { isMac } from '../commands/shortcuts';
import { describeKey, type CommandName } from '../commands/types';
import { useFactmark } from '../store/hooks';
import { useCommandContext } from './command-context';

const mac = isMac();

export function useCommandButton(name: CommandName) {
  const context = useCommandContext();
  const command = COMMANDS[name];
  const enabled = useFactmark((s) => command.isEnabled(s));
  const binding = command.keys[0];
  return {
    command,
    enabled,
    binding,
    key: binding ? describeKey(binding, mac) : null,
    run: () => runCommand(name, context),
  };
}
