// Rebuilds a PDF's text from its lines: drops running headers, footers and page numbers, joins
// lines into paragraphs (breaking at vertical gaps, indents, short last lines and size changes),
// rejoins words hyphenated across line ends, and tells headings from body text by font size.
import { Hyphenation, type WordList } from './pdf-hyphenation';
import type { PdfLine } from './pdf-layout';

/** A stretch of text read from the PDF, before it becomes a block. */
export interface PdfParagraph {
  kind: 'heading' | 'paragraph' | 'tableCell';
  text: string;
  /** A table cell's row and place in its row. */
  cell?: { row: number; column: number };
  /** The page (from 1) it starts on. */
  page: number;
  size: number;
}

export interface PdfPageLines {
  lines: PdfLine[];
  /** Page height in points: headers and footers are looked for near its edges. */
  height: number;
}

/** Headers and footers live in this share of the page at its top and bottom… */
const MARGIN_SHARE = 0.1;
/** …among this many lines nearest each edge. */
const EDGE_LINES = 2;
/** A line in the margins repeating on this share of the pages (at least 2) is running text. */
const REPEAT_SHARE = 0.4;
/** Lines larger than the body text by this factor are headings. */
const HEADING_FACTOR = 1.15;
const MAX_HEADING_LENGTH = 200;
/** A gap between baselines this much over the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP_FACTOR = 1.4;
/** A line starting this much further right than the one before it opens a paragraph. */
const INDENT_EM = 0.8;
/** A line ending a sentence this short of the column's right edge ends its paragraph. */
const SHORT_LINE_SHARE = 0.85;

const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*$/;
const BULLET = /^[•▪◦‣●∙·■□-]\s+/;

/**
 * The paragraphs of a document whose pages' lines are in reading order; `wordList` (read when
 * first needed) helps decide what a hyphen at a line end is.
 */
export function buildParagraphs(
  pages: readonly PdfPageLines[],
  wordList?: () => WordList,
): PdfParagraph[] {
  const lines = withoutRunningText(pages);
  if (lines.length === 0) return [];
  const hyphenation = new Hyphenation(
    lines.map((l) => l.text),
    wordList,
  );
  const bodySize = mostCommonSize(lines);
  const lineSpacing = usualLineSpacing(lines, bodySize);
  const edges = columnEdges(lines);

  const paragraphs: PdfParagraph[] = [];
  let current: PdfParagraph | undefined;
  let previous: PdfLine | undefined;
  /** The last paragraph of body text and its last line: a footnote may stand after it. */
  let body: { paragraph: PdfParagraph; line: PdfLine } | undefined;
  // Each paragraph's lines are kept apart until the end and joined once: joining them one by
  // one into a growing string made every join read the whole paragraph (a 100-page report of
  // one long paragraph took over 20 s).
  const parts = new Map<PdfParagraph, string[]>();
  const append = (paragraph: PdfParagraph, next: string) => {
    let list = parts.get(paragraph);
    if (!list) parts.set(paragraph, (list = [paragraph.text]));
    const joined = joinLines(list[list.length - 1]!, next, hyphenation);
    list[list.length - 1] = joined.slice(0, joined.length - next.length);
    list.push(next);
  };
  for (const line of lines) {
    const kind = kindOf(line, bodySize);
    if (line.cell) {
      const { text, cell, page, size } = line;
      current = { kind: 'tableCell', text, cell, page, size };
      paragraphs.push(current);
      previous = line;
      continue;
    }
    const startsNew =
      !current ||
      !previous ||
      previous.cell !== undefined ||
      (current.kind === 'heading') !== (kind === 'heading') ||
      (kind === 'heading'
        ? headingBreak(previous, line)
        : paragraphBreak(previous, line, lineSpacing, edges));
    if (startsNew && body && continuesPastAside(body.line, previous!, line, bodySize)) {
      // A footnote (smaller text at a column's foot) stood between a sentence and its end on
      // the next column or page: the sentence goes on, the footnote stays after it.
      current = body.paragraph;
      append(current, line.text);
    } else if (startsNew) {
      // A bullet starts an item of its own, and stays: it is printed text, as a number is.
      current = { kind, text: line.text, page: line.page, size: line.size };
      paragraphs.push(current);
    } else {
      append(current!, line.text);
    }
    if (kind === 'paragraph' && near(line.size, bodySize)) body = { paragraph: current!, line };
    previous = line;
  }
  for (const [paragraph, list] of parts) paragraph.text = list.join('');
  return paragraphs;

  function continuesPastAside(last: PdfLine, aside: PdfLine, line: PdfLine, size: number) {
    const flowsOn = line.page !== last.page || line.column !== last.column;
    const asideBetween = aside !== last && !near(aside.size, size) && aside.size < size;
    return (
      flowsOn &&
      asideBetween &&
      near(line.size, size) &&
      !paragraphBreak(last, line, lineSpacing, edges)
    );
  }
}

