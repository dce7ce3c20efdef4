// A command is something the user can do from the toolbar, a key, or the native menu: one
// closed list of names, one file per command (Excalidraw's actions), shared by all three.
import type { HostClient } from '../api';
import type { SurfaceRef } from '../editor/reading-surface';
import type { FactmarkStore } from '../store/create-store';
import type { FactmarkState } from '../store/types';

export const COMMAND_NAMES = [
  'open-file',
  'open-requested',
  'open-url',
  'paste-text',
  'import-annotations',
  'reload-source',
  'mark-claim',
  'select-with-keyboard',
  'tag-entity',
  'export',
  'toggle-theme',
  'toggle-library',
  'undo',
  'redo',
  'suggest',
  'next-suggestion',
  'previous-suggestion',
  'accept-suggestion',
  'reject-suggestion',
  'accept-all-of-entity',
  'command-palette',
  'show-shortcuts',
  'open-corpus',
  'find-in-article',
  'show-agreement',
  'adjudicate',
  'collect-evidence',
  'stop-collecting',
  'evidence-supports',
  'evidence-refutes',
  'evidence-context',
  'link-same-claim',
  'link-contradicts',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A key that runs a command; `mod` is Ctrl (Cmd on macOS). */
export interface KeyBinding {
  key: string;
  mod?: boolean;
  shift?: boolean;
  /**
   * Only while the article (or nothing) has focus, and only while the command is enabled:
   * elsewhere the key keeps its usual job (Tab moves focus, Enter presses a button).
   */
  inArticle?: boolean;
}

export interface CommandContext {
  store: FactmarkStore;
  host: HostClient;
  /** The reading view, while an article is shown. */
  surface: SurfaceRef;
}

export interface Command<N extends CommandName = CommandName> {
  name: N;
  /** The toolbar button's accessible name and the menu label (docs/ARCHITECTURE.md's stable names). */
  label: string;
  keys: readonly KeyBinding[];
  isEnabled(state: FactmarkState): boolean;
  run(context: CommandContext): void | Promise<void>;
}

/** How a binding reads in a tooltip and in `aria-keyshortcuts`. */
export function describeKey(binding: KeyBinding, mac: boolean): { label: string; aria: string } {
  const key =
    binding.key.length === 1
      ? binding.key.toUpperCase()
      : binding.key.charAt(0).toUpperCase() + binding.key.slice(1);
  const parts = [
    ...(binding.mod ? [mac ? 'Meta' : 'Control'] : []),
    ...(binding.shift ? ['Shift'] : []),
    key,
  ];
  const label = [
    ...(binding.mod ? [mac ? '⌘' : 'Ctrl'] : []),
    ...(binding.shift ? [mac ? '⇧' : 'Shift'] : []),
    key,
  ].join(mac ? '' : '+');
  return { label, aria: parts.join('+') };
}
