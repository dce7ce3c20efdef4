// Judging a placement against the truth: right (anchored where it is), drifted (placed where it
// is, flagged), orphaned, or wrong: placed where it is not, or anchored on a changed quote.
import { foldString } from '../../shared/anchoring/fold';
import type { Placement } from '../../shared/anchoring/reanchor';
import type { Fate } from './edition';

export type Verdict = 'correct' | 'drifted' | 'orphaned' | 'wrong';

export interface Expected {
  fate: Fate;
  /** Code-point range of the passage in the new text; null when it is gone. */
  range: { start: number; end: number } | null;
  oldQuote: string;
}

export function judge(p: Placement, expected: Expected): Verdict {
  if (p.state === 'orphaned' || p.start === undefined || p.end === undefined) return 'orphaned';
  const { range } = expected;
  if (!range) return 'wrong';
  if (expected.fate === 'same' && p.state === 'anchored') {
    return p.start === range.start && p.end === range.end ? 'correct' : 'wrong';
  }
  const overlap = Math.min(p.end, range.end) - Math.max(p.start, range.start);
  if (overlap <= 0) return 'wrong';
  if (p.state === 'drifted') return 'drifted';
  // Anchored on a quote that changed is a silent change of the claim.
  return foldString(p.quote ?? '') === foldString(expected.oldQuote) ? 'correct' : 'wrong';
}

/** The baseline has no states: a placement is right where the passage is, wrong elsewhere. */
export function judgeBaseline(p: Placement, expected: Expected): Verdict {
  if (p.state === 'orphaned' || p.start === undefined || p.end === undefined) return 'orphaned';
  const { range } = expected;
  if (!range) return 'wrong';
  if (expected.fate === 'same') {
    return p.start === range.start && p.end === range.end ? 'correct' : 'wrong';
  }
  return Math.min(p.end, range.end) - Math.max(p.start, range.start) > 0 ? 'correct' : 'wrong';
}
