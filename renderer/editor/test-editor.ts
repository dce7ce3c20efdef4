// A real read-only Editor over a sample article with every kind of block, emoji, CJK and a
// combining accent, for the editor's tests (jsdom).
import { Editor } from '@tiptap/core';
import { canonicalText, makeBlock, type Block } from '../../shared/model/blocks';
import { CodePointIndex } from '../../shared/text/code-points';
import { PositionMap } from '../../shared/text/position-map';
import { articleDocument } from './extensions/article-blocks';
import type { Highlight } from './extensions/annotation-highlights';
import { readingExtensions, type ReadingOptions } from './reading-extensions';

export const blocks: Block[] = [
  makeBlock('title', [{ text: 'Llama 4 🦙 arrives' }])!,
  makeBlock('heading', [{ text: 'Scout and Maverick' }], { level: 2 })!,
  makeBlock('paragraph', [
    { text: 'Meta said ' },
    { text: 'Maverick', marks: [{ type: 'italic' }] },
    { text: ' achieves ' },
    { text: '73.5%', marks: [{ type: 'bold' }] },
    { text: ' on ' },
    { text: 'MMLU', marks: [{ type: 'link', href: 'https://example.com/mmlu' }] },
    { text: ' 😀.' },
  ])!,
  makeBlock('listItem', [{ text: '大規模 言語モデル e\u0301' }], {
    ordered: true,
    depth: 0,
    number: 3,
  })!,
  makeBlock('listItem', [{ text: 'nested' }], { ordered: false, depth: 1 })!,
  makeBlock('quote', [{ text: '“Open weights,” she said.' }])!,
  makeBlock('code', [{ text: 'if (x) {\n  y();   // spaced\n}' }])!,
  makeBlock('tableCell', [{ text: 'Model' }], { row: 0, column: 0, header: true })!,
  makeBlock('tableCell', [{ text: 'Maverick' }], { row: 1, column: 0 })!,
];
export const text = canonicalText(blocks);
export const index = new CodePointIndex(text);
export const positions = new PositionMap(blocks);

const editors: Editor[] = [];

/** Destroys the editors made so far (call it after each test). */
export function destroyEditors(): void {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.innerHTML = '';
}

/** `chunks`: the first block of each chunk (see shared/text/reading-chunks.ts), to override the rule. */
export function makeEditor(
  theBlocks: readonly Block[] = blocks,
  callbacks: Partial<ReadingOptions> = {},
  chunks?: readonly number[],
): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: readingExtensions({
      onClaimClick: callbacks.onClaimClick ?? (() => {}),
      openExternal: callbacks.openExternal ?? (() => {}),
      initialHighlights: callbacks.initialHighlights,
      byline: callbacks.byline,
    }),
    content: articleDocument(theBlocks, chunks),
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { role: 'document' } },
  });
  editors.push(editor);
  return editor;
}

/** Code-point span of `quote` (its `nth` occurrence) in the canonical text. */
export function spanOf(quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no "${quote}"`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

export function claim(id: string, quote: string, nth = 0): Highlight {
  const { start, end } = spanOf(quote, nth);
  return { kind: 'claim', id, ...positions.toRange(start, end) };
}
