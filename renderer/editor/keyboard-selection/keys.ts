// Which key moves the keyboard caret how, following each platform's text-editing keys: arrows
// by character and line, Ctrl+arrows (⌥ on macOS) by word and sentence, Home/End to the line's
// ends, Ctrl+Home/End (⌘+↑/↓ on macOS) to the article's; Shift extends the selection.
import type { Direction, TextUnit } from './moves';

/** A unit of the text (moves.ts), or a line as laid out on screen (the browser's to find). */
export type CaretUnit = TextUnit | 'line' | 'line-end';

export type CaretAction =
  { kind: 'move'; unit: CaretUnit; direction: Direction; extend: boolean } | { kind: 'leave' };

export type CaretKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'
>;

type Modifier = 'none' | 'word' | 'far';

/** The modifier held: `word` (Ctrl, ⌥ on macOS), `far` (⌘ on macOS), or none; null: another. */
function modifierOf(event: CaretKeyEvent, mac: boolean): Modifier | null {
  const { ctrlKey, metaKey, altKey } = event;
  const held = [ctrlKey, metaKey, altKey].filter(Boolean).length;
  if (held === 0) return 'none';
  if (held > 1) return null;
  if (mac) return altKey ? 'word' : metaKey ? 'far' : null;
  return ctrlKey ? 'word' : null;
}

const MOVES: Record<string, Partial<Record<Modifier, [CaretUnit, Direction]>>> = {
  ArrowLeft: { none: ['character', -1], word: ['word', -1], far: ['line-end', -1] },
  ArrowRight: { none: ['character', 1], word: ['word', 1], far: ['line-end', 1] },
  ArrowUp: { none: ['line', -1], word: ['sentence', -1], far: ['article', -1] },
  ArrowDown: { none: ['line', 1], word: ['sentence', 1], far: ['article', 1] },
  Home: { none: ['line-end', -1], word: ['article', -1] },
  End: { none: ['line-end', 1], word: ['article', 1] },
};

/** What a key press does while selecting with the keyboard; null: not a caret key. */
export function caretAction(event: CaretKeyEvent, mac: boolean): CaretAction | null {
  if (event.isComposing) return null;
  const modifier = modifierOf(event, mac);
  if (event.key === 'Escape')
    return modifier === 'none' && !event.shiftKey ? { kind: 'leave' } : null;
  const move = modifier && MOVES[event.key]?.[modifier];
  if (!move) return null;
  return { kind: 'move', unit: move[0], direction: move[1], extend: event.shiftKey };
}

const UNIT_ACTIONS: ReadonlyArray<[CaretUnit, string]> = [
  ['character', 'Move the caret by a character'],
  ['word', 'Move by a word'],
  ['line', 'Move by a line'],
  ['sentence', 'Move by a sentence'],
  ['line-end', 'Move to the line’s start or end'],
  ['article', 'Move to the article’s start or end'],
];

const KEY_SIGNS: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/** The caret keys as the `Keyboard shortcuts` overlay lists them, read from the table above. */
export function caretKeyRows(mac: boolean): { action: string; keys: string[] }[] {
  const prefix: Record<Modifier, string | null> = {
    none: '',
    word: mac ? '⌥' : 'Ctrl+',
    far: mac ? '⌘' : null,
  };
  const rows = UNIT_ACTIONS.map(([unit, action]) => {
    const keys: string[] = [];
    for (const [key, byModifier] of Object.entries(MOVES)) {
      for (const [modifier, move] of Object.entries(byModifier) as [
        Modifier,
        [CaretUnit, Direction],
      ][]) {
        const held = prefix[modifier];
        if (move[0] === unit && held !== null) keys.push(`${held}${KEY_SIGNS[key] ?? key}`);
      }
    }
    return { action, keys };
  });
  return [
    ...rows,
    { action: 'Select while moving (with any of these)', keys: ['Shift'] },
    { action: 'Leave', keys: ['Escape', 'F7'] },
  ];
}
