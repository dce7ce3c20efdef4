// Re-anchoring: after an article's text changed, place each annotation again from its quote, its
// context and its old position, and say how sure that is. A wrong place is worse than none: an
// annotation is `anchored` only on exact, unambiguous evidence; a changed or doubtful one is
// `drifted` (placed, flagged for review); one that cannot be placed safely is `orphaned`.
import { CodePointIndex } from '../text/code-points';
import { FoldedText, foldString } from './fold';
import {
  fitContext,
  sameSentenceRest,
  sentenceAround,
  sentenceRest,
  type ContextFit,
} from './passage';
import {
  approximateOccurrences,
  exactOccurrences,
  hasEdges,
  quoteEdges,
  RangeWords,
  snapToWords,
  WordStarts,
  type QuoteEdges,
} from './search';
import { compareSalient, salientTokens, similarity, type SalientTokens } from './similarity';
import { TextAlignment, type ExpectedRange } from './text-alignment';

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
  /** The new text at [start, end). */
  quote?: string;
  /** The quote before the change; set when `drifted`. */
  previousQuote?: string;
  /** Confidence in the place, 0 to 1. */
  score?: number;
}

/** Unchanged text needed on each side of a span for it to count as carried over as it was. */
const CARRIED_MARGIN = 16;
/** How far around its estimated new place a passage in rewritten text may have gone. */
const EXPECTED_REACH = 128;
/** Share of a candidate that may be other old text carried over (text that was already there). */
const MAX_FOREIGN_SHARE = 0.5;
/** Edits allowed per quote character: in the passage's own place, and anywhere else. */
const LOCAL_ERROR_RATE = 0.4;
const GLOBAL_ERROR_RATE = 0.2;
/** Quote similarity needed for a changed quote in its own place, and anywhere else. */
const MIN_LOCAL_SIMILARITY = 0.6;
const MIN_MOVED_SIMILARITY = 0.8;
/** A changed name needs at least this quote similarity (and strong context) to be placed. */
const MIN_RENAMED_SIMILARITY = 0.8;
/** Below this score gap, two candidates are a tie: neither is anchored. */
const CLEAR_LEAD = 0.25;
/** A quote this long (folded) that occurs once is a passage of its own, not a common phrase. */
const DISTINCTIVE_QUOTE = 60;
/** Units of changed text searched approximately for one quote away from its place, at most. */
const MAX_ELSEWHERE_SEARCH = 20_000;
/** Quotes shorter than this are not searched approximately: any short word would match. */
const MIN_FUZZY_QUOTE = 4;

/**
 * Places each span of `oldText` in `newText`. The texts are aligned once; each span is then tried
 * as carried over unchanged, found exactly, found approximately near its old place, and found
 * approximately in the text that changed, in that order.
 */
export function reanchor(
  oldText: string,
  newText: string,
  spans: readonly SpanToPlace[],
): Placement[] {
  const versions = prepare(oldText, newText);
  return spans.map((span) => place(versions, span));
}

interface Versions {
  oldIndex: CodePointIndex;
  newIndex: CodePointIndex;
  oldFolded: FoldedText;
  newFolded: FoldedText;
  alignment: TextAlignment;
  /** The words of the changed parts of the new text, indexed when first needed. */
  changedWords(): RangeWords;
  /** Where the words of the new text start, indexed when first needed. */
  wordStarts(): WordStarts;
}

function prepare(oldText: string, newText: string): Versions {
  const oldFolded = new FoldedText(oldText);
  const newFolded = new FoldedText(newText);
  const alignment = TextAlignment.between(oldFolded.text, newFolded.text);
  let changedWords: RangeWords | null = null;
  let wordStarts: WordStarts | null = null;
  return {
    oldIndex: new CodePointIndex(oldText),
    newIndex: new CodePointIndex(newText),
    oldFolded,
    newFolded,
    alignment,
    changedWords: () => (changedWords ??= new RangeWords(newFolded.text, alignment.changedRanges)),
    wordStarts: () => (wordStarts ??= new WordStarts(newFolded.text)),
  };
}

/** A span in folded form, with what is known of its old place. */
interface Target {
  span: SpanToPlace;
  quote: string;
  prefix: string;
  suffix: string;
  edges: QuoteEdges;
  /** Its old folded range, when the quote is still found at its stored offsets. */
  old: { start: number; end: number } | null;
  /** That range mapped through the alignment: where the passage should now be (if it is). */
  expected: ExpectedRange | null;
  /** Its old sentence, to tell a lookalike sentence from the original. */
  sentence: { from: number; to: number } | null;
  /** The numbers and names of the rest of that sentence, found when first needed. */
  sentenceTokens?: SalientTokens;
}

