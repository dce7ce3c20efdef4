// Candidate places for a span in the new text: its exact occurrences, approximate ones near its
// expected place or in the text that changed, each with the evidence for and against it.
import { fitContext, sameSentenceRest, sentenceRest, type ContextFit } from './passage';
import {
  approximateOccurrences,
  exactOccurrences,
  hasEdges,
  snapToWords,
  type RangeWords,
} from './search';
import {
  compareSalient,
  editDistance,
  salientTokens,
  similarity,
  type SalientTokens,
} from './similarity';
import type { Target, Versions } from './target';

/** Share of a candidate that may be other old text carried over (text that was already there). */
const MAX_FOREIGN_SHARE = 0.5;
/** Edits allowed per quote character: in the passage's own place, and anywhere else. */
const LOCAL_ERROR_RATE = 0.4;
const GLOBAL_ERROR_RATE = 0.2;
/** Quotes shorter than this are not searched approximately: any short word would match. */
const MIN_FUZZY_QUOTE = 4;
/** Edits (a typo or two) by which the rests of two sentences may differ and still read the same. */
const SENTENCE_TYPO_EDITS = 3;
/** Units of changed text searched approximately for one quote away from its place, at most. */
const MAX_ELSEWHERE_SEARCH = 4_000;

/**
 * A candidate place, in folded new-text offsets, with the evidence for and against it. Each piece
 * of evidence is worked out when first asked for: most candidates are rejected on the first.
 */
export class Candidate {
  private similarityCache?: number;
  private contextCache?: ContextFit;
  private salientCache?: { numbers: boolean; names: boolean };
  private sentenceCache?: boolean;
  private sentenceTextCache?: boolean;

  constructor(
    private readonly v: Versions,
    private readonly target: Target,
    readonly start: number,
    readonly end: number,
    /** Where the alignment says the passage now is. */
    readonly inPlace: boolean,
  ) {}

  private get found(): string {
    return this.v.newFolded.text.slice(this.start, this.end);
  }

  /**
   * An end of the old passage was certainly carried over and lands on this candidate's same end:
   * the strongest sign of place (what lies between may still have changed).
   */
  get mappedExactly(): boolean {
    const expected = this.target.expected;
    if (!expected) return false;
    return (
      (expected.startCarried && expected.start === this.start) ||
      (expected.endCarried && expected.end === this.end)
    );
  }

  /** Similarity of the text here to the quote, 0 to 1. */
  get quoteSimilarity(): number {
    return (this.similarityCache ??= similarity(this.target.quote, this.found));
  }

  get context(): ContextFit {
    const { text } = this.v.newFolded;
    return (this.contextCache ??= fitContext(text, this.start, this.end, this.target.context));
  }

  /** The quote's numbers are the same here. */
  get sameNumbers(): boolean {
    return this.salient.numbers;
  }

  /** The quote's names are the same here (bar typos in long ones). */
  get sameNames(): boolean {
    return this.salient.names;
  }

  private get salient(): { numbers: boolean; names: boolean } {
    return (this.salientCache ??= compareSalient(this.target.quote, this.found));
  }

  /** The rest of the sentence holds the same numbers and names. */
  get sameSentence(): boolean {
    return (this.sentenceCache ??= isSameSentence(this.v, this.target, this.start, this.end));
  }

  /**
   * The rest of the sentence reads the same, bar a typo or two: needed away from the old place,
   * where a sentence written from the same mould ("X did not respond to a request for comment")
   * can have the quote, its context and its numbers and names, and still be another sentence.
   */
  get sameSentenceText(): boolean {
    if (this.sentenceTextCache === undefined) {
      const before = oldSentence(this.v, this.target);
      const now = sentenceRest(this.v.newFolded.text, this.start, this.end);
      this.sentenceTextCache =
        before === null || editDistance(before.rest, now) <= SENTENCE_TYPO_EDITS;
    }
    return this.sentenceTextCache;
  }

  /** Quote, context and place together, 0 to 1: what ranks candidates. */
  get score(): number {
    return 0.5 * this.quoteSimilarity + 0.4 * this.context.evidence + (this.inPlace ? 0.1 : 0);
  }
}

/** A candidate at new [start, end), or null if it is mostly old text from somewhere else. */
function assess(v: Versions, target: Target, start: number, end: number): Candidate | null {
  const own = target.old ?? { start: -1, end: -1 };
  if (v.alignment.foreignShare(start, end, own.start, own.end) > MAX_FOREIGN_SHARE) return null;
  return new Candidate(
    v,
    target,
    start,
    end,
    target.expected !== null && isInPlace(start, end, target),
  );
}

/** Whether the rest of the sentence around new [start, end) has the old one's numbers and names. */
export function isSameSentence(v: Versions, target: Target, start: number, end: number): boolean {
  const before = oldSentence(v, target);
  return !before || sameSentenceRest(before.tokens, sentenceRest(v.newFolded.text, start, end));
}

/**
 * Whether the rest of the old sentence has numbers or names, so that finding them again around
 * a candidate tells something (a quote that is its whole sentence has no rest to compare).
 */
export function sentenceSays(v: Versions, target: Target): boolean {
  const before = oldSentence(v, target);
  return !!before && before.tokens.numbers.length + before.tokens.names.length > 0;
}

/** The rest of the span's old sentence and its numbers and names, found when first needed. */
function oldSentence(v: Versions, target: Target): { rest: string; tokens: SalientTokens } | null {
  const { old } = target;
  if (!old) return null;
  if (!target.sentenceRest) {
    const rest = sentenceRest(v.oldFolded.text, old.start, old.end);
    target.sentenceRest = { rest, tokens: salientTokens(rest) };
  }
  return target.sentenceRest;
}

/** Whether most of [start, end) lies where the alignment puts the old passage. */
function isInPlace(start: number, end: number, target: Target): boolean {
  const expected = target.expected!;
  const slack = 4 + Math.ceil(0.1 * target.quote.length);
  const overlap = Math.min(end, expected.end + slack) - Math.max(start, expected.start - slack);
  return overlap >= 0.5 * (end - start);
}

/** The exact occurrences of the quote that do not cut words and are not someone else's text. */
export function exactCandidates(v: Versions, target: Target): Candidate[] {
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

/** Approximate occurrences around the expected place, assessed. */
export function nearbyCandidates(v: Versions, target: Target): Candidate[] {
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
 * Approximate occurrences in the text that changed (or, with no old place known, anywhere),
 * assessed: where a passage that moved and changed can be.
 */
export function elsewhereCandidates(v: Versions, target: Target): Candidate[] {
  const length = target.quote.length;
  if (length < MIN_FUZZY_QUOTE) return [];
  const maxErrors = Math.floor(length * GLOBAL_ERROR_RATE);
  const ranges = target.expected
    ? searchRanges(v.changedWords(), target)
    : [{ start: 0, end: v.newFolded.text.length }];
  return ranges.flatMap((r) => findCandidates(v, target, r.start, r.end, maxErrors));
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

/** The changed parts of the new text likely to hold the quote, widened to catch its edges. */
function searchRanges(words: RangeWords, target: Target) {
  const { quote, prefix, suffix } = target;
  const ranges: Array<{ start: number; end: number }> = [];
  const pad = Math.ceil(quote.length / 2);
  // A candidate away from its place needs its context in its paragraph too: look for the words
  // of both.
  const before = prefix.slice(prefix.lastIndexOf('\n') + 1);
  const after = suffix.split('\n', 1)[0]!;
  const passage = `${before} ${quote} ${after}`;
  for (const changed of words.likelyRanges(passage, MAX_ELSEWHERE_SEARCH)) {
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
