// @vitest-environment jsdom
// Keyboard selection over a real read-only editor: the keys move ProseMirror's selection, the
// selection reaches the DOM where Mark claim reads it, and the live region says what happened.
// (jsdom lays nothing out: lines on screen and the caret's box are the e2e tour's to check.)
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSelection } from '../selection';
import { destroyEditors, index, makeEditor, positions, spanOf } from '../test-editor';
import { KeyboardSelection } from './keyboard-selection';
import { LEFT, STARTED } from './announce';

afterEach(destroyEditors);
// Scrolling the caret into view measures text, which jsdom cannot: every box is empty here.
beforeAll(() => {
  const empty = () => new DOMRect();
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as never;
  Range.prototype.getBoundingClientRect = empty;
});

function selecting() {
  const editor = makeEditor();
  const keyboard = new KeyboardSelection();
  const detach = keyboard.attach(editor.view, { text: index, positions }, false);
  const press = (key: string, held: Partial<KeyboardEventInit> = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...held });
    editor.view.dom.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const selected = () => readSelection(editor.view, positions, index);
  return { editor, keyboard, detach, press, selected };
}

describe('selecting text with the keyboard', () => {
  it('starts at the article’s start, focused, and says how to use it', () => {
    const { editor, keyboard } = selecting();
    keyboard.start();
    expect(keyboard.getSnapshot()).toMatchObject({ active: true, message: STARTED });
    expect(document.activeElement).toBe(editor.view.dom);
    expect(editor.state.selection.head).toBe(positions.toPos(0));
  });

  it('selects words with Shift+Ctrl+→ as ProseMirror’s selection and the DOM’s', () => {
    const { editor, keyboard, press, selected } = selecting();
    keyboard.start();
    expect(press('ArrowRight', { ctrlKey: true, shiftKey: true })).toBe(true);
    press('ArrowRight', { ctrlKey: true, shiftKey: true });
    expect(selected()).toEqual(spanOf('Llama 4'));
    const { from, to } = editor.state.selection;
    expect({ from, to }).toEqual(positions.toRange(spanOf('Llama 4').start, spanOf('Llama 4').end));
    expect(keyboard.getSnapshot().message).toBe(
      '7 characters selected from character 1: “Llama 4”',
    );
  });

  it('moves without Shift, and a selection collapses to the side moved to', () => {
    const { keyboard, press, selected } = selecting();
    keyboard.start();
    press('ArrowRight', { ctrlKey: true });
    expect(selected()).toBeNull();
    expect(keyboard.getSnapshot().message).toBe('“Llama”. Caret at character 6 of ' + index.length);
    press('ArrowRight', { shiftKey: true });
    press('ArrowRight', { shiftKey: true });
    expect(selected()).toEqual(spanOf('4'));
    press('ArrowLeft');
    press('ArrowRight', { ctrlKey: true, shiftKey: true });
    expect(selected()).toEqual(spanOf('4'));
  });

  it('extends by a sentence, then Escape leaves with the selection kept', () => {
    const { keyboard, press, selected } = selecting();
    keyboard.start();
    press('ArrowDown', { ctrlKey: true }); // the title's end
    press('ArrowDown', { ctrlKey: true }); // the heading's end
    press('ArrowRight');
    press('ArrowDown', { ctrlKey: true, shiftKey: true });
    expect(selected()).toEqual(spanOf('Meta said Maverick achieves 73.5% on MMLU 😀.'));
    expect(press('Escape')).toBe(true);
    expect(keyboard.getSnapshot()).toMatchObject({ active: false, caret: null, message: LEFT });
    expect(selected()).toEqual(spanOf('Meta said Maverick achieves 73.5% on MMLU 😀.'));
    // Off, the keys are the page's again.
    expect(press('ArrowRight')).toBe(false);
  });

  it('starts from a selection made with the mouse', () => {
    const { editor, keyboard, press, selected } = selecting();
    const title = editor.view.dom.querySelector('h1')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(title, 0, title, 'Llama'.length);
    keyboard.start();
    press('ArrowRight', { ctrlKey: true, shiftKey: true });
    expect(selected()).toEqual(spanOf('Llama 4'));
  });

  it('keeps the caret where a cleared selection was (a claim just marked)', async () => {
    const { keyboard, press, selected } = selecting();
    keyboard.start();
    press('End', { ctrlKey: true });
    press('ArrowLeft', { ctrlKey: true, shiftKey: true });
    document.getSelection()!.removeAllRanges();
    await new Promise((resolve) =>
      document.addEventListener('selectionchange', resolve, { once: true }),
    );
    press('ArrowLeft', { ctrlKey: true, shiftKey: true });
    expect(selected()).toEqual(spanOf('Model'));
  });

  it('ignores the keys once detached, and F7 twice leaves', () => {
    const { keyboard, detach, press } = selecting();
    keyboard.toggle();
    keyboard.toggle();
    expect(keyboard.active).toBe(false);
    keyboard.start();
    detach();
    expect(keyboard.active).toBe(false);
    expect(press('ArrowRight')).toBe(false);
  });
});
