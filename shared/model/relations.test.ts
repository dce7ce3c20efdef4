import { describe, expect, it } from 'vitest';
import {
  RelationSchema,
  relationShapeProblem,
  relationsOfClaim,
  sameRelation,
  touches,
  withoutEnds,
  type Relation,
  type RelationEnd,
  type RelationType,
} from './relations';

const claimA = { document: 'art_a', annotation: 'clm_1' };
const claimB = { document: 'art_b', annotation: 'clm_2' };
const passageB = { document: 'art_b', annotation: 'evi_1' };
const mentionA = { document: 'art_a', annotation: 'men_1' };
const mentionB = { document: 'art_b', annotation: 'men_9' };
const url = { url: 'https://example.org/report' };

const relation = (id: string, type: RelationType, to: RelationEnd, from = claimA): Relation => ({
  id,
  type,
  from,
  to,
  createdAt: '2026-12-07T00:00:00.000Z',
});

describe('relationShapeProblem', () => {
  it.each<[string, RelationType, RelationEnd, string | null]>([
    ['supports a passage in another article', 'supports', passageB, null],
    ['refutes a URL', 'refutes', url, null],
    ['context to a passage', 'context', passageB, null],
    ['supports a claim', 'supports', claimB, 'to'],
    ['same claim across articles', 'same-claim', claimB, null],
    ['contradicts a passage', 'contradicts', passageB, 'to'],
    ['contradicts a URL', 'contradicts', url, 'to'],
    ['same claim as itself', 'same-claim', claimA, 'to'],
    ['role to a mention of its article', 'role:subject', mentionA, null],
    ['role to a mention elsewhere', 'role:metric', mentionB, 'to'],
    ['role to a claim', 'role:value', claimA, 'to'],
  ])('%s', (_name, type, to, field) => {
    expect(relationShapeProblem({ type, from: claimA, to })?.field ?? null).toBe(field);
  });

  it('refuses a relation that does not start at a claim', () => {
    expect(relationShapeProblem({ type: 'supports', from: passageB, to: url })?.field).toBe('from');
  });

  it('is what the schema checks', () => {
    expect(RelationSchema.safeParse(relation('rel_1', 'supports', passageB)).success).toBe(true);
    const bad = RelationSchema.safeParse(relation('rel_1', 'supports', claimB));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['to']);
    expect(
      RelationSchema.safeParse({ ...relation('rel_1', 'supports', url), id: 'x' }).success,
    ).toBe(false);
  });
});

describe('removing an end', () => {
  const links = [
    relation('rel_1', 'refutes', passageB),
    relation('rel_2', 'same-claim', claimB),
    relation('rel_3', 'supports', url),
    relation('rel_4', 'contradicts', claimA, claimB),
  ];

  it.each<[string, Array<{ document: string; annotation: string }>, string[]]>([
    ['nothing removed', [], ['rel_1', 'rel_2', 'rel_3', 'rel_4']],
    ['the passage', [passageB], ['rel_2', 'rel_3', 'rel_4']],
    ['the other claim', [claimB], ['rel_1', 'rel_3']],
    ['the claim itself', [claimA], []],
    ['an unrelated mention', [mentionA], ['rel_1', 'rel_2', 'rel_3', 'rel_4']],
  ])('%s', (_name, removed, left) => {
    expect(withoutEnds(links, removed).map((r) => r.id)).toEqual(left);
  });

  it('touches either end', () => {
    expect(touches(links[0]!, passageB)).toBe(true);
    expect(touches(links[0]!, claimA)).toBe(true);
    expect(touches(links[2]!, claimB)).toBe(false);
  });
});

describe('relationsOfClaim', () => {
  it('lists what the claim links to, then what links to it', () => {
    const links = [
      relation('rel_1', 'refutes', passageB),
      relation('rel_2', 'contradicts', claimA, claimB),
      relation('rel_3', 'supports', url, claimB),
    ];
    const { outgoing, incoming } = relationsOfClaim(links, claimA);
    expect(outgoing.map((r) => r.id)).toEqual(['rel_1']);
    expect(incoming.map((r) => r.id)).toEqual(['rel_2']);
  });
});

describe('sameRelation', () => {
  it.each<[string, RelationType, RelationEnd, boolean]>([
    ['same ends and type', 'refutes', passageB, true],
    ['another type', 'supports', passageB, false],
    ['a URL instead', 'refutes', url, false],
  ])('%s', (_name, type, to, same) => {
    expect(sameRelation(relation('rel_1', 'refutes', passageB), relation('rel_2', type, to))).toBe(
      same,
    );
  });
});
