// Suggestion quality on the example article against a hand-made gold list: prints precision
// and recall, and holds them above floors so that a change that loses quality fails here.
import { describe, expect, it } from 'vitest';
import { emptyRegistry } from '../model/entities';
import { GAZETTEER } from './gazetteer';
import { nameKey } from './known-entries';
import { suggestAnnotations } from './suggest';
import gold from './__fixtures__/llama4-gold.json';

// The gold file holds a copy of the fixture's text (shared/ reads no files).
const { text } = gold;

function score(label: string, found: number, correct: number, expected: number) {
  const precision = found === 0 ? 0 : correct / found;
  const recall = correct / expected;
  console.log(
    `${label}: precision ${precision.toFixed(2)} (${correct}/${found}), recall ${recall.toFixed(2)} (${correct}/${expected})`,
  );
  return { precision, recall };
}

/** Spans that share most of their length: sentence ends may differ by a quote or a space. */
const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap / Math.max(a.end - a.start, b.end - b.start) >= 0.8;
};

describe('suggestion quality on llama4-news.txt', () => {
  it('the gold list quotes the fixture exactly', () => {
    for (const span of [...gold.mentions, ...gold.claims])
      expect([...text].slice(span.start, span.end).join('')).toBe(span.quote);
  });

  it('mentions with the gazetteer: right span, name and type', () => {
    const { mentions } = suggestAnnotations(text, {
      registry: emptyRegistry(),
      gazetteer: GAZETTEER,
    });
    const correct = mentions.filter((m) =>
      gold.mentions.some(
        (g) => g.start === m.start && g.end === m.end && g.name === m.name && g.type === m.type,
      ),
    ).length;
    const { precision, recall } = score('mentions', mentions.length, correct, gold.mentions.length);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('new entities without registry or gazetteer: NER and model patterns', () => {
    const { mentions } = suggestAnnotations(text, { registry: emptyRegistry() });
    const found = new Map(mentions.map((m) => [nameKey(m.name), m.type]));
    const goldNames = new Map<string, string>();
    for (const g of gold.mentions) {
      goldNames.set(nameKey(g.name), g.type);
      goldNames.set(nameKey(g.quote), g.type);
    }
    const expected = new Set(gold.mentions.map((g) => g.name)).size;
    const correct = [...found].filter(([name, type]) => goldNames.get(name) === type).length;
    const { precision, recall } = score('new entities', found.size, correct, expected);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });

  it('claims: the sentences a fact-checker would mark', () => {
    const { claims } = suggestAnnotations(text, {
      registry: emptyRegistry(),
      gazetteer: GAZETTEER,
    });
    const correct = claims.filter((c) => gold.claims.some((g) => sameSpan(c, g))).length;
    const { precision, recall } = score('claims', claims.length, correct, gold.claims.length);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
