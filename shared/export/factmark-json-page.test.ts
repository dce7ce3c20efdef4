import { describe, expect, it } from 'vitest';
import { createClaim } from '../model/annotate';
import type { Article } from '../model/article';
import { canonicalText, makeBlock, type Block } from '../model/blocks';
import { CodePointIndex } from '../text/code-points';
import { buildFactmarkExport, FactmarkExportSchema } from './factmark-json';
import { bareArticle } from '../test-helpers';

const now = '2026-11-26T12:00:00.000Z';

function articleOf(blocks: Block[], quotes: string[]): Article {
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const claims = quotes.map((quote) => {
    const u = text.indexOf(quote);
    return createClaim(index, index.toCodePoint(u), index.toCodePoint(u + quote.length), now);
  });
  return bareArticle(now, {
    id: 'art_pdf',
    title: 'Llama 4 report',
    source: { kind: 'file', fileName: 'report.pdf', retrievedAt: now },
    blocks,
    text,
    claims,
    orphans: [],
  });
}

const exportOf = (article: Article) =>
  buildFactmarkExport({ articles: [article], entities: [], exportedAt: now, generator: 'test' });

describe('the page of a claim in the Factmark export', () => {
  it('is carried for a PDF article: the page the claim starts on', () => {
    const article = articleOf(
      [
        makeBlock('title', [{ text: 'Llama 4 report' }], { page: 1 })!,
        makeBlock('paragraph', [{ text: 'Scout 🦙 fits on one GPU.' }], { page: 1 })!,
        makeBlock('paragraph', [{ text: 'Maverick achieves 73.5% on MMLU.' }], { page: 4 })!,
      ],
      ['Maverick achieves 73.5%', 'Scout 🦙 fits'],
    );
    const out = exportOf(article);
    expect(out.documents[0]!.claims.map((c) => [c.quote, c.page])).toEqual([
      ['Scout 🦙 fits', 1],
      ['Maverick achieves 73.5%', 4],
    ]);
    expect(FactmarkExportSchema.safeParse(out).success).toBe(true);
  });

  it('is left out for an article without pages', () => {
    const article = articleOf(
      [makeBlock('paragraph', [{ text: 'Maverick achieves 73.5% on MMLU.' }])!],
      ['Maverick'],
    );
    expect(exportOf(article).documents[0]!.claims[0]).not.toHaveProperty('page');
  });

  it('the schema refuses a page that is not a positive integer', () => {
    const out = exportOf(
      articleOf(
        [makeBlock('paragraph', [{ text: 'Maverick achieves 73.5%.' }], { page: 2 })!],
        ['Maverick'],
      ),
    );
    out.documents[0]!.claims[0]!.page = 0;
    expect(FactmarkExportSchema.safeParse(out).success).toBe(false);
  });
});
