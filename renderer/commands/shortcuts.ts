// Document-level keys for commands. The reading view is read-only, so ProseMirror runs no
// keymaps; keys typed into fields, menus or dialogs belong to those and are left alone.
import { COMMANDS, runCommand } from './registry';
import { COMMAND_NAMES, type CommandContext, type CommandName } from './types';

const TYPING_TARGETS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, [role="dialog"], [role="combobox"], [role="listbox"], [role="menu"]';

/** True when a key event belongs to a field, a menu or a dialog rather than to the app. */
export function belongsToControl(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest(TYPING_TARGETS) !== null;
}

type KeyEventLike = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target' | 'isComposing'
>;

/** The command a key press runs, if any. */
export function commandForKey(event: KeyEventLike, mac: boolean): CommandName | null {
  if (event.isComposing || event.altKey || belongsToControl(event.target)) return null;
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (otherMod) return null;
  const key = event.key.toLowerCase();
  for (const name of COMMAND_NAMES) {
    const match = COMMANDS[name].keys.some(
      (k) => k.key === key && !!k.mod === mod && !!k.shift === event.shiftKey,
    );
    if (match) return name;
  }
  return null;
}

export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** Listens for command keys on the document; returns the function that stops listening. */
export function installShortcuts(context: CommandContext, doc: Document = document): () => void {
  const mac = isMac();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || context.store.getState().dialog) return;
    const name = commandForKey(event, mac);
    if (!name) return;
    event.preventDefault();
    void runCommand(name, context);
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
