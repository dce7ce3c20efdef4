import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../../../shared/model/article';
import { blockText, canonicalText, type Block } from '../../../shared/model/blocks';
import type { LoadContext } from './extracted';
import { loadMarkdown } from './markdown';

const context: LoadContext = {
  source: { kind: 'file', fileName: 'release-notes.md', retrievedAt: '2026-11-26T12:00:00.000Z' },
  fallbackTitle: 'release-notes',
  displayName: 'release-notes.md',
};
const fixture = readFileSync(new URL('./__fixtures__/release-notes.md', import.meta.url), 'utf8');

const shape = (b: Block) => {
  const { runs: _runs, ...attrs } = b;
  return { ...attrs, text: blockText(b) };
};

describe('loadMarkdown on release notes', () => {
  const article = loadMarkdown(fixture, context);
  const text = canonicalText(article.blocks);

  it('is a valid extracted article read as Markdown', () => {
    expect(ExtractedArticleSchema.safeParse(article).success).toBe(true);
    expect(article.source.mediaType).toBe('markdown');
  });

  it('takes the leading # heading for the title, once', () => {
    expect(article.title).toBe('Llama 4: what changed');
    expect(article.blocks[0]).toEqual({ type: 'title', runs: [{ text: 'Llama 4: what changed' }] });
    expect(text.split('Llama 4: what changed')).toHaveLength(2);
  });

  it('reads headings, lists (markers as typed), quotes, tables and code into blocks', () => {
    expect(article.blocks.slice(1).map(shape)).toEqual([
      {
        type: 'paragraph',
        text: "Meta's Llama 4 family uses a mixture-of-experts design; see the model card for details. AT&T © 2025.",
      },
      { type: 'heading', level: 2, text: 'Models' },
      // List markers are typed text, as written.
      { type: 'paragraph', text: '1. Scout — 17B active parameters' },
      { type: 'paragraph', text: '2. Maverick — 17B active, ~400B total' },
      { type: 'paragraph', text: '- multimodal input' },
      { type: 'paragraph', text: '- 1M-token context' },
      { type: 'paragraph', text: '- [x] weights released' },
      { type: 'paragraph', text: '- [ ] Behemoth released' },
      { type: 'quote', text: 'Maverick achieves 73.5% on MMLU. It passes 86.3% of HumanEval.' },
      { type: 'tableCell', row: 0, column: 0, header: true, text: 'Model' },
      { type: 'tableCell', row: 0, column: 1, header: true, text: 'MMLU' },
      { type: 'tableCell', row: 1, column: 0, text: 'Maverick' },
      { type: 'tableCell', row: 1, column: 1, text: '73.5%' },
      { type: 'tableCell', row: 2, column: 0, text: 'GPT-4o' },
      { type: 'tableCell', row: 2, column: 1, text: '70.2%' },
      { type: 'code', text: 'print("hello <b>llama</b>")' },
      { type: 'paragraph', text: 'Inline code and a bad link and and inline html.' },
      { type: 'paragraph', text: 'Raw HTML block text' },
      { type: 'heading', level: 2, text: 'A second level-one heading' },
    ]);
  });

  it('keeps inline marks and safe links', () => {
    const runs = article.blocks[1]!.runs;
    expect(runs).toContainEqual({ text: 'Llama 4', marks: [{ type: 'italic' }] });
    expect(runs).toContainEqual({ text: 'mixture-of-experts', marks: [{ type: 'bold' }] });
    expect(runs).toContainEqual({
      text: 'model card',
      marks: [{ type: 'link', href: 'https://github.com/meta-llama/llama-models' }],
    });
  });

  it.each([
    'INLINE-SCRIPT',
    'BLOCK-SCRIPT',
    'MD-JS-LINK',
    'HTML-COMMENT',
    '<script',
    '<span',
    '<div',
  ])('passes no raw HTML or script through: %s', (marker) => {
    expect(JSON.stringify(article.blocks)).not.toContain(marker);
  });

  it('drops the javascript: link but keeps its text', () => {
    const runs = article.blocks.flatMap((b) => b.runs);
    expect(runs.find((r) => r.text.includes('bad link'))?.marks).toBeUndefined();
    expect(JSON.stringify(article.blocks)).not.toMatch(/javascript:/i);
  });
});

describe('loadMarkdown titles', () => {
  it.each([
    ['a leading # heading', '# Title\n\nBody text.', 'Title', ['Title', 'Body text.']],
    [
      'the file name without one',
      'Body text.\n\n# Later',
      'release-notes',
      ['release-notes', 'Body text.', 'Later'],
    ],
    [
      'front matter',
      '---\ntitle: "From front matter"\ndate: 2025-04-12\n---\n\nBody text.',
      'From front matter',
      ['From front matter', 'Body text.'],
    ],
  ])('come from %s', (_label, markdown, title, blocks) => {
    const article = loadMarkdown(markdown, context);
    expect(article.title).toBe(title);
    expect(article.blocks.map(blockText)).toEqual(blocks);
  });

  it('reads an inline <br> as a space and drops other tags', () => {
    const article = loadMarkdown('Line one<br>line <em>two</em><style>p{}</style>.', context);
    expect(article.blocks.map(blockText)).toEqual(['release-notes', 'Line one line two.']);
  });

  it('refuses a file with nothing to read', () => {
    expect(() => loadMarkdown('<!-- only a comment -->\n\n---\n', context)).toThrow(
      'release-notes.md: there is no text to read in it',
    );
  });
});
