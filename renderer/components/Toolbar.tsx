// The toolbar: open actions, annotation actions, export, save state, theme and library toggles.
// Buttons keep the text selection (no focus change on mouse down), so `Mark claim` and `Tag
// entity` act on what the user selected.
import { memo, type MouseEvent } from 'react';
import { COMMANDS, runCommand } from '../commands/registry';
import { isMac } from '../commands/shortcuts';
import { describeKey, type CommandName } from '../commands/types';
import { useFactmark } from '../store/hooks';
import { useCommandContext } from './command-context';
import { SaveStatus } from './SaveStatus';

const keepSelection = (event: MouseEvent) => event.preventDefault();
const mac = isMac();

const CommandButton = memo(function CommandButton({
  name,
  variant,
}: {
  name: CommandName;
  variant?: 'primary';
}) {
  const context = useCommandContext();
  const command = COMMANDS[name];
  const enabled = useFactmark((s) => command.isEnabled(s));
  const binding = command.keys[0];
  const key = binding ? describeKey(binding, mac) : null;
  return (
    <button
      type="button"
      className={variant === 'primary' ? 'fm-button fm-button-primary' : 'fm-button'}
      disabled={!enabled}
      aria-keyshortcuts={key?.aria}
      title={key ? `${command.label} (${key.label})` : command.label}
      onMouseDown={keepSelection}
      onClick={() => void runCommand(name, context)}
    >
      {command.label}
      {key && binding && !binding.mod && (
        <kbd className="fm-kbd" aria-hidden="true">
          {key.label}
        </kbd>
      )}
    </button>
  );
});

function ThemeToggle() {
  const context = useCommandContext();
  const dark = useFactmark((s) => s.theme === 'dark');
  return (
    <button
      type="button"
      className="fm-button fm-icon-button"
      aria-pressed={dark}
      title="Dark theme"
      onMouseDown={keepSelection}
      onClick={() => void runCommand('toggle-theme', context)}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="fm-visually-hidden">Dark theme</span>
    </button>
  );
}

function LibraryToggle() {
  const context = useCommandContext();
  const collapsed = useFactmark((s) => s.libraryCollapsed);
  return (
    <button
      type="button"
      className="fm-button fm-icon-button"
      aria-pressed={!collapsed}
      aria-controls="fm-library"
      title={`Show library (${describeKey(COMMANDS['toggle-library'].keys[0]!, mac).label})`}
      onMouseDown={keepSelection}
      onClick={() => void runCommand('toggle-library', context)}
    >
      <span aria-hidden="true">☰</span>
      <span className="fm-visually-hidden">Show library</span>
    </button>
  );
}

export function Toolbar() {
  return (
    <header className="fm-toolbar">
      <LibraryToggle />
      <span className="fm-brand" aria-hidden="true">
        Factmark
      </span>
      <div className="fm-toolbar-group" role="group" aria-label="Open">
        <CommandButton name="open-file" />
        <CommandButton name="open-url" />
        <CommandButton name="paste-text" />
        <CommandButton name="import-annotations" />
        <CommandButton name="reload-source" />
      </div>
      <div className="fm-toolbar-group" role="group" aria-label="Annotate">
        <CommandButton name="mark-claim" variant="primary" />
        <CommandButton name="tag-entity" />
      </div>
      <div className="fm-toolbar-group">
        <CommandButton name="open-corpus" />
        <CommandButton name="export" />
      </div>
      <div className="fm-toolbar-end">
        <SaveStatus />
        <ThemeToggle />
      </div>
    </header>
  );
}
