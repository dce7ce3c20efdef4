// Re-anchoring: after an article's text changed, place each annotation again from its quote, its
// context and its old position, and say how sure that is. A wrong place is worse than none: an
// annotation is `anchored` only on exact, unambiguous evidence; a changed or doubtful one is
// `drifted` (placed, flagged for review); one that cannot be placed safely is `orphaned`. A
// figure changed in a sentence that stayed in place is drifted: the change is the news.
import type { CodePointIndex } from '../text/code-points';
import {
  elsewhereCandidates,
  exactCandidates,
  isSameSentence,
  nearbyCandidates,
  sentenceSays,
  type Candidate,
} from './candidates';
import { numberChanges } from './number-change';
import { describeSpan, prepareVersions, type Target, type Versions } from './target';

export type AnchorState = 'anchored' | 'drifted' | 'orphaned';

/** An annotation to place again: offsets in code points of the old text, end exclusive. */
export interface SpanToPlace {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** Where an annotation now sits in the new text (code points), or that it could not be placed. */
export interface Placement {
  id: string;
  state: AnchorState;
  start?: number;
  end?: number;
  /** The new text at [start, end): when `anchored`, the old quote bar typography (quote marks,
   * dashes, spaces), which the store should take along with fresh context. */
  quote?: string;
  /** The quote before the change; set when `drifted`. */
  previousQuote?: string;
  /** Confidence in the place, 0 to 1. */
  score?: number;
}

/** Unchanged text needed on each side of a span for it to count as carried over as it was. */
const CARRIED_MARGIN = 16;
/** Quote similarity needed for a changed quote in its own place, and anywhere else. */
const MIN_LOCAL_SIMILARITY = 0.6;
const MIN_MOVED_SIMILARITY = 0.8;
/** A changed name needs at least this quote similarity (and strong context) to be placed. */
const MIN_RENAMED_SIMILARITY = 0.8;
/** Below this score gap, two candidates are a tie: neither is anchored. */
const CLEAR_LEAD = 0.25;
/** Text on each side of a quote that must be carried over in place for it to have stayed. */
const NEIGHBOUR_MARGIN = 8;
/** A quote this long (folded) that occurs once is a passage of its own, not a common phrase. */
const DISTINCTIVE_QUOTE = 60;

/**
 * Places each span of `oldText` in `newText`. The texts are aligned once; each span is then tried
 * as carried over unchanged, found exactly (in its place or its context), found approximately
 * near its old place, found exactly once elsewhere, and found approximately in the text that
 * changed, in that order.
 */
export function reanchor(
  oldText: string,
  newText: string,
  spans: readonly SpanToPlace[],
): Placement[] {
  const versions = prepareVersions(oldText, newText);
  return spans.map((span) => place(versions, span));
}

function place(v: Versions, span: SpanToPlace): Placement {
  const target = describeSpan(v, span);
  if (target.quote.length === 0) return { id: span.id, state: 'orphaned' };
  const { old } = target;
  if (old && v.alignment.isUnchanged(old.start, old.end, CARRIED_MARGIN)) {
    const start = v.alignment.mapStart(old.start);
    const end = v.alignment.mapEnd(old.end);
    // Carried over with its context; anchored if the rest of its sentence is the same too.
    const sentence = target.sentence!;
    const sameSentence =
      v.alignment.isUnchanged(sentence.from, sentence.to, 0) ||
      isSameSentence(v, target, start, end);
    return placed(v, target, { start, end }, sameSentence ? 'anchored' : 'drifted', 1);
  }
  const exact = exactCandidates(v, target);
  const anchored = placeExactly(v, target, exact);
  if (anchored) return anchored;
  const nearby = nearbyCandidates(v, target);
  const drifted = choose(v, target, nearby.filter(isAcceptable));
  if (drifted) return drifted;
  const renumbered = placeRenumbered(v, target, nearby);
  if (renumbered) return renumbered;
  // Still in its place and context, but changed past accepting: it has not moved, so nothing
  // elsewhere can be it.
  if (nearby.some((c) => c.inPlace && c.context.strong)) return orphaned(span);
  return placeExactCopy(v, target, exact) ?? placeElsewhere(v, target) ?? orphaned(span);
}

/**
 * Anchored on an exact occurrence in its place or in its context, in the same sentence, with no
 * rival close; drifted (for review) where the old place is all that tells close rivals apart,
 * or where the sentence around the quote changed. A place estimated from the alignment is not
 * enough alone: with neither context nor sentence agreeing, it may be the place of a passage
 * deleted, or of an identical one (a repeated heading) that moved.
 */
function placeExactly(v: Versions, target: Target, candidates: Candidate[]): Placement | null {
  // The same sentence around the quote outranks any score: a lookalike sentence has another.
  const rank = (c: Candidate) => c.score + (c.sameSentence ? 1 : 0);
  const supported = candidates
    .filter(
      (c) =>
        c.mappedExactly ||
        (c.inPlace && (c.context.partial || (sentenceSays(v, target) && c.sameSentence))) ||
        (c.context.strong && c.sameSentence && c.sameSentenceText),
    )
    .sort((a, b) => rank(b) - rank(a));
  const [best, rival] = supported;
  if (!best) return null;
  if (rival && rank(best) - rank(rival) < CLEAR_LEAD) {
    const tieBroken = best.inPlace && !rival.inPlace && best.sameSentence;
    return tieBroken ? placed(v, target, best, 'drifted', best.score) : null;
  }
  if (best.sameSentence) return placed(v, target, best, 'anchored', best.score);
  return best.inPlace ? placed(v, target, best, 'drifted', best.score) : null;
}

/**
 * The quote in its own place, between the same neighbours and in the same sentence, saying the
 * same but for one figure ("86.3%" now "79.1%"): drifted, so that the change is reviewed. Only
 * in place: a lookalike elsewhere with another figure is another claim.
 */
function placeRenumbered(v: Versions, target: Target, nearby: Candidate[]): Placement | null {
  if (!stayedInPlace(v, target)) return null;
  const renumbered = nearby.filter(
    (c) =>
      c.inPlace &&
      c.context.strong &&
      c.sameSentence &&
      numberChanges(target.quote, v.newFolded.text.slice(c.start, c.end))?.length === 1,
  );
  const [only] = renumbered;
  return renumbered.length === 1 && only ? placed(v, target, only, 'drifted', only.score) : null;
}

/**
 * Whether the text beside the old quote, within its paragraph, was carried over where it was
 * (not a paragraph moved and edited elsewhere). A side at the paragraph's edge tells nothing;
 * at least one side must.
 */
function stayedInPlace(v: Versions, target: Target): boolean {
  const { old } = target;
  if (!old) return false;
  const text = v.oldFolded.text;
  const paragraphStart = text.lastIndexOf('\n', old.start - 1) + 1;
  const lineEnd = text.indexOf('\n', old.end);
  const paragraphEnd = lineEnd < 0 ? text.length : lineEnd;
  const before = Math.max(paragraphStart, old.start - NEIGHBOUR_MARGIN);
  const after = Math.min(paragraphEnd, old.end + NEIGHBOUR_MARGIN);
  if (before === old.start && after === old.end) return false;
  return (
    (before === old.start || v.alignment.isUnchanged(before, old.start, 0)) &&
    (after === old.end || v.alignment.isUnchanged(old.end, after, 0))
  );
}

/**
 * A long quote found exactly once, away from its place and its context (a sentence moved into
 * another paragraph): drifted, for review. Tried only when nothing fits in the old place.
 */
function placeExactCopy(v: Versions, target: Target, candidates: Candidate[]): Placement | null {
  const [only] = candidates;
  if (candidates.length !== 1 || !only || target.quote.length < DISTINCTIVE_QUOTE) return null;
  return only.sameSentence && only.sameSentenceText
    ? placed(v, target, only, 'drifted', only.score)
    : null;
}

/**
 * An approximate occurrence in the text that changed: drifted, only with the same context and
 * sentence around it, so that a lookalike is never taken.
 */
function placeElsewhere(v: Versions, target: Target): Placement | null {
  return choose(v, target, elsewhereCandidates(v, target).filter(isAcceptable));
}

/** The one acceptable candidate, or the one in place among several; none if still ambiguous. */
function choose(v: Versions, target: Target, accepted: Candidate[]): Placement | null {
  const inPlace = accepted.filter((c) => c.inPlace);
  const choice = accepted.length === 1 ? accepted[0] : inPlace.length === 1 ? inPlace[0] : null;
  return choice ? placed(v, target, choice, 'drifted', choice.score) : null;
}

/**
 * The rules for a changed quote. A different number is a different claim, placed only by
 * `placeRenumbered`. A different name is placed only in the passage's own place with its context
 * intact. Anywhere else, a close quote with the same context and the same sentence around it.
 */
function isAcceptable(c: Candidate): boolean {
  if (c.inPlace) {
    if (!(c.context.partial || c.mappedExactly) || !c.sameNumbers) return false;
    if (!c.sameNames) return c.context.strong && c.quoteSimilarity >= MIN_RENAMED_SIMILARITY;
    return c.quoteSimilarity >= MIN_LOCAL_SIMILARITY;
  }
  return (
    c.context.strong &&
    c.sameNumbers &&
    c.sameNames &&
    c.quoteSimilarity >= MIN_MOVED_SIMILARITY &&
    c.sameSentence &&
    c.sameSentenceText
  );
}

function placed(
  v: Versions,
  target: Target,
  at: { start: number; end: number },
  state: 'anchored' | 'drifted',
  score: number,
): Placement {
  const range = v.newFolded.originalRange(at.start, at.end);
  const start = v.newIndex.toCodePoint(range.start);
  const end = codePointEnd(v.newIndex, range.end);
  const quote = v.newIndex.slice(start, end);
  const placement: Placement = {
    id: target.span.id,
    state,
    start,
    end,
    quote,
    score: round(score),
  };
  if (state === 'drifted') placement.previousQuote = target.span.quote;
  return placement;
}

function orphaned(span: SpanToPlace): Placement {
  return { id: span.id, state: 'orphaned' };
}

/** Code-point offset of UTF-16 end offset `u`, rounding up if it falls inside a pair. */
function codePointEnd(index: CodePointIndex, u: number): number {
  const cp = index.toCodePoint(u);
  return index.toUtf16(cp) < u ? cp + 1 : cp;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
