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

/** One side of a quote's stored context, whole and up to a paragraph break. */
interface ContextSide {
  whole: string;
  wholeChars: number;
  /** The part inside the quote's paragraph, if the side crosses a paragraph break. */
  inParagraph: string | null;
  inParagraphChars: number;
}

/** A quote's stored context, prepared once to be compared with many candidate places. */
export interface StoredContext {
  before: ContextSide;
  after: ContextSide;
}

export function storedContext(prefix: string, suffix: string): StoredContext {
  const side = (whole: string, after: boolean): ContextSide => {
    const nl = after ? whole.indexOf('\n') : whole.lastIndexOf('\n');
    const inParagraph = nl < 0 ? null : after ? whole.slice(0, nl + 1) : whole.slice(nl);
    return {
      whole,
      wholeChars: countVisible(whole),
      inParagraph,
      inParagraphChars: inParagraph === null ? 0 : countVisible(inParagraph),
    };
  };
  return { before: side(prefix, false), after: side(suffix, true) };
}

/** Characters other than paragraph breaks. */
function countVisible(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n--;
  return n;
}

/**
 * Compares a quote's stored context with the text around [start, end). Each side is compared
 * whole and, if it crosses a paragraph break, also up to the break: when a paragraph moves, its
 * neighbours change but it is the same passage, so the part inside the paragraph can match alone.
 */
export function fitContext(
  text: string,
  start: number,
  end: number,
  context: StoredContext,
): ContextFit {
  const before = sideFit(context.before, (part) =>
    trailingSimilarity(part, text.slice(Math.max(0, start - part.length - CONTEXT_SLACK), start)),
  );
  const after = sideFit(context.after, (part) =>
    leadingSimilarity(part, text.slice(end, end + part.length + CONTEXT_SLACK)),
  );
  const matched = before.chars + after.chars;
  return {
    prefix: before.similarity,
    suffix: after.similarity,
    evidence: matched / (2 * CONTEXT_LENGTH),
    strong: before.matches && after.matches && matched >= STRONG_CONTEXT_CHARS,
    partial: Math.max(before.chars, after.chars) >= PARTIAL_CONTEXT_CHARS,
  };
}

/** One side: its best similarity, whether it matches, and how many characters of it match. */
function sideFit(
  side: ContextSide,
  compare: (part: string) => number,
): { similarity: number; matches: boolean; chars: number } {
  const whole = compare(side.whole);
  if (side.inParagraph === null || whole >= CONTEXT_MATCH) {
    const matches = whole >= CONTEXT_MATCH;
    return { similarity: whole, matches, chars: matches ? whole * side.wholeChars : 0 };
  }
  const bounded = compare(side.inParagraph);
  const matches = bounded >= CONTEXT_MATCH;
  return {
    similarity: Math.max(whole, bounded),
    matches,
    chars: matches ? bounded * side.inParagraphChars : 0,
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
  if (i <= 0 || i >= text.length) return true;
  const here = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  if (here === NEWLINE || before === NEWLINE) return true;
  // Before the space: the stop, perhaps behind a closing mark. After it: the same, one further.
  if (here === SPACE) return endsWithStop(text, i);
  return before === SPACE && endsWithStop(text, i - 1);
}

/** Whether text[..i) ends with a full stop, question or exclamation mark, perhaps then a closing mark. */
function endsWithStop(text: string, i: number): boolean {
  let c = text.charCodeAt(i - 1);
  if (c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d) c = text.charCodeAt(i - 2);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
