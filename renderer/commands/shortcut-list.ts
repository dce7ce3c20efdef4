// What the command palette and the `Keyboard shortcuts` overlay list, built from the command
// registry and the entity types, so neither can go stale when a command or type is added.
import type { EntityType } from '../../shared/model/entities';
import type { FactmarkState } from '../store/types';
import { caretKeyRows } from '../editor/keyboard-selection/keys';
import { COMMANDS } from './registry';
import { COMMAND_NAMES, describeKey, type CommandName } from './types';

export interface PaletteEntry {
  name: CommandName;
  label: string;
  /** The keys, as the user reads them ("Ctrl+K"). */
  keys: string[];
  enabled: boolean;
}

/** Every command, in registry order, with its keys and whether it can run now. */
export function paletteEntries(state: FactmarkState, mac: boolean): PaletteEntry[] {
  return COMMAND_NAMES.map((name) => {
    const command = COMMANDS[name];
    return {
      name,
      label: command.label,
      keys: command.keys.map((k) => describeKey(k, mac).label),
      enabled: command.isEnabled(state),
    };
  });
}

/** Entries whose label holds every word of the query (any case, any order). */
export function filterEntries<T extends { label: string }>(entries: readonly T[], query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => words.every((w) => e.label.toLowerCase().includes(w)));
}

/** Commands shown under "Suggestions" in the overlay; every other one is under "Commands". */
const SUGGESTION_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>([
  'suggest',
  'next-suggestion',
  'previous-suggestion',
  'accept-suggestion',
  'reject-suggestion',
  'accept-all-of-entity',
]);

export interface ShortcutRow {
  action: string;
  keys: string[];
}

export interface ShortcutSection {
  title: string;
  rows: ShortcutRow[];
}

/**
 * The overlay's sections: commands with keys, suggestion keys, the caret keys of keyboard
 * selection, and the entity type keys.
 */
export function shortcutSections(types: readonly EntityType[], mac: boolean): ShortcutSection[] {
  const rowOf = (name: CommandName): ShortcutRow => ({
    action: COMMANDS[name].label,
    keys: COMMANDS[name].keys.map((k) => describeKey(k, mac).label),
  });
  const withKeys = COMMAND_NAMES.filter((name) => COMMANDS[name].keys.length > 0);
  return [
    { title: 'Commands', rows: withKeys.filter((n) => !SUGGESTION_COMMANDS.has(n)).map(rowOf) },
    { title: 'Suggestions', rows: withKeys.filter((n) => SUGGESTION_COMMANDS.has(n)).map(rowOf) },
    { title: 'Selecting text with the keyboard (F7)', rows: caretKeyRows(mac) },
    {
      title: 'Entity types (with text selected)',
      rows: types
        .filter((t) => t.shortcut)
        .map((t) => ({ action: `Tag as ${t.label}`, keys: [t.shortcut!.toUpperCase()] })),
    },
  ].filter((section) => section.rows.length > 0);
}
