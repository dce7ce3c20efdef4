import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../testing/fake-api';
import type { Claim } from '../../shared/model/annotations';
import type { Article } from '../../shared/model/article';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { rebaseSteps } from './history-rebase';
import { mergeRefreshed } from './refresh-merge';
import type { HistoryStep } from './history-slice';

const base = sampleArticle({ id: 'art_h' });
const index = new CodePointIndex(base.text);

/** A claim `id` of `annotator` with `status`; where it is does not matter here. */
function claim(id: string, annotator: string, status: Claim['status'] = 'unreviewed'): Claim {
  const updatedAt = status === 'unreviewed' ? 'a' : 'b';
  return { ...createClaim(index, 0, 4, 'a'), id, annotator, status, updatedAt };
}

const withClaims = (...claims: Claim[]): Article => ({ ...base, claims });
const step = (article: Article): HistoryStep => ({
  annotations: {
    articleId: article.id,
    claims: article.claims,
    mentions: [],
    orphans: [],
    evidence: [],
  },
});
/** Each step's claims as `id status`. */
const shown = (steps: HistoryStep[]) =>
  steps.map((s) => s.annotations?.claims.map((c) => `${c.id} ${c.status}`) ?? 'no annotations');

const d1 = claim('d1', 'Dana');
const d1s = claim('d1', 'Dana', 'supported');
const d2 = claim('d2', 'Dana');
const b1 = claim('b1', 'Bob');

describe('rebaseSteps', () => {
  // History: marked d1, marked d2, set d1 supported. Undo stack (oldest first) holds the state
  // before each edit.
  const history = [step(withClaims()), step(withClaims(d1)), step(withClaims(d1, d2))];
  const now = withClaims(d1s, d2);

  it.each([
    [
      'Bob’s claim came in: each step keeps it',
      withClaims(d1s, d2, b1),
      [
        ['b1 unreviewed'],
        ['d1 unreviewed', 'b1 unreviewed'],
        ['d1 unreviewed', 'd2 unreviewed', 'b1 unreviewed'],
      ],
    ],
    [
      'd2 removed elsewhere: the step that marked it goes, the others stay',
      withClaims(d1s, b1),
      [['b1 unreviewed'], ['d1 unreviewed', 'b1 unreviewed']],
    ],
    [
      'd1 changed elsewhere: the steps that touched it go',
      withClaims(claim('d1', 'Dana', 'refuted'), d2),
      [['d1 refuted']],
    ],
  ])('%s', (_, after, expected) => {
    expect(shown(rebaseSteps(history, now, after))).toEqual(expected);
  });

  it('keeps a step of another article, and the entity-list change of a dropped one', () => {
    const registry = {
      before: { entities: [] },
      after: { entities: [] },
    } as unknown as HistoryStep['registry'];
    const other: HistoryStep = {
      annotations: { ...step(withClaims()).annotations!, articleId: 'art_x' },
    };
    const steps = [other, { ...step(withClaims(d1)), registry }];
    const rebased = rebaseSteps(steps, now, withClaims(d1s));
    expect(rebased).toEqual([other, { registry }]);
  });
});

describe('mergeRefreshed', () => {
  it.each([
    // [what, base (last saved), theirs (host now), ours (unsaved), merged]
    [
      'their new mark joins my unsaved one',
      [d1],
      [d1, b1],
      [d1, d2],
      ['d1 unreviewed', 'b1 unreviewed', 'd2 unreviewed'],
    ],
    ['a mark I removed stays removed', [d1], [d1, b1], [], ['b1 unreviewed']],
    ['my unsaved change stays', [d1], [d1, b1], [d1s], ['d1 supported', 'b1 unreviewed']],
    ['a mark of mine removed elsewhere goes', [d1, d2], [d1], [d1, d2], ['d1 unreviewed']],
    ['one changed elsewhere that I removed comes back', [d1], [d1s], [], ['d1 supported']],
    ['Bob’s removal stands', [d1, b1], [d1], [d1, b1], ['d1 unreviewed']],
  ])('%s', (_, was, theirs, ours, merged) => {
    const result = mergeRefreshed(
      withClaims(...theirs),
      withClaims(...ours),
      withClaims(...was),
      'Dana',
    );
    expect(result.claims.map((c) => `${c.id} ${c.status}`)).toEqual(merged);
  });
});
