import { describe, expect, it } from 'vitest';
import { caretAction, type CaretKeyEvent } from './keys';

const press = (key: string, held = ''): CaretKeyEvent => ({
  key,
  ctrlKey: held.includes('ctrl'),
  metaKey: held.includes('meta'),
  altKey: held.includes('alt'),
  shiftKey: held.includes('shift'),
  isComposing: false,
});

describe('caret keys', () => {
  it.each([
    // [key, held, on a Mac, unit, direction, extends]
    ['ArrowRight', '', false, 'character', 1, false],
    ['ArrowLeft', 'shift', false, 'character', -1, true],
    ['ArrowRight', 'ctrl', false, 'word', 1, false],
    ['ArrowLeft', 'ctrl shift', false, 'word', -1, true],
    ['ArrowRight', 'alt', true, 'word', 1, false],
    ['ArrowDown', '', false, 'line', 1, false],
    ['ArrowUp', 'shift', false, 'line', -1, true],
    ['ArrowDown', 'ctrl shift', false, 'sentence', 1, true],
    ['ArrowUp', 'alt', true, 'sentence', -1, false],
    ['Home', '', false, 'line-end', -1, false],
    ['End', 'shift', false, 'line-end', 1, true],
    ['ArrowRight', 'meta', true, 'line-end', 1, false],
    ['End', 'ctrl', false, 'article', 1, false],
    ['Home', 'ctrl shift', false, 'article', -1, true],
    ['ArrowDown', 'meta', true, 'article', 1, false],
  ] as const)('%s with "%s" (Mac: %s): %s %i', (key, held, mac, unit, direction, extend) => {
    expect(caretAction(press(key, held), mac)).toEqual({ kind: 'move', unit, direction, extend });
  });

  it('leaves with Escape', () => {
    expect(caretAction(press('Escape'), false)).toEqual({ kind: 'leave' });
  });

  it.each([
    ['a letter (a command key)', press('c'), false],
    ['Alt+arrow off a Mac (the browser’s Back)', press('ArrowLeft', 'alt'), false],
    ['Ctrl+arrow on a Mac (the system’s)', press('ArrowLeft', 'ctrl'), true],
    ['two modifiers', press('ArrowLeft', 'ctrl alt'), false],
    ['Shift+Escape', press('Escape', 'shift'), false],
    ['a key typed while composing', { ...press('ArrowLeft'), isComposing: true }, false],
  ])('leaves alone %s', (_what, event, mac) => {
    expect(caretAction(event, mac)).toBeNull();
  });
});
