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
   * Context that matches, as a share of the context stored (a paragraph break that matches counts
   * for nothing here): what ranks one candidate above another.
   */
  evidence: number;
  /** Both sides match, over enough characters to tell this place from another. */
  strong: boolean;
  /** At least one side matches over enough characters to count as evidence on its own. */
  partial: boolean;
}

/**
 * Compares `prefix` and `suffix` with the text around [start, end). Each side is compared whole
 * and, if it crosses a paragraph break, also up to the break: when a paragraph moves, its
 * neighbours change but it is the same passage, so the part inside the paragraph can match alone.
 */
export function fitContext(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): ContextFit {
  const before = sideFit(prefix, (length) =>
    text.slice(Math.max(0, start - length - CONTEXT_SLACK), start),
  );
  const after = sideFit(suffix, (length) => text.slice(end, end + length + CONTEXT_SLACK), true);
  const matched = before.chars + after.chars;
  return {
    prefix: before.similarity,
    suffix: after.similarity,
    evidence: matched / (2 * CONTEXT_LENGTH),
    strong: before.matches && after.matches && matched >= STRONG_CONTEXT_CHARS,
    partial: Math.max(before.chars, after.chars) >= PARTIAL_CONTEXT_CHARS,
  };
}

/**
 * One side of the context: its best similarity, whether it matches, and how many characters of
 * it (paragraph breaks not counted) match, whole or up to the paragraph break.
 */
function sideFit(
  stored: string,
  textBeside: (length: number) => string,
  after = false,
): { similarity: number; matches: boolean; chars: number } {
  const compare = (part: string) =>
    after
      ? leadingSimilarity(part, textBeside(part.length))
      : trailingSimilarity(part, textBeside(part.length));
  const chars = (part: string) => part.replace(/\n/g, '').length;
  const whole = compare(stored);
  const nl = after ? stored.indexOf('\n') : stored.lastIndexOf('\n');
  if (nl < 0 || whole >= CONTEXT_MATCH) {
    const matches = whole >= CONTEXT_MATCH;
    return { similarity: whole, matches, chars: matches ? whole * chars(stored) : 0 };
  }
  const inParagraph = after ? stored.slice(0, nl + 1) : stored.slice(nl);
  const bounded = compare(inParagraph);
  const matches = bounded >= CONTEXT_MATCH;
  return {
    similarity: Math.max(whole, bounded),
    matches,
    chars: matches ? bounded * chars(inParagraph) : 0,
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
