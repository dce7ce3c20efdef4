// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { readSelection } from './selection';
import { destroyEditors, index, makeEditor, positions, spanOf } from './test-editor';

afterEach(destroyEditors);

describe('reading the selection', () => {
  function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const textNodeOf = (editor: Editor, selector: string) =>
    editor.view.dom.querySelector(selector)!.firstChild!;

  it('maps a selection after an emoji to code points', () => {
    const editor = makeEditor();
    const title = textNodeOf(editor, 'h1'); // "Llama 4 🦙 arrives"
    select(title, 'Llama 4 🦙 '.length, title, 'Llama 4 🦙 arrives'.length);
    expect(readSelection(editor.view, positions, index)).toEqual(spanOf('arrives'));
  });

  it('trims a selection that runs into the next block (a triple click)', () => {
    const editor = makeEditor();
    select(textNodeOf(editor, 'h1'), 0, textNodeOf(editor, 'h2'), 0);
    expect(readSelection(editor.view, positions, index)).toEqual(spanOf('Llama 4 🦙 arrives'));
  });

  it('maps a selection across marks', () => {
    const editor = makeEditor();
    const paragraph = editor.view.dom.querySelector('p')!;
    select(
      paragraph.querySelector('em')!.firstChild!,
      0,
      paragraph.querySelector('strong')!.firstChild!,
      5,
    );
    expect(readSelection(editor.view, positions, index)).toEqual(spanOf('Maverick achieves 73.5%'));
  });

  it('ignores a collapsed selection or one outside the view', () => {
    const editor = makeEditor();
    const title = textNodeOf(editor, 'h1');
    select(title, 2, title, 2);
    expect(readSelection(editor.view, positions, index)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    select(outside.firstChild!, 0, outside.firstChild!, 4);
    expect(readSelection(editor.view, positions, index)).toBeNull();
  });
});
