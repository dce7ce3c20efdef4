// Smoke test over real web pages (Mozilla Readability's test pages, kept beside the repository;
// skipped, saying so, where they are absent): every page opens, its title matches, and the article text Readability
// expects is all in our canonical text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalText, collapseWhitespace } from '../../../shared/model/blocks';
import { CORPUS_DIR, corpusPages, corpusPresent } from './__fixtures__/readability-corpus';
import { loadHtml } from './html';

/**
 * Pages where we differ from the expected files, with the reason: the released Readability
 * (0.6.0) is older than the one that wrote them (see the corpus README), and we leave out some
 * chrome it keeps.
 */
const KNOWN_TITLE_DIFFERENCES: Record<string, string> = {
  'title-en-dash': '0.6.0 keeps the site name after the en dash',
  mercurial: '0.6.0 drops the "Evolve: " before the title',
};
const KNOWN_TEXT_DIFFERENCES: Record<string, string> = {
  'nytimes-5': 'Readability keeps a <nav> tab bar ("Lo más reciente") that we leave out as chrome',
};

/**
 * Pass rates this loader reaches (128 of 130 pages for each), counting the known differences as
 * misses; lower them only with a reason.
 */
const MIN_TEXT_PASS_RATE = 0.97;
const MIN_TITLE_PASS_RATE = 0.97;

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
}

/** Text compared without white space: blocks joined by "\n\n" vs. markup without separators. */
const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '');

const pages = corpusPresent('corpus.test') ? corpusPages() : [];

describe.skipIf(pages.length === 0)('the Readability page corpus', () => {
  const timings: Array<{ name: string; ms: number }> = [];
  const textMisses: string[] = [];
  const titleMisses: string[] = [];
  const describeMisses = (misses: string[], known: Record<string, string>) =>
    misses.map((name) => (known[name] ? `${name} (known: ${known[name]})` : name)).join(', ') ||
    'none';

  afterAll(() => {
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      `corpus: ${pages.length} pages; text contained in ${pages.length - textMisses.length}, ` +
        `titles equal in ${pages.length - titleMisses.length}\n` +
        `  slowest: ${slowest.map((t) => `${t.name} ${Math.round(t.ms)} ms`).join(', ')}\n` +
        `  text not contained: ${describeMisses(textMisses, KNOWN_TEXT_DIFFERENCES)}\n` +
        `  title differs: ${describeMisses(titleMisses, KNOWN_TITLE_DIFFERENCES)}`,
    );
  });

  it.each(pages)('%s opens as an article', (name) => {
    const dir = join(CORPUS_DIR, name);
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
    ) as ExpectedMetadata;

    const started = performance.now();
    const article = loadHtml(html, {
      source: { kind: 'file', fileName: 'source.html', retrievedAt: '2026-11-26T00:00:00.000Z' },
      fallbackTitle: name,
      displayName: `${name}/source.html`,
      // The address the Readability project uses for these pages.
      url: 'http://fakehost/test/page.html',
    });
    timings.push({ name, ms: performance.now() - started });

    expect(article.blocks.length).toBeGreaterThan(1);
    expect(article.blocks[0]?.type).toBe('title');

    // Titles are one line with white space collapsed (U+3000 and no-break spaces included).
    const expectedTitle = collapseWhitespace(expected.title ?? '').trim();
    if (expectedTitle && article.title !== expectedTitle) titleMisses.push(name);

    // Image placeholders ("[Image: alt]") stand for no text of the page.
    const ours = squeeze(canonicalText(article.blocks.filter((b) => !b.placeholder)));
    const theirs = squeeze(
      JSDOM.fragment(readFileSync(join(dir, 'expected.html'), 'utf8')).textContent ?? '',
    );
    if (!ours.includes(theirs)) textMisses.push(name);
  });

  it('reaches the pass rates', () => {
    expect(1 - textMisses.length / pages.length).toBeGreaterThanOrEqual(MIN_TEXT_PASS_RATE);
    expect(1 - titleMisses.length / pages.length).toBeGreaterThanOrEqual(MIN_TITLE_PASS_RATE);
  });
});
