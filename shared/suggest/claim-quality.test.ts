// Claim suggestions against hand-made gold lists: the example article and three more (a news
// brief, an earnings report and a feature, each with a byline, a dateline, headings and a
// summary line that must not be offered). Prints precision and recall per article and over
// all four, and holds the totals at precision ≥ 0.9 and recall ≥ 0.8.
import { describe, expect, it } from 'vitest';
import { emptyRegistry } from '../model/entities';
import { GAZETTEER } from './gazetteer';
import { suggestAnnotations } from './suggest';
import llama4 from './__fixtures__/llama4-gold.json';
import mistral from './__fixtures__/mistral-news-gold.json';
import gpu from './__fixtures__/gpu-earnings-gold.json';
import lab from './__fixtures__/lab-feature-gold.json';

interface Gold {
  text: string;
  claims: readonly (string | { quote: string })[];
}

const ARTICLES: readonly (readonly [string, Gold])[] = [
  ['llama4-news', llama4],
  ['mistral-news', mistral],
  ['gpu-earnings', gpu],
  ['lab-feature', lab],
];

/** Quotes are compared without the space or quote marks a sentence end may carry. */
const norm = (s: string) => s.trim().replace(/^["“]|["”]$/g, '');

function scoreArticle(gold: Gold) {
  const expected = new Set(gold.claims.map((c) => norm(typeof c === 'string' ? c : c.quote)));
  const { claims } = suggestAnnotations(gold.text, {
    registry: emptyRegistry(),
    gazetteer: GAZETTEER,
  });
  const found = claims.map((c) => norm(c.quote));
  const correct = found.filter((q) => expected.has(q));
  return {
    found: found.length,
    correct: correct.length,
    expected: expected.size,
    wrong: found.filter((q) => !expected.has(q)),
    missed: [...expected].filter((q) => !found.includes(q)),
  };
}

describe('claim suggestions against gold lists', () => {
  it('every gold quote is a sentence of its article', () => {
    for (const [, gold] of ARTICLES)
      for (const c of gold.claims) expect(gold.text).toContain(typeof c === 'string' ? c : c.quote);
  });

  it(`precision ≥ 0.9 at recall ≥ 0.8 over ${ARTICLES.length} articles`, () => {
    let found = 0;
    let correct = 0;
    let expected = 0;
    for (const [name, gold] of ARTICLES) {
      const s = scoreArticle(gold);
      found += s.found;
      correct += s.correct;
      expected += s.expected;
      console.log(
        `${name}: precision ${(s.correct / Math.max(1, s.found)).toFixed(2)} (${s.correct}/${s.found}), ` +
          `recall ${(s.correct / s.expected).toFixed(2)} (${s.correct}/${s.expected})` +
          s.wrong.map((q) => `\n  not a claim: ${q}`).join('') +
          s.missed.map((q) => `\n  missed: ${q}`).join(''),
      );
    }
    const precision = correct / found;
    const recall = correct / expected;
    console.log(
      `claims, all articles: precision ${precision.toFixed(2)} (${correct}/${found}), recall ${recall.toFixed(2)} (${correct}/${expected})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