function describe(v: Versions, span: SpanToPlace): Target {
  const quote = foldString(span.quote);
  const prefix = foldString(span.prefix);
  const suffix = foldString(span.suffix);
  const old = oldPlace(v, span, quote, prefix, suffix);
  return {
    span,
    quote,
    prefix,
    suffix,
    edges: quoteEdges(quote, prefix, suffix),
    old,
    expected: old && v.alignment.expectedRange(old.start, old.end, EXPECTED_REACH + quote.length),
    sentence: old && sentenceAround(v.oldFolded.text, old.start, old.end),
  };
}

/**
 * The span's folded range in the old text: at its stored offsets if the quote is there, else
 * (offsets gone stale) its one occurrence in the old text with its context on both sides.
 */
function oldPlace(v: Versions, span: SpanToPlace, quote: string, prefix: string, suffix: string) {
  const text = v.oldFolded.text;
  const start = v.oldFolded.foldedStart(v.oldIndex.toUtf16(span.start));
  const end = v.oldFolded.foldedEnd(v.oldIndex.toUtf16(span.end));
  if (end > start && text.slice(start, end) === quote) return { start, end };
  if (quote.length === 0) return null;
  const fitting = exactOccurrences(text, quote).filter(
    (at) => fitContext(text, at, at + quote.length, prefix, suffix).strong,
  );
  return fitting.length === 1 ? { start: fitting[0]!, end: fitting[0]! + quote.length } : null;
}

function place(v: Versions, span: SpanToPlace): Placement {
  const target = describe(v, span);
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
  // Still in its place and context, but changed past accepting (another number): it has not
  // moved, so nothing elsewhere can be it.
  if (nearby.some((c) => c.inPlace && c.context.strong)) return orphaned(span);
  return placeExactCopy(v, target, exact) ?? placeElsewhere(v, target) ?? orphaned(span);
}

/** A candidate place, in folded new-text offsets, with the evidence for and against it. */
interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  /** Where the alignment says the passage now is. */
  inPlace: boolean;
  context: ContextFit;
  /** The quote's numbers, and its names, are the same here. */
  sameNumbers: boolean;
  sameNames: boolean;
  /** The rest of the sentence holds the same numbers and names (worked out when first asked). */
  readonly sameSentence: boolean;
  score: number;
}

/** Assesses new [start, end), or returns null if it is mostly old text from somewhere else. */
function assess(v: Versions, target: Target, start: number, end: number): Candidate | null {
  const own = target.old ?? { start: -1, end: -1 };
  if (v.alignment.foreignShare(start, end, own.start, own.end) > MAX_FOREIGN_SHARE) return null;
  const text = v.newFolded.text;
  const found = text.slice(start, end);
  const exact = found === target.quote;
  const quoteSimilarity = exact ? 1 : similarity(target.quote, found);
  const context = fitContext(text, start, end, target.prefix, target.suffix);
  const salient = exact ? { numbers: true, names: true } : compareSalient(target.quote, found);
  const inPlace = target.expected !== null && isInPlace(start, end, target);
  let sameSentence: boolean | undefined;
  return {
    start,
    end,
    quoteSimilarity,
    inPlace,
    context,
    sameNumbers: salient.numbers,
    sameNames: salient.names,
    get sameSentence() {
      return (sameSentence ??= isSameSentence(v, target, start, end));
    },
    score: 0.5 * quoteSimilarity + 0.4 * context.evidence + (inPlace ? 0.1 : 0),
  };
}

/** Whether the rest of the sentence around new [start, end) has the old one's numbers and names. */
function isSameSentence(v: Versions, target: Target, start: number, end: number): boolean {
  const { sentence, old } = target;
  if (!sentence || !old) return true;
  target.sentenceTokens ??= salientTokens(sentenceRest(v.oldFolded.text, old.start, old.end));
  return sameSentenceRest(target.sentenceTokens, sentenceRest(v.newFolded.text, start, end));
}

/** Whether most of [start, end) lies where the alignment puts the old passage. */
function isInPlace(start: number, end: number, target: Target): boolean {
  const expected = target.expected!;
  const slack = 4 + Math.ceil(0.1 * target.quote.length);
  const overlap = Math.min(end, expected.end + slack) - Math.max(start, expected.start - slack);
  return overlap >= 0.5 * (end - start);
}

