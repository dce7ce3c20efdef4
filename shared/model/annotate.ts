// Creating annotations from a span of canonical text: the one place that fills in a span's
// quote selector, so every claim and mention quotes its text exactly.
import { quoteSelector } from '../anchoring/quote-selector';
import type { CodePointIndex } from '../text/code-points';
import type { Claim, Mention } from './annotations';
import { newId } from './ids';
import type { EvidencePassage } from './relations';

export function createClaim(text: CodePointIndex, start: number, end: number, now: string): Claim {
  return {
    id: newId('clm'),
    start,
    end,
    ...quoteSelector(text, start, end),
    entities: [],
    status: 'unreviewed',
    note: '',
    createdAt: now,
    updatedAt: now,
  };
}

export function createMention(
  text: CodePointIndex,
  start: number,
  end: number,
  entity: string,
  now: string,
): Mention {
  return {
    id: newId('men'),
    start,
    end,
    ...quoteSelector(text, start, end),
    entity,
    createdAt: now,
  };
}

/** A passage kept as evidence for a claim: a span of its own, with a note of why it matters. */
export function createEvidencePassage(
  text: CodePointIndex,
  start: number,
  end: number,
  now: string,
): EvidencePassage {
  return {
    id: newId('evi'),
    start,
    end,
    ...quoteSelector(text, start, end),
    note: '',
    createdAt: now,
  };
}
