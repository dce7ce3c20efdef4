import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import type { Claim } from '../../shared/model/annotations';
import type { EvidencePassage } from '../../shared/model/relations';
import { createEvidencePassage } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { mergeConcurrentEdits } from './concurrent-merge';

const claim = (id: string, updatedAt: string, status: Claim['status'] = 'unreviewed'): Claim => ({
  id,
  start: 0,
  end: 4,
  quote: 'Meta',
  prefix: '',
  suffix: '',
  entities: [],
  status,
  note: '',
  createdAt: '2026-01-01',
  updatedAt,
});
const article = (claims: Claim[], revision: number) =>
  ({
    id: 'art_1',
    text: 'Meta',
    claims,
    mentions: [],
    orphans: [],
    revision,
  }) as unknown as Article;

describe('mergeConcurrentEdits', () => {
  it.each([
    [
      'keeps claims from both sides',
      [claim('clm_a', '1')],
      [claim('clm_b', '1')],
      ['clm_a', 'clm_b'],
    ],
    [
      'takes the later version of a claim both changed',
      [claim('clm_a', '2', 'refuted')],
      [claim('clm_a', '1', 'supported')],
      ['clm_a'],
    ],
  ])('%s', (_label, theirs, ours, ids) => {
    const merged = mergeConcurrentEdits(article(theirs, 5), article(ours, 3));
    expect(merged.claims.map((c) => c.id)).toEqual(ids);
    expect(merged.revision).toBe(5);
  });

  it('prefers the other side when it changed a claim later', () => {
    const merged = mergeConcurrentEdits(
      article([claim('clm_a', '2', 'refuted')], 5),
      article([claim('clm_a', '1', 'supported')], 3),
    );
    expect(merged.claims[0]!.status).toBe('refuted');
  });
});

describe('mergeConcurrentEdits with evidence passages', () => {
  const passage = (id: string, annotator?: string): EvidencePassage => ({
    ...createEvidencePassage(new CodePointIndex('Meta'), 0, 4, '2026-01-01'),
    id,
    ...(annotator ? { annotator } : {}),
  });
  const withEvidence = (evidence: EvidencePassage[] | undefined, revision: number) =>
    ({ ...article([], revision), ...(evidence ? { evidence } : {}) }) as Article;

  it('keeps my passage the host does not have yet, and theirs', () => {
    const merged = mergeConcurrentEdits(
      withEvidence([passage('evi_t')], 5),
      withEvidence([passage('evi_o')], 3),
    );
    expect(merged.evidence?.map((e) => e.id)).toEqual(['evi_t', 'evi_o']);
  });

  it('keeps my passages when the other side has none, and lets another annotator’s removal stand', () => {
    const merged = mergeConcurrentEdits(
      withEvidence(undefined, 5),
      withEvidence([passage('evi_d', 'Dana'), passage('evi_b', 'Bob')], 3),
      'Dana',
    );
    expect(merged.evidence?.map((e) => e.id)).toEqual(['evi_d']);
  });

  it('adds no evidence list to an article without one on either side', () => {
    expect(
      mergeConcurrentEdits(withEvidence(undefined, 5), withEvidence(undefined, 3)),
    ).not.toHaveProperty('evidence');
  });
});

describe('mergeConcurrentEdits in a team', () => {
  const by = (annotator: string, id: string, updatedAt = '1'): Claim => ({
    ...claim(id, updatedAt),
    annotator,
  });

  it.each([
    ['keeps my claim the host does not have yet', [], [by('Dana', 'clm_d')], ['clm_d']],
    ['takes in another annotator’s new claim', [by('Bob', 'clm_b')], [], ['clm_b']],
    ['lets another annotator’s removal stand', [], [by('Bob', 'clm_b')], []],
    [
      'keeps another annotator’s claim as they saved it',
      [by('Bob', 'clm_b', '1')],
      [by('Bob', 'clm_b', '9')],
      ['clm_b@1'],
    ],
    ['merges the adjudicated layer as mine', [], [by('adjudicated', 'clm_x')], ['clm_x']],
  ])('%s', (_label, theirs, ours, expected) => {
    const merged = mergeConcurrentEdits(article(theirs, 5), article(ours, 3), 'Dana');
    const ids = merged.claims.map((c) => c.id);
    const withVersion = merged.claims.map((c) => `${c.id}@${c.updatedAt}`);
    expect(expected.every((e) => ids.includes(e) || withVersion.includes(e))).toBe(true);
    expect(merged.claims).toHaveLength(expected.length);
  });
});
