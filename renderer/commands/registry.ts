// Every command by name. Adding a name to COMMAND_NAMES without a command here is a type error.
import { MENU_COMMANDS, type MenuCommand } from '../../shared/contract/calls';
import { errorMessage } from '../store/types';
import { exportAnnotations } from './export';
import { importAnnotations } from './import-annotations';
import { markClaim } from './mark-claim';
import { openFile } from './open-file';
import { openUrl } from './open-url';
import { pasteText } from './paste-text';
import { redo } from './redo';
import { tagEntity } from './tag-entity';
import { toggleLibrary } from './toggle-library';
import { toggleTheme } from './toggle-theme';
import type { Command, CommandContext, CommandName } from './types';
import { undo } from './undo';

export const COMMANDS: { readonly [N in CommandName]: Command<N> } = {
  'open-file': openFile,
  'open-url': openUrl,
  'paste-text': pasteText,
  'import-annotations': importAnnotations,
  'mark-claim': markClaim,
  'tag-entity': tagEntity,
  export: exportAnnotations,
  'toggle-theme': toggleTheme,
  'toggle-library': toggleLibrary,
  undo,
  redo,
};

// Every native menu command is one of ours (checked by the compiler).
const _menuCommandsAreCommands: readonly CommandName[] = MENU_COMMANDS as readonly MenuCommand[];

/** Runs a command if it is enabled now; reports anything it throws as an error notice. */
export async function runCommand(name: CommandName, context: CommandContext): Promise<void> {
  const command: Command = COMMANDS[name];
  if (!command.isEnabled(context.store.getState())) return;
  try {
    await command.run(context);
  } catch (err) {
    context.store.getState().notify('error', errorMessage(err));
  }
}
