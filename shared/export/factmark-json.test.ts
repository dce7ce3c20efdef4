import { describe, expect, it } from 'vitest';
import { canonicalText, makeBlock } from '../model/blocks';
import { CodePointIndex } from '../text/code-points';
import { createClaim, createMention } from '../model/annotate';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { buildFactmarkExport, FactmarkExportSchema } from './factmark-json';
import { bareArticle } from '../test-helpers';

const now = '2026-11-26T12:00:00.000Z';
const blocks = [
  makeBlock('title', [{ text: '🦙 Llama 4 lands' }])!,
  makeBlock('paragraph', [{ text: 'Maverick achieves 73.5% on MMLU, says Meta’s team 大規模.' }])!,
];
const text = canonicalText(blocks);
const index = new CodePointIndex(text);
const find = (s: string) => {
  const u = text.indexOf(s);
  return [index.toCodePoint(u), index.toCodePoint(u + s.length)] as const;
};

const maverick: Entity = {
  id: 'ent_mav',
  type: 'model',
  name: 'Llama 4 Maverick',
  aliases: ['Maverick'],
  links: {},
};
const meta: Entity = { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} };
const unused: Entity = { id: 'ent_none', type: 'person', name: 'Nobody', aliases: [], links: {} };

function article(): Article {
  const claim = createClaim(index, ...find('Maverick achieves 73.5% on MMLU'), now);
  claim.entities = ['ent_meta'];
  const outer = createClaim(
    index,
    ...find('Maverick achieves 73.5% on MMLU, says Meta’s team'),
    now,
  );
  return bareArticle(now, {
    id: 'art_1',
    title: '🦙 Llama 4 lands',
    source: { kind: 'paste', retrievedAt: now },
    blocks,
    text,
    claims: [claim, outer],
    mentions: [
      createMention(index, ...find('Maverick'), 'ent_mav', now),
      createMention(index, ...find('大規模'), 'ent_meta', now),
    ],
    orphans: [],
  });
}

describe('buildFactmarkExport', () => {
  const out = buildFactmarkExport({
    articles: [article()],
    entities: [maverick, meta, unused],
    exportedAt: now,
    generator: 'Factmark test',
  });

  it('is valid against its schema', () => {
    expect(FactmarkExportSchema.safeParse(out).success).toBe(true);
  });

  it('quotes text[start:end] in code points for every span', () => {
    const points = [...out.documents[0]!.text];
    for (const s of [...out.documents[0]!.claims, ...out.documents[0]!.mentions]) {
      expect(points.slice(s.start, s.end).join('')).toBe(s.quote);
    }
  });

  it('gives a claim its tagged entities and those mentioned inside it', () => {
    const [outer, inner] = out.documents[0]!.claims;
    expect(outer!.quote).toMatch(/team$/);
    expect(inner!.entities).toEqual(['ent_meta', 'ent_mav']);
    expect(outer!.entities).toEqual(['ent_mav']);
  });

  it('lists only the entities the documents use', () => {
    expect(out.entities.map((e) => e.id).sort()).toEqual(['ent_mav', 'ent_meta']);
  });

  it('the schema rejects a quote that does not match the text', () => {
    const bad = structuredClone(out);
    bad.documents[0]!.claims[0]!.start += 1;
    const result = FactmarkExportSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['documents', 0, 'claims', 0, 'quote']);
  });
});

describe('FactmarkExportSchema checks', () => {
  const out = buildFactmarkExport({
    articles: [article()],
    entities: [maverick, meta],
    exportedAt: now,
    generator: 'Factmark test',
  });

  it('carries the blocks and the dates an import needs to restore the article', () => {
    const doc = out.documents[0]!;
    expect(doc.blocks).toEqual(blocks);
    expect(doc).toMatchObject({ dir: 'ltr', excerpt: null, createdAt: now, updatedAt: now });
    expect(doc.mentions[0]!.createdAt).toBe(now);
  });

  it.each([
    [
      'an end before its start',
      (d: typeof out) => (d.documents[0]!.claims[1]!.end = d.documents[0]!.claims[1]!.start),
      ['documents', 0, 'claims', 1, 'end'],
      'must be greater than start',
    ],
    [
      'an end past the text',
      (d: typeof out) => (d.documents[0]!.mentions[0]!.end = 10_000),
      ['documents', 0, 'mentions', 0, 'end'],
      'is past the end of the text (71 code points)',
    ],
    [
      'blocks that are not the text',
      (d: typeof out) => (d.documents[0]!.blocks = [blocks[0]!]),
      ['documents', 0, 'blocks'],
      'the blocks do not make up the text (joined by a blank line)',
    ],
  ])('names the field of %s', (_label, spoil, path, message) => {
    const bad = structuredClone(out);
    spoil(bad);
    const result = FactmarkExportSchema.safeParse(bad);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[path, message]]);
  });
});

describe('claim evidence and structured fields', () => {
  const withFields = (): Article => {
    const a = article();
    a.claims[0] = {
      ...a.claims[0]!,
      evidence: [{ url: 'https://ai.meta.com/blog/llama-4/', label: 'Model card' }],
      structured: { subject: 'ent_none', metric: 'MMLU', value: '73.5', unit: '%' },
    };
    return a;
  };
  const out = buildFactmarkExport({
    articles: [withFields()],
    entities: [maverick, meta, unused],
    exportedAt: now,
    generator: 'Factmark test',
  });
  const claim = out.documents[0]!.claims.find((c) => c.evidence)!;

  it('carries them on the claim, and the subject entity in the entity list', () => {
    expect(claim.evidence).toEqual([
      { url: 'https://ai.meta.com/blog/llama-4/', label: 'Model card' },
    ]);
    expect(claim.structured).toEqual({
      subject: 'ent_none',
      metric: 'MMLU',
      value: '73.5',
      unit: '%',
    });
    expect(out.entities.map((e) => e.id)).toContain('ent_none');
    expect(FactmarkExportSchema.safeParse(out).success).toBe(true);
  });

  it('leaves them out of claims that have none', () => {
    const other = out.documents[0]!.claims.find((c) => c !== claim)!;
    expect(Object.keys(other)).not.toContain('evidence');
    expect(Object.keys(other)).not.toContain('structured');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.org/a', 'https://'])(
    'refuses the evidence link %j',
    (url) => {
      const bad = structuredClone(out);
      bad.documents[0]!.claims.find((c) => c.evidence)!.evidence![0]!.url = url;
      const result = FactmarkExportSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/http or https/);
    },
  );
});
