// Document-level keys for commands. The reading view is read-only, so ProseMirror runs no
// keymaps; keys typed into fields, menus or dialogs belong to those and are left alone.
import { COMMANDS, runCommand } from './registry';
import { tagSelectionAs, typeForKey } from './type-keys';
import { COMMAND_NAMES, type CommandContext, type CommandName, type KeyBinding } from './types';

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

/** True when the key press happens in the article, or with nothing in particular focused. */
function inArticle(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return true;
  const element = target as Element;
  const doc = element.ownerDocument;
  if (element === doc.body || element === doc.documentElement) return true;
  // A button or link in the article keeps Enter and Tab for itself.
  if (element.closest('button, a[href]')) return false;
  return element.closest('[aria-label="Article"]') !== null;
}

/**
 * Whether a binding's Shift matches. Punctuation (`?`) is typed with or without Shift
 * depending on the keyboard layout, so only the character counts there.
 */
function shiftMatches(binding: KeyBinding, shiftKey: boolean): boolean {
  if (binding.key.length === 1 && !/[\p{L}\p{N}]/u.test(binding.key)) return true;
  return !!binding.shift === shiftKey;
}

/** Commands whose Ctrl/Cmd key a field keeps for itself: its own undo and redo. */
const KEPT_BY_FIELDS: ReadonlySet<CommandName> = new Set<CommandName>(['undo', 'redo']);

/**
 * Whether a binding acts where the key was typed. A field keeps plain keys (they are typing)
 * and its undo; other Ctrl/Cmd keys (the palette, Open, Find…) mean nothing to it, so they
 * reach the app from a field too, and a keyboard user need not leave it first. A dialog keeps
 * every key.
 */
function actsFrom(target: EventTarget | null, name: CommandName, binding: KeyBinding): boolean {
  if (!belongsToControl(target)) return true;
  const inDialog = (target as Element).closest('dialog, [role="dialog"]') !== null;
  return !!binding.mod && !KEPT_BY_FIELDS.has(name) && !inDialog;
}

/** The command a key press runs, if any, and the binding that matched. */
export function bindingForKey(
  event: KeyEventLike,
  mac: boolean,
): { name: CommandName; binding: KeyBinding } | null {
  if (event.isComposing || event.altKey) return null;
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (otherMod) return null;
  const key = event.key.toLowerCase();
  for (const name of COMMAND_NAMES) {
    const binding = COMMANDS[name].keys.find(
      (k) =>
        k.key === key &&
        !!k.mod === mod &&
        shiftMatches(k, event.shiftKey) &&
        (!k.inArticle || inArticle(event.target)) &&
        actsFrom(event.target, name, k),
    );
    if (binding) return { name, binding };
  }
  return null;
}

/** The command a key press runs, if any. */
export function commandForKey(event: KeyEventLike, mac: boolean): CommandName | null {
  return bindingForKey(event, mac)?.name ?? null;
}

/** A plain key press (no modifier) that can stand for an entity type. */
function typeKeyOf(event: KeyEventLike): string | null {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key.length !== 1 || belongsToControl(event.target)) return null;
  return event.key;
}

export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** Listens for command keys on the document; returns the function that stops listening. */
export function installShortcuts(context: CommandContext, doc: Document = document): () => void {
  const mac = isMac();
  const onKeyDown = (event: KeyboardEvent) => {
    const state = context.store.getState();
    if (event.defaultPrevented || state.dialog) return;
    const found = bindingForKey(event, mac);
    if (!found) {
      const typeKey = typeKeyOf(event);
      const type = typeKey === null ? null : typeForKey(typeKey, state.registry.types);
      if (type && tagSelectionAs(context, type)) event.preventDefault();
      return;
    }
    // Tab and Enter do their usual job wherever the command has nothing to act on.
    if (found.binding.inArticle && !COMMANDS[found.name].isEnabled(state)) return;
    event.preventDefault();
    void runCommand(found.name, context);
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
