import { describe, expect, it } from 'vitest';
import {
  annotationFingerprint,
  applyAnnotationPatch,
  annotationChange,
  diffAnnotations,
  fingerprintAfter,
  isEmptyPatch,
  sameFingerprint,
  type Annotations,
} from './annotation-patch';
import type { Claim, Mention, Orphan } from './annotations';
import type { EvidencePassage } from './relations';

const T0 = '2026-04-06T00:00:00.000Z';
const T1 = '2026-04-07T00:00:00.000Z';

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id: `clm_${id}`,
    start: 0,
    end: 4,
    quote: 'Meta',
    prefix: '',
    suffix: '',
    entities: [],
    status: 'unreviewed',
    note: '',
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
}

function mention(id: string): Mention {
  return {
    id: `men_${id}`,
    start: 0,
    end: 4,
    quote: 'Meta',
    prefix: '',
    suffix: '',
    entity: 'ent_meta',
    createdAt: T0,
  };
}

function orphan(id: string): Orphan {
  return {
    kind: 'claim',
    id: `clm_${id}`,
    quote: 'gone',
    prefix: '',
    suffix: '',
    lastStart: 3,
    lastEnd: 7,
    createdAt: T0,
  };
}

function passage(id: string, fields: Partial<EvidencePassage> = {}): EvidencePassage {
  return {
    id: `evi_${id}`,
    start: 5,
    end: 9,
    quote: 'said',
    prefix: '',
    suffix: '',
    note: '',
    createdAt: T0,
    ...fields,
  };
}

const a = claim('a');
const b = claim('b');
const c = claim('c');
const m1 = mention('1');
const m2 = mention('2');
const o1 = orphan('o1');
const base: Annotations = { claims: [a, b], mentions: [m1], orphans: [o1] };

/** Each edit the store makes, as the article after it. */
const edits: Array<{ name: string; next: Annotations; upserts: number; removals: number }> = [
  { name: 'nothing changed', next: base, upserts: 0, removals: 0 },
  { name: 'a claim added', next: { ...base, claims: [a, b, c] }, upserts: 1, removals: 0 },
  {
    name: 'a claim changed',
    next: { ...base, claims: [a, { ...b, status: 'refuted', updatedAt: T1 }] },
    upserts: 1,
    removals: 0,
  },
  { name: 'a claim removed', next: { ...base, claims: [b] }, upserts: 0, removals: 1 },
  { name: 'a mention added', next: { ...base, mentions: [m1, m2] }, upserts: 1, removals: 0 },
  { name: 'a mention removed', next: { ...base, mentions: [] }, upserts: 0, removals: 1 },
  {
    name: 'an orphan placed again as a claim',
    next: { ...base, claims: [a, b, claim('o1', { updatedAt: T1 })], orphans: [] },
    upserts: 1,
    removals: 1,
  },
  {
    name: 'a first passage added',
    next: { ...base, evidence: [passage('1')] },
    upserts: 1,
    removals: 0,
  },
  {
    name: 'an undo back to an older copy of a claim',
    next: { ...base, claims: [{ ...a }, b] },
    upserts: 1,
    removals: 0,
  },
];