/** The lines of every page but the running headers, footers and page numbers. */
export function withoutRunningText(pages: readonly PdfPageLines[]): PdfLine[] {
  const edgeLines = pages.map(marginLines);
  const pageCounts = new Map<string, number>();
  for (const lines of edgeLines) {
    for (const key of new Set(lines.map(runningKey))) {
      pageCounts.set(key, (pageCounts.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  return pages.flatMap((page, index) => {
    const margin = new Set(edgeLines[index]);
    return page.lines.filter(
      (line) =>
        !margin.has(line) ||
        !(PAGE_NUMBER.test(line.text) || (pageCounts.get(runningKey(line)) ?? 0) >= threshold),
    );
  });
}

/** The few lines nearest the top and bottom of a page, if they lie in its margins. */
function marginLines(page: PdfPageLines): PdfLine[] {
  const byHeight = [...page.lines].sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.y > (1 - MARGIN_SHARE) * page.height);
  const bottom = byHeight.slice(-EDGE_LINES).filter((l) => l.y < MARGIN_SHARE * page.height);
  return [...new Set([...top, ...bottom])];
}

/** What a running header or footer keeps from page to page: its words and its place. */
function runningKey(line: PdfLine): string {
  const words = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  return `${words}@${Math.round(line.y / 4)}`;
}

function mostCommonSize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + l.text.length);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The most common distance between consecutive body lines of a column. */
function usualLineSpacing(lines: readonly PdfLine[], bodySize: number): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page !== b.page || a.column !== b.column || !near(a.size, bodySize)) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : bodySize * 1.2;
}

/** Left and right edge of each page's columns, by `page:column`. */
function columnEdges(lines: readonly PdfLine[]): Map<string, { left: number; right: number }> {
  const edges = new Map<string, { left: number; right: number }>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { left: l.left, right: l.right });
    else {
      edge.left = Math.min(edge.left, l.left);
      edge.right = Math.max(edge.right, l.right);
    }
  }
  return edges;
}

function kindOf(line: PdfLine, bodySize: number): PdfParagraph['kind'] {
  return line.size >= bodySize * HEADING_FACTOR && line.text.length <= MAX_HEADING_LENGTH
    ? 'heading'
    : 'paragraph';
}

/** A heading set over several lines continues while the size holds and the lines stay close. */
function headingBreak(previous: PdfLine, line: PdfLine): boolean {
  return (
    previous.page !== line.page ||
    !near(previous.size, line.size) ||
    previous.y - line.y > 1.6 * line.size ||
    previous.y <= line.y
  );
}

function paragraphBreak(
  previous: PdfLine,
  line: PdfLine,
  lineSpacing: number,
  edges: Map<string, { left: number; right: number }>,
): boolean {
  if (BULLET.test(line.text)) return true;
  if (!near(previous.size, line.size)) return true;
  const edge = edges.get(`${previous.page}:${previous.column}`)!;
  const fullLine = previous.right >= edge.left + SHORT_LINE_SHARE * (edge.right - edge.left);
  if (previous.page !== line.page || previous.column !== line.column || previous.y <= line.y) {
    // Text flowing on to the next column or page: it goes on when the last line did not end
    // its sentence and either filled its column or the next line continues in lower case.
    const open = !ENDS_SENTENCE.test(previous.text);
    return !(open && (fullLine || /^\p{Ll}/u.test(line.text)));
  }
  if (previous.y - line.y > PARAGRAPH_GAP_FACTOR * lineSpacing) return true;
  if (line.left > previous.left + INDENT_EM * line.size) return true;
  return !fullLine && ENDS_SENTENCE.test(previous.text);
}

/** The letters before a line-end hyphen, and the next line's first letters. */
const BEFORE_HYPHEN = /(\p{L}[\p{L}\p{M}]*)-$/u;
/** How much of a paragraph's end the hyphen patterns read: longer than any word. */
const TAIL = 80;
const FIRST_LETTERS = /^\p{Ll}[\p{L}\p{M}]*/u;

/**
 * Joins a line to the text before it. A soft hyphen (U+00AD) or a typesetter's hyphen (U+2010)
 * at the line end goes, joining the word. An ASCII hyphen before a lower-case letter goes only
 * when `hyphenation` finds the two parts one word ("perfor-" + "mance"), and stays in a compound
 * ("production-" + "ready"); before anything else it stays ("GPT-" + "4o").
 */
export function joinLines(before: string, next: string, hyphenation?: Hyphenation): string {
  // The patterns read the end of `before` only: it may be a long paragraph's text.
  const tail = before.slice(-TAIL);
  if (/\p{L}[\u00ad\u2010]$/u.test(tail)) return before.slice(0, -1) + next;
  const left = tail.endsWith('-') ? BEFORE_HYPHEN.exec(tail) : null;
  if (left) {
    const right = FIRST_LETTERS.exec(next);
    const joins = right && (hyphenation ?? new Hyphenation([])).joins(left[1]!, right[0]);
    return joins ? before.slice(0, -1) + next : before + next;
  }
  return `${before} ${next}`;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}
