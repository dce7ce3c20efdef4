// What surrounds a span of a (folded) text: how well its stored context fits a candidate place,
// and the numbers and names of the rest of its sentence. Lines are paragraphs.
import { CONTEXT_LENGTH } from './quote-selector';
import {
  compareTokens,
  leadingSimilarity,
  salientTokens,
  trailingSimilarity,
  type SalientTokens,
} from './similarity';

/** Context similarity from which one side counts as matching. */
const CONTEXT_MATCH = 0.8;
/** Characters of matching context, over both sides, that make a place certain. */
const STRONG_CONTEXT_CHARS = 16;
/** Characters of matching context on one side that make it evidence on its own. */
const PARTIAL_CONTEXT_CHARS = 8;
/** How far past the stored context a match may reach (text inserted or deleted beside it). */
const CONTEXT_SLACK = 8;
/** Sentences are looked for this far around a span; beyond that the sentence is "too long". */
const SENTENCE_REACH = 300;

/** How the stored context of a quote fits the text around a candidate place. */
export interface ContextFit {
  /** Similarity of the context before (0 to 1). */
  prefix: number;
  /** Similarity of the context after (0 to 1). */
  suffix: number;
  /**
   * Context that matches, as a share of the context stored (a paragraph break on one side
   * counts for nothing there): what ranks one candidate above another.
   */
  evidence: number;
  /** Both sides match, over enough characters to tell this place from another. */
  strong: boolean;
  /** At least one side matches over enough characters, or both match up to a paragraph break. */
  partial: boolean;
}

/**
 * Compares `prefix` and `suffix` with the text around [start, end). Context beyond a paragraph
 * break is left out: when a paragraph moves, its neighbours change but it is the same passage.
 */
export function fitContext(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): ContextFit {
  const before = prefix.slice(Math.max(0, prefix.lastIndexOf('\n')));
  const nl = suffix.indexOf('\n');
  const after = nl < 0 ? suffix : suffix.slice(0, nl + 1);
  const prefixFit = trailingSimilarity(
    before,
    text.slice(Math.max(0, start - before.length - CONTEXT_SLACK), start),
  );
  const suffixFit = leadingSimilarity(after, text.slice(end, end + after.length + CONTEXT_SLACK));
  const beforeChars = before.replace('\n', '').length;
  const afterChars = after.replace('\n', '').length;
  const prefixMatches = prefixFit >= CONTEXT_MATCH;
  const suffixMatches = suffixFit >= CONTEXT_MATCH;
  return {
    prefix: prefixFit,
    suffix: suffixFit,
    evidence: (prefixFit * beforeChars + suffixFit * afterChars) / (2 * CONTEXT_LENGTH),
    strong: prefixMatches && suffixMatches && beforeChars + afterChars >= STRONG_CONTEXT_CHARS,
    partial:
      (prefixMatches && suffixMatches) ||
      (prefixMatches && beforeChars >= PARTIAL_CONTEXT_CHARS) ||
      (suffixMatches && afterChars >= PARTIAL_CONTEXT_CHARS),
  };
}

/** The sentence (or sentences) [from, to) around [start, end), within its paragraph. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { from: number; to: number } {
  let from = start;
  const lowest = Math.max(0, start - SENTENCE_REACH);
  while (from > lowest && !isSentenceBreak(text, from)) from--;
  let to = end;
  const highest = Math.min(text.length, end + SENTENCE_REACH);
  while (to < highest && !isSentenceBreak(text, to)) to++;
  return { from, to };
}

/** The rest of the sentence around [start, end): its text before and after the span. */
export function sentenceRest(text: string, start: number, end: number): string {
  const { from, to } = sentenceAround(text, start, end);
  return `${text.slice(from, start)} ${text.slice(end, to)}`;
}

/** Whether the rest of a sentence holds the numbers and names another rest had. */
export function sameSentenceRest(before: SalientTokens, rest: string): boolean {
  const same = compareTokens(before, salientTokens(rest));
  return same.numbers && same.names;
}

/**
 * Whether a sentence ends or starts between text[i - 1] and text[i]: at a paragraph break, or at
 * the space after a stop that may be followed by a closing mark (". The", '." The', ".) The").
 */
function isSentenceBreak(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length || text[i - 1] === '\n' || text[i] === '\n') return true;
  if (text[i] === ' ') return /[.!?]["')\]]?$/.test(text.slice(Math.max(0, i - 2), i));
  return text[i - 1] === ' ' && /[.!?]["')\]]? $/.test(text.slice(Math.max(0, i - 3), i));
}
