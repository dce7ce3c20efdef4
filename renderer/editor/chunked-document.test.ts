// @vitest-environment jsdom
// A long article's document groups its blocks in chunks: positions, text, selection, copy,
// highlights and the byline must come out exactly as in a flat one.
import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PositionMap } from '../../shared/text/position-map';
import { documentBlockTexts } from './extensions/article-blocks';
import { readSelection } from './selection';
import { blocks, destroyEditors, index, makeEditor, spanOf, text } from './test-editor';
import { installFakeHighlights, paintedTexts } from './test-highlights';

// [title, heading] [paragraph, list item, list item] [quote, code, two table cells]
const chunks = [0, 2, 5];
const positions = new PositionMap(blocks, chunks);

beforeEach(installFakeHighlights);
afterEach(() => {
  destroyEditors();
  vi.unstubAllGlobals();
});

const chunked = (options: Parameters<typeof makeEditor>[1] = {}) =>
  makeEditor(blocks, options, chunks);

function select(editor: Editor, from: number, to: number): void {
  const start = editor.view.domAtPos(from);
  const end = editor.view.domAtPos(to);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('a chunked reading document', () => {
  it('holds the canonical text in chunks of real headings and paragraphs', () => {
    const editor = chunked();
    expect(documentBlockTexts(editor.state.doc).join('\n\n')).toBe(text);
    expect(editor.state.doc.childCount).toBe(3);
    const divs = [...editor.view.dom.children];
    expect(divs.map((d) => d.className)).toEqual(['fm-chunk', 'fm-chunk', 'fm-chunk']);
    expect([...divs[0]!.children].map((e) => e.tagName)).toEqual(['H1', 'H2']);
    expect(divs[1]!.querySelectorAll('p')).toHaveLength(3);
  });

  it('has the position map find every code point where the document has it', () => {
    const { doc } = chunked().state;
    for (let cp = 0; cp < index.length; cp++) {
      const ch = index.slice(cp, cp + 1);
      if (ch === '\n') continue;
      const pos = positions.toPos(cp);
      expect(doc.textBetween(pos, pos + ch.length)).toBe(ch);
      expect(positions.toOffset(pos)).toBe(cp);
    }
  });

  it('copies text across chunks with one blank line between blocks', () => {
    const editor = chunked();
    const span = spanOf('Scout and Maverick\n\nMeta said');
    const { from, to } = positions.toRange(span.start, span.end);
    expect(editor.state.doc.textBetween(from, to, '\n\n')).toBe('Scout and Maverick\n\nMeta said');
  });

  it('reads a selection that crosses from one chunk into the next', () => {
    const editor = chunked();
    const span = spanOf('and Maverick\n\nMeta');
    const { from, to } = positions.toRange(span.start, span.end);
    select(editor, from, to);
    expect(readSelection(editor.view, positions, index)).toEqual(span);
  });

  it('paints a highlight that crosses chunks in each block it covers', () => {
    const span = spanOf('nested\n\n“Open weights,”');
    const claim = {
      kind: 'claim' as const,
      id: 'clm_a',
      ...positions.toRange(span.start, span.end),
    };
    chunked({ initialHighlights: { highlights: [claim], active: null } });
    expect(paintedTexts('fm-claim-*')).toEqual(['nested', '“Open weights,”']);
  });

  it('shows the byline under the title, inside the first chunk, outside the text', () => {
    const editor = chunked({ byline: 'Dana Whitfield' });
    const first = editor.view.dom.firstElementChild!;
    expect([...first.children].map((e) => e.className.split(' ')[1])).toEqual([
      'fm-title',
      'ProseMirror-widget',
      undefined,
    ]);
    expect(first.querySelector('.fm-byline')?.textContent).toBe('Dana Whitfield');
    expect(documentBlockTexts(editor.state.doc).join('\n\n')).toBe(text);
  });
});
