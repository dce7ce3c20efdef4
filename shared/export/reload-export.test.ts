// What a reload leaves in the exports: `anchor`/`previousQuote` on placed spans and `orphans` per
// document in Factmark JSON, orphans left out of every other format, offsets matching the text.
import { describe, expect, it } from 'vitest';
import { createClaim, createMention } from '../model/annotate';
import type { Article, ExtractedArticle } from '../model/article';
import { canonicalText, makeBlock } from '../model/blocks';
import type { Entity } from '../model/entities';
import { reloadArticle } from '../model/reload';
import { CodePointIndex } from '../text/code-points';
import { buildFactmarkExport, FactmarkExportSchema } from './factmark-json';
import { buildExport, EXPORT_FORMAT_IDS } from './index';
import { parseFactmarkExport } from '../import/factmark';
import { BARE_METADATA, bareArticle } from '../test-helpers';

const T0 = '2026-04-06T00:00:00.000Z';
const NOW = '2026-05-01T00:00:00.000Z';
const KEPT = 'Maverick achieves 73.5% on MMLU, Meta says.';
const REWORDED = 'Maverick outperforms GPT-4o on several coding and reasoning benchmarks.';
const GONE = 'Behemoth is in training with 288 billion active parameters, a source said.';
const paragraphs = ['Llama 4 lands 🦙', KEPT, REWORDED, GONE];
const blocksOf = (ps: string[]) =>
  ps.map((p, i) => makeBlock(i === 0 ? 'title' : 'paragraph', [{ text: p }])!);
const meta: Entity = { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} };
const GONE_MARKER = 'ORPHAN-NOTE-7731';

function annotated(): Article {
  const blocks = blocksOf(paragraphs);
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const at = (q: string) => {
    const u = text.indexOf(q);
    return [index, index.toCodePoint(u), index.toCodePoint(u + q.length)] as const;
  };
  const orphanToBe = { ...createClaim(...at('288 billion active parameters'), T0) };
  orphanToBe.note = GONE_MARKER;
  orphanToBe.entities = ['ent_meta'];
  return bareArticle(T0, {
    id: 'art_exp',
    title: paragraphs[0]!,
    source: { kind: 'file', fileName: 'llama.md', retrievedAt: T0 },
    contentHash: `sha256:${'1'.repeat(64)}`,
    blocks,
    text,
    claims: [
      createClaim(...at('achieves 73.5% on MMLU'), T0),
      createClaim(...at('Maverick outperforms GPT-4o on several coding'), T0),
      orphanToBe,
    ],
    mentions: [createMention(...at('Meta'), 'ent_meta', T0)],
    orphans: [],
  });
}

function reloaded(): Article {
  const changed = [
    paragraphs[0]!,
    `Update: corrected. ${KEPT}`,
    REWORDED.replace('Maverick outperforms', 'Maverick clearly outperforms'),
    'Other news.',
  ];
  const extracted: ExtractedArticle = {
    title: changed[0]!,
    ...BARE_METADATA,
    source: { kind: 'file', fileName: 'llama.md', retrievedAt: NOW },
    blocks: blocksOf(changed),
  };
  const hash = () => `sha256:${'2'.repeat(64)}`;
  return reloadArticle(annotated(), extracted, { hash, now: NOW }).article;
}

const input = (articles: Article[]) => ({
  articles,
  entities: [meta],
  exportedAt: NOW,
  generator: 'test',
});

describe('exports after a reload', () => {
  const doc = buildFactmarkExport(input([reloaded()])).documents[0]!;

  it('marks placed spans with their anchor, and a drifted one with its previous quote', () => {
    const byQuote = Object.fromEntries(doc.claims.map((c) => [c.quote, c]));
    expect(byQuote['achieves 73.5% on MMLU']).toMatchObject({ anchor: 'anchored' });
    expect(byQuote['achieves 73.5% on MMLU']).not.toHaveProperty('previousQuote');
    expect(byQuote['Maverick clearly outperforms GPT-4o on several coding']).toMatchObject({
      anchor: 'drifted',
      previousQuote: 'Maverick outperforms GPT-4o on several coding',
    });
    expect(doc.mentions[0]).toMatchObject({ quote: 'Meta', anchor: 'anchored' });
  });

  it('lists the orphan apart, with its last quote, context and fields', () => {
    expect(doc.claims).toHaveLength(2);
    expect(doc.orphans).toEqual([
      expect.objectContaining({
        kind: 'claim',
        quote: '288 billion active parameters',
        prefix: expect.stringContaining('Behemoth is in training with'),
        note: GONE_MARKER,
        entities: ['ent_meta'],
      }),
    ]);
  });

  it('is valid, every start/end quoting the text, and reads back with its anchors', () => {
    const built = buildFactmarkExport(input([reloaded()]));
    expect(FactmarkExportSchema.safeParse(built).success).toBe(true);
    const points = [...doc.text];
    for (const s of [...doc.claims, ...doc.mentions]) {
      expect(points.slice(s.start, s.end).join('')).toBe(s.quote);
    }
    const back = parseFactmarkExport(JSON.stringify(built), { fileName: 'x.factmark.json' });
    const article = back.articles?.[0];
    if (!article) throw new Error('no article read back');
    expect(article.claims.map((c) => c.anchor).sort()).toEqual(['anchored', 'drifted']);
    expect(article.orphans).toHaveLength(1);
  });

  it('gives no anchor to an article never reloaded', () => {
    const never = buildFactmarkExport(input([annotated()])).documents[0]!;
    for (const s of [...never.claims, ...never.mentions]) expect(s).not.toHaveProperty('anchor');
  });

  it.each(EXPORT_FORMAT_IDS.filter((f) => f !== 'factmark'))('%s leaves orphans out', (format) => {
    const bundle = buildExport(format, input([reloaded()]));
    for (const file of bundle.files) {
      expect(file.content).not.toContain(GONE_MARKER);
      expect(file.content).not.toContain('288 billion active parameters,');
    }
  });
});