/** The exact occurrences of the quote that do not cut words and are not someone else's text. */
function exactCandidates(v: Versions, target: Target): Candidate[] {
  const text = v.newFolded.text;
  const candidates: Candidate[] = [];
  // A quote that starts a word can only be found where a word starts.
  const indexed = target.edges.startsWord ? v.wordStarts().occurrences(target.quote) : null;
  for (const start of indexed ?? exactOccurrences(text, target.quote)) {
    const end = start + target.quote.length;
    if (!hasEdges(text, start, end, target.edges)) continue;
    const candidate = assess(v, target, start, end);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * Anchored on an exact occurrence in its place or in its context, in the same sentence, with no
 * rival close; drifted (for review) where the old place is all that tells close rivals apart,
 * or where the sentence around the quote changed. The old place alone is not enough: with
 * neither context nor sentence agreeing, it may be the place of a passage deleted.
 */
function placeExactly(v: Versions, target: Target, candidates: Candidate[]): Placement | null {
  // The same sentence around the quote outranks any score: a lookalike sentence has another.
  const rank = (c: Candidate) => c.score + (c.sameSentence ? 1 : 0);
  const supported = candidates
    .filter(
      (c) =>
        (c.inPlace && (c.context.partial || c.sameSentence)) ||
        (c.context.strong && c.sameSentence),
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
 * A long quote found exactly once, away from its place and its context (a sentence moved into
 * another paragraph): drifted, for review. Tried only when nothing fits in the old place.
 */
function placeExactCopy(v: Versions, target: Target, candidates: Candidate[]): Placement | null {
  const [only] = candidates;
  if (candidates.length !== 1 || !only || target.quote.length < DISTINCTIVE_QUOTE) return null;
  return only.sameSentence ? placed(v, target, only, 'drifted', only.score) : null;
}

/** Approximate occurrences around the expected place, assessed. */
function nearbyCandidates(v: Versions, target: Target): Candidate[] {
  const length = target.quote.length;
  if (length < MIN_FUZZY_QUOTE || !target.expected) return [];
  const pad = 16 + Math.ceil(length / 2);
  const from = target.expected.start - pad;
  const to = target.expected.end + pad;
  // Where both ends of the passage were carried over, what lies between them is the passage now
  // (the approximate search may prefer a shorter match: a cut end costs fewer edits than a word
  // inserted in the middle).
  const between = target.expected.exact ? [target.expected] : [];
  const maxErrors = Math.floor(length * LOCAL_ERROR_RATE);
  return findCandidates(v, target, from, to, maxErrors, between);
}

/**
 * An approximate occurrence in the text that changed (or, with no old place known, anywhere):
 * drifted, only with the same context and sentence around it, so a lookalike is never taken.
 */
function placeElsewhere(v: Versions, target: Target): Placement | null {
  const length = target.quote.length;
  if (length < MIN_FUZZY_QUOTE) return null;
  const maxErrors = Math.floor(length * GLOBAL_ERROR_RATE);
  const ranges = target.expected
    ? searchRanges(v.changedWords(), target.quote)
    : [{ start: 0, end: v.newFolded.text.length }];
  const found = ranges.flatMap((r) => findCandidates(v, target, r.start, r.end, maxErrors));
  return choose(v, target, found.filter(isAcceptable));
}

/** The one acceptable candidate, or the one in place among several; none if still ambiguous. */
function choose(v: Versions, target: Target, accepted: Candidate[]): Placement | null {
  const inPlace = accepted.filter((c) => c.inPlace);
  const choice = accepted.length === 1 ? accepted[0] : inPlace.length === 1 ? inPlace[0] : null;
  return choice ? placed(v, target, choice, 'drifted', choice.score) : null;
}

/** Approximate occurrences in text[from, to) (after any `known` places), ends on words, assessed. */
function findCandidates(
  v: Versions,
  target: Target,
  from: number,
  to: number,
  maxErrors: number,
  known: Array<{ start: number; end: number }> = [],
): Candidate[] {
  const text = v.newFolded.text;
  const candidates: Candidate[] = [];
  const found = approximateOccurrences(text, target.quote, from, to, maxErrors);
  for (const match of [...known, ...found]) {
    const { start, end } = snapToWords(text, match.start, match.end, target.edges);
    if (end <= start || candidates.some((c) => c.start < end && start < c.end)) continue;
    const candidate = assess(v, target, start, end);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * The rules for a changed quote. A different number is a different claim: never placed. A
 * different name is placed only in the passage's own place with its context intact. Anywhere
 * else, a close quote with the same context and the same sentence around it.
 */
function isAcceptable(c: Candidate): boolean {
  if (!c.sameNumbers) return false;
  if (c.inPlace) {
    if (!c.sameNames) return c.quoteSimilarity >= MIN_RENAMED_SIMILARITY && c.context.strong;
    return c.quoteSimilarity >= MIN_LOCAL_SIMILARITY && c.context.partial;
  }
  return (
    c.quoteSimilarity >= MIN_MOVED_SIMILARITY && c.context.strong && c.sameNames && c.sameSentence
  );
}

/** The changed parts of the new text likely to hold the quote, widened to catch its edges. */
function searchRanges(words: RangeWords, quote: string) {
  const ranges: Array<{ start: number; end: number }> = [];
  const pad = Math.ceil(quote.length / 2);
  for (const changed of words.likelyRanges(quote, MAX_ELSEWHERE_SEARCH)) {
    // A range much shorter than the quote cannot hold most of it.
    if (changed.end - changed.start < 0.4 * quote.length) continue;
    const start = changed.start - pad;
    const end = changed.end + pad;
    const last = ranges[ranges.length - 1];
    if (last && last.end >= start) last.end = end;
    else ranges.push({ start, end });
  }
  return ranges;
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