describe('diffAnnotations and applyAnnotationPatch', () => {
  it.each(edits)('$name: the patch carries only the change and rebuilds it', (edit) => {
    const patch = diffAnnotations(base, edit.next)!;
    const lists = [patch.claims, patch.mentions, patch.orphans, patch.evidence];
    expect(lists.reduce((n, l) => n + l.upsert.length, 0)).toBe(edit.upserts);
    expect(lists.reduce((n, l) => n + l.remove.length, 0)).toBe(edit.removals);
    expect(isEmptyPatch(patch)).toBe(edit.upserts + edit.removals === 0);
    const applied = applyAnnotationPatch({ ...base, title: 'kept' }, patch);
    expect(applied).toEqual({ ...edit.next, title: 'kept' });
    expect(sameFingerprint(annotationFingerprint(applied), annotationFingerprint(edit.next))).toBe(
      true,
    );
    // Counted forward from the base's fingerprint, without a pass over every annotation.
    const change = annotationChange(base, edit.next)!;
    expect(fingerprintAfter(annotationFingerprint(base), change)).toEqual(
      annotationFingerprint(edit.next),
    );
  });

  it.each([
    ['a passage removed', [passage('1')]],
    ['a passage’s note changed', [passage('1', { note: 'the table says 62%' }), passage('2')]],
    ['a passage added beside one', [passage('1'), passage('2'), passage('3')]],
  ])('%s: passages are patched and fingerprinted like claims', (_name, evidence) => {
    const from: Annotations = { ...base, evidence: [passage('1'), passage('2')] };
    const next: Annotations = { ...from, evidence };
    const change = annotationChange(from, next)!;
    expect(applyAnnotationPatch(from, change.patch)).toEqual(next);
    expect(fingerprintAfter(annotationFingerprint(from), change)).toEqual(
      annotationFingerprint(next),
    );
    expect(sameFingerprint(annotationFingerprint(from), annotationFingerprint(next))).toBe(false);
  });

  it('applies a patch from before passages (a journalled one), leaving passages as they are', () => {
    const from: Annotations = { ...base, evidence: [passage('1')] };
    const { evidence: _none, ...old } = diffAnnotations(base, { ...base, claims: [a] })!;
    expect(applyAnnotationPatch(from, old)).toEqual({ ...from, claims: [a] });
  });

  it('keeps the stored order, changed items in place and new ones at the end', () => {
    const changedA = { ...a, note: 'checked', updatedAt: T1 };
    const patch = diffAnnotations(base, { ...base, claims: [c, b, changedA] })!;
    const applied = applyAnnotationPatch(base, patch);
    expect(applied.claims.map((x) => x.id)).toEqual(['clm_a', 'clm_b', 'clm_c']);
    expect(applied.claims[0]).toBe(changedA);
  });

  it('treats removing an id that is already gone as done', () => {
    const patch = diffAnnotations(base, { ...base, claims: [a] })!;
    const already = applyAnnotationPatch({ ...base, claims: [a] }, patch);
    expect(already.claims).toEqual([a]);
  });

  it.each([
    ['twice in what changed', base, { ...base, claims: [c, { ...c, note: 'x' }] }],
    ['twice in the new list', base, { ...base, claims: [a, a] }],
    ['twice in the base', { ...base, mentions: [m1, m1] }, base],
  ])(
    'never lets an id %s pass unnoticed: no patch, or one the fingerprint refuses',
    (_n, from, to) => {
      const patch = diffAnnotations(from, to);
      if (patch === null) return;
      const applied = applyAnnotationPatch(from, patch);
      expect(sameFingerprint(annotationFingerprint(applied), annotationFingerprint(to))).toBe(
        false,
      );
    },
  );

  it('does not change the article it applies to', () => {
    const stored = { ...base, claims: [a, b] };
    applyAnnotationPatch(stored, diffAnnotations(stored, { ...base, claims: [c] })!);
    expect(stored.claims).toEqual([a, b]);
  });
});

describe('annotationFingerprint', () => {
  it('is the same for the same annotations in any order', () => {
    const one = annotationFingerprint(base);
    const other = annotationFingerprint({ ...base, claims: [b, a] });
    expect(sameFingerprint(one, other)).toBe(true);
    expect(one).toMatchObject({ claims: 2, mentions: 1, orphans: 1 });
  });

  it.each([
    ['a claim swapped for another', { ...base, claims: [a, c] }],
    ['a claim edited (its updatedAt)', { ...base, claims: [a, { ...b, updatedAt: T1 }] }],
    ['a mention swapped', { ...base, mentions: [m2] }],
    ['an orphan dropped', { ...base, orphans: [] }],
  ])('tells apart %s', (_name, other) => {
    expect(sameFingerprint(annotationFingerprint(base), annotationFingerprint(other))).toBe(false);
  });
});
