import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, Mention } from '../model/annotations';
import type { Article } from '../model/article';
import { ADJUDICATED } from '../model/annotators';
import {
  adoptAgreed,
  adoptVersion,
  leaveOut,
  planAdjudication,
  reviseAdjudicated,
} from './adjudication';

const T = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';
let seq = 0;
function claim(
  annotator: string | undefined,
  start: number,
  end: number,
  fields: Partial<Pick<Claim, 'status' | 'note' | 'entities'>> = {},
): Claim {
  return {
    id: `clm_${++seq}`,
    start,
    end,
    quote: 'q'.repeat(end - start),
    prefix: '',
    suffix: '',
    entities: fields.entities ?? [],
    status: fields.status ?? ('unreviewed' as ClaimStatus),
    note: fields.note ?? '',
    createdAt: T,
    updatedAt: T,
    ...(annotator ? { annotator } : {}),
  };
}
function mention(annotator: string, start: number, end: number, entity: string): Mention {
  return {
    id: `men_${++seq}`,
    start,
    end,
    quote: 'm',
    prefix: '',
    suffix: '',
    entity,
    createdAt: T,
    annotator,
  };
}
function article(claims: Claim[], mentions: Mention[] = []): Article {
  return {
    id: 'art_1',
    title: 't',
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: null,
    dir: null,
    excerpt: null,
    source: { kind: 'paste', retrievedAt: T },
    contentHash: `sha256:${'0'.repeat(64)}`,
    createdAt: T,
    updatedAt: T,
    blocks: [],
    text: '',
    claims,
    mentions,
    orphans: [],
  };
}
const options = {
  fallbackAnnotator: 'Dana',
  resolve: (id: string) => (id === 'ent_old' ? 'ent_meta' : id === 'ent_gone' ? null : id),
};

describe('planAdjudication', () => {
  const a = article(
    [
      // agreed: same status, entities (one tagged, one via a merged id), one note only
      claim('Dana', 0, 10, { status: 'supported', entities: ['ent_meta'], note: 'checked' }),
      claim('Lee', 0, 10, { status: 'supported', entities: ['ent_old'] }),
      // status differs
      claim('Dana', 20, 30, { status: 'refuted' }),
      claim('Lee', 20, 30, { status: 'supported' }),
      // only Lee
      claim('Lee', 40, 50),
      // entities differ: Dana tagged nothing but mentioned Meta inside; Lee tagged Llama
      claim(undefined, 60, 70),
      claim('Lee', 60, 70, { entities: ['ent_llama'] }),
      // two different notes
      claim('Dana', 80, 90, { note: 'a' }),
      claim('Lee', 80, 90, { note: 'b' }),
    ],
    [
      mention('Dana', 61, 65, 'ent_meta'),
      mention('Lee', 61, 65, 'ent_old'),
      mention('Lee', 95, 99, 'ent_llama'),
      mention('Lee', 100, 104, 'ent_gone'),
    ],
  );
  const plan = planAdjudication(a, options);

  it('lists the annotators and sorts groups into agreed and disagreements, in reading order', () => {
    expect(plan.annotators).toEqual(['Dana', 'Lee']);
    expect(plan.agreed.map((g) => g.key)).toEqual(['claim:0:10', 'mention:61:65:ent_meta']);
    expect(plan.disagreements.map((g) => g.key)).toEqual([
      'claim:20:30',
      'claim:40:50',
      'claim:60:70',
      'claim:80:90',
      'mention:95:99:ent_llama',
    ]);
  });

  it('compares a claim’s entities as tagged or mentioned inside by the same annotator', () => {
    const group = plan.disagreements.find((g) => g.key === 'claim:60:70');
    expect(group?.kind === 'claim' && group.versions.map((v) => [v.annotator, v.entities])).toEqual(
      [
        ['Dana', ['ent_meta']],
        ['Lee', ['ent_llama', 'ent_meta']],
      ],
    );
  });

  it('adopts what everyone agrees on into the adjudicated layer, with the one note written', () => {
    const next = adoptAgreed(a, plan, LATER);
    const adjudicated = next.claims.filter((c) => c.annotator === ADJUDICATED);
    expect(adjudicated).toEqual([
      expect.objectContaining({
        start: 0,
        end: 10,
        status: 'supported',
        note: 'checked',
        entities: ['ent_meta'],
        createdAt: LATER,
      }),
    ]);
    expect(next.mentions.filter((m) => m.annotator === ADJUDICATED)).toEqual([
      expect.objectContaining({ start: 61, end: 65, entity: 'ent_meta' }),
    ]);
    // Nobody's layer changed, and adopting again adds nothing.
    expect(next.claims.filter((c) => c.annotator !== ADJUDICATED)).toEqual(a.claims);
    expect(adoptAgreed(next, planAdjudication(next, options), LATER)).toBe(next);
  });

  it('takes one version, replaces it with another, edits it and leaves it out', () => {
    let current = a;
    const group = () =>
      planAdjudication(current, options).disagreements.find((g) => g.key === 'claim:20:30')!;
    current = adoptVersion(current, group(), 'Dana', LATER);
    const first = current.claims.filter((c) => c.annotator === ADJUDICATED);
    expect(first).toEqual([expect.objectContaining({ status: 'refuted', start: 20, end: 30 })]);

    current = adoptVersion(current, group(), 'Lee', LATER);
    const second = current.claims.filter((c) => c.annotator === ADJUDICATED);
    expect(second).toEqual([expect.objectContaining({ id: first[0]!.id, status: 'supported' })]);

    const decided = group();
    expect(decided.kind === 'claim' && decided.adjudicated?.claim.status).toBe('supported');
    current = reviseAdjudicated(
      current,
      decided as never,
      { status: 'misleading', note: 'half true' },
      LATER,
    );
    expect(current.claims.find((c) => c.id === first[0]!.id)).toMatchObject({
      status: 'misleading',
      note: 'half true',
    });

    current = leaveOut(current, group(), LATER);
    expect(current.claims.some((c) => c.annotator === ADJUDICATED)).toBe(false);
  });

  it('keeps a mention only some marked, or leaves it out', () => {
    const group = plan.disagreements.find((g) => g.kind === 'mention')!;
    const kept = adoptVersion(a, group, 'Lee', LATER);
    expect(kept.mentions.at(-1)).toMatchObject({
      annotator: ADJUDICATED,
      entity: 'ent_llama',
      start: 95,
    });
    const decided = planAdjudication(kept, options).disagreements.find((g) => g.key === group.key)!;
    expect(decided.adjudicated).not.toBeNull();
    expect(leaveOut(kept, decided, LATER).mentions).toEqual(a.mentions);
  });

  it('has nothing agreed with one annotator only', () => {
    const solo = planAdjudication(article([claim('Dana', 0, 5)]), options);
    expect(solo.agreed).toEqual([]);
    expect(solo.disagreements).toHaveLength(1);
  });
});
