// Reads plain text as an article. Paragraphs are separated by blank lines and their line breaks
// are soft wraps; text with no blank line at all (copied from a web page) has a paragraph per
// line. A short line without closing punctuation between paragraphs reads as a heading. What is
// typed is text: a list's bullets and numbers (`15) Mother!`) stay, one paragraph per line.
import type { ExtractedArticle } from '../../../shared/model/article';
import { makeBlock, type Block } from '../../../shared/model/blocks';
import { assembleArticle, type LoadContext } from './extracted';

/** Longest line taken for a title or a heading: a headline, not a sentence that lost its period. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_HEADING_LENGTH = 100;

/** Sentence-ending punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;,…。！？：；，][\s"'”’»)\]]*$/;
/** Lines that start as a typed list item does: with a bullet, or with a number. */
const BULLET = /^[-*•‣◦·]\s/;
const LIST_MARKER = /^(?:[-*•‣◦·]|\d{1,9}[.)])\s/;

export function loadText(text: string, context: LoadContext): ExtractedArticle {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const paragraphs = splitParagraphs(normalised);

  // The first line is the title when it is short, unpunctuated, and more text follows it.
  let title: string | undefined;
  const first = paragraphs[0];
  if (
    first &&
    first.length === 1 &&
    paragraphs.length > 1 &&
    isTitleLike(first[0]!, MAX_TITLE_LENGTH)
  ) {
    title = first[0]!;
    paragraphs.shift();
  }

  const body: Block[] = [];
  paragraphs.forEach((lines, index) => {
    const isLast = index === paragraphs.length - 1;
    body.push(...paragraphBlocks(lines, isLast));
  });
  return assembleArticle(context, { title, body, mediaType: 'text' });
}

/** Paragraphs as their trimmed, non-empty lines. */
function splitParagraphs(text: string): string[][] {
  const hasBlankLine = /\n[ \t]*\n/.test(text.trim());
  const lines = (chunk: string) =>
    chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  if (!hasBlankLine) return lines(text).map((line) => [line]);
  return text
    .split(/\n[ \t]*\n/)
    .map(lines)
    .filter((p) => p.length > 0);
}

function paragraphBlocks(lines: string[], isLast: boolean): Block[] {
  if (lines.length === 1 && !isLast && isTitleLike(lines[0]!, MAX_HEADING_LENGTH)) {
    return compact([makeBlock('heading', [{ text: lines[0]! }], { level: 2 })]);
  }
  // A typed list keeps a line per item, its markers as written: a ranking's numbers are facts.
  if (lines.length > 1 && lines.every((l) => LIST_MARKER.test(l))) {
    return compact(lines.map((l) => makeBlock('paragraph', [{ text: l }])));
  }
  // Line breaks inside a paragraph are soft wraps.
  return compact([makeBlock('paragraph', [{ text: lines.join(' ') }])]);
}

function isTitleLike(line: string, maxLength: number): boolean {
  return line.length <= maxLength && !ENDS_SENTENCE.test(line) && !BULLET.test(line);
}

function compact(blocks: Array<Block | null>): Block[] {
  return blocks.filter((b): b is Block => b !== null);
}
