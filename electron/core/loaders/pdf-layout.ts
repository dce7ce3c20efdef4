// Puts the positioned text of one PDF page into reading order: fragments on one baseline become
// lines, and a page set in two columns is read column by column, with the lines that span both
// (a title, a wide figure caption) kept where they stand between them. A table (rows of three or
// more cells that line up) is read row by row, each cell a line of its own.

/** A piece of text as the PDF places it, in points from the page's bottom-left corner. */
export interface PlacedText {
  text: string;
  /** Baseline start and the advance of the whole piece. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  rtl?: boolean;
}

/** One line of a page in reading order. */
export interface PdfLine {
  text: string;
  /** Left and right edge, and baseline, in points. */
  left: number;
  right: number;
  y: number;
  size: number;
  /** From 1. */
  page: number;
  /** 0 for a single-column page or text spanning the columns, 1 and 2 for left and right. */
  column: number;
  /** Set for a table cell: its row in its table (from 0) and its place in the row. */
  cell?: { row: number; column: number };
}

/** Pieces on baselines closer than this share a line (superscripts sit about 0.3 em up). */
const SAME_BASELINE_EM = 0.45;
/** A horizontal gap this wide inside a row separates two columns rather than two words. */
const COLUMN_GAP_EM = 1.5;
/** A gap between pieces wider than this reads as a space. */
const WORD_GAP_EM = 0.15;
/** A page is in two columns when at most this share of its lines crosses the gutter… */
const MAX_SPANNING_SHARE = 0.25;
/** …and each side has at least this many lines. */
const MIN_COLUMN_LINES = 3;
/** A table has rows of at least this many cells, and at least this many rows. */
const MIN_TABLE_CELLS = 3;
const MIN_TABLE_ROWS = 2;

/** The lines of a page in reading order. */
export function pageLines(pieces: readonly PlacedText[], page: number): PdfLine[] {
  const rowLines = rows(pieces).map((row) => splitRow(row, page));
  markTables(rowLines);
  const segments = rowLines.flat();
  const rtl = isMostlyRtl(pieces);
  const gutter = findGutter(segments.filter((l) => !l.cell));
  if (gutter === undefined) return segments;
  return columnOrder(segments, gutter, rtl);
}

/**
 * Marks the cells of tables: runs of consecutive rows, each split into the same number (three
 * or more) of pieces that overlap the pieces of the row above, column by column. Two text
 * columns split a row in two only, which leaves them alone.
 */
function markTables(rowLines: readonly PdfLine[][]): void {
  let run: PdfLine[][] = [];
  const flush = () => {
    if (run.length >= MIN_TABLE_ROWS) {
      run.forEach((cells, row) =>
        cells.forEach((line, column) => {
          line.cell = { row, column };
        }),
      );
    }
    run = [];
  };
  for (const cells of rowLines) {
    const above = run[run.length - 1];
    if (cells.length < MIN_TABLE_CELLS) {
      flush();
      continue;
    }
    if (above && !sameColumns(above, cells)) flush();
    run.push(cells);
  }
  flush();
}

function sameColumns(above: readonly PdfLine[], below: readonly PdfLine[]): boolean {
  return (
    above.length === below.length &&
    above.every((a, i) => {
      const b = below[i]!;
      return Math.min(a.right, b.right) > Math.max(a.left, b.left);
    })
  );
}

/** Whether most of the text reads right to left. */
export function isMostlyRtl(pieces: readonly PlacedText[]): boolean {
  let rtl = 0;
  let all = 0;
  for (const p of pieces) {
    all += p.text.length;
    if (p.rtl) rtl += p.text.length;
  }
  return all > 0 && rtl > all / 2;
}

/** Pieces grouped by baseline, top to bottom, each row left to right. */
function rows(pieces: readonly PlacedText[]): PlacedText[][] {
  const sorted = pieces
    .filter((p) => p.text.trim() !== '' && p.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const result: PlacedText[][] = [];
  let row: PlacedText[] = [];
  let rowY = Number.NaN;
  let rowSize = 0;
  for (const piece of sorted) {
    // Measured in the larger size: a footnote marker raised above small-set text stays on it.
    const tolerance = SAME_BASELINE_EM * Math.max(piece.size, rowSize);
    if (row.length > 0 && Math.abs(rowY - piece.y) <= tolerance) {
      row.push(piece);
      rowSize = Math.max(rowSize, piece.size);
      continue;
    }
    if (row.length > 0) result.push(row);
    row = [piece];
    rowY = piece.y;
    rowSize = piece.size;
  }
  if (row.length > 0) result.push(row);
  for (const r of result) r.sort((a, b) => a.x - b.x);
  return result;
}

/** A row as one line per run of pieces that no column-wide gap separates. */
function splitRow(row: readonly PlacedText[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let group: PlacedText[] = [];
  const flush = () => {
    if (group.length > 0) lines.push(joinPieces(group, page));
    group = [];
  };
  for (const piece of row) {
    const last = group[group.length - 1];
    if (last && piece.x - (last.x + last.width) > COLUMN_GAP_EM * Math.max(piece.size, last.size)) {
      flush();
    }
    group.push(piece);
  }
  flush();
  return lines;
}

function joinPieces(pieces: readonly PlacedText[], page: number): PdfLine {
  // Right-to-left text is laid out from the right: its pieces read in the other order.
  const rtl = isMostlyRtl(pieces);
  const ordered = rtl ? [...pieces].reverse() : pieces;
  let text = '';
  ordered.forEach((piece, index) => {
    const previous = ordered[index - 1];
    if (previous) {
      const gap = rtl
        ? previous.x - (piece.x + piece.width)
        : piece.x - (previous.x + previous.width);
      const spaced = /\s$/.test(text) || /^\s/.test(piece.text);
      if (!spaced && gap > WORD_GAP_EM * piece.size) text += ' ';
    }
    text += piece.text;
  });
  // The body's size is the one most of the line is set in, so a drop cap or a superscript
  // does not make a line look like a heading.
  const sizes = new Map<number, number>();
  for (const p of pieces) sizes.set(p.size, (sizes.get(p.size) ?? 0) + p.text.length);
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    left: Math.min(...pieces.map((p) => p.x)),
    right: Math.max(...pieces.map((p) => p.x + p.width)),
    y: pieces[0]!.y,
    size,
    page,
    column: 0,
  };
}

/**
 * The x of the gutter between two columns, or undefined for a page in one column: the place
 * in the middle of the text that the fewest lines cross, if few enough cross it and enough
 * lines stand on either side.
 */
function findGutter(lines: readonly PdfLine[]): number | undefined {
  if (lines.length < 2 * MIN_COLUMN_LINES) return undefined;
  const textLeft = Math.min(...lines.map((l) => l.left));
  const textRight = Math.max(...lines.map((l) => l.right));
  const width = textRight - textLeft;
  // A gutter lies just after a line's end or just before a line's start, away from the
  // text's outer edges.
  const candidates = lines
    .flatMap((l) => [l.right + 0.5, l.left - 0.5])
    .filter((x) => x > textLeft + 0.2 * width && x < textLeft + 0.8 * width);
  let best: { x: number; crossing: number } | undefined;
  for (const x of candidates) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const l of lines) {
      if (l.right <= x) left++;
      else if (l.left >= x) right++;
      else crossing++;
    }
    if (left < MIN_COLUMN_LINES || right < MIN_COLUMN_LINES) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return best && best.crossing <= MAX_SPANNING_SHARE * lines.length ? best.x : undefined;
}

/**
 * Lines of a two-column page in reading order: each stretch between lines that span the
 * gutter is read first column, then second.
 */
function columnOrder(lines: readonly PdfLine[], gutter: number, rtl: boolean): PdfLine[] {
  const result: PdfLine[] = [];
  let first: PdfLine[] = [];
  let second: PdfLine[] = [];
  const flush = () => {
    result.push(...first, ...second);
    first = [];
    second = [];
  };
  for (const line of lines) {
    if (line.cell) {
      // A table across the page (or in one column) is read where it stands, row by row.
      flush();
      result.push(line);
    } else if (line.right <= gutter) {
      (rtl ? second : first).push({ ...line, column: rtl ? 2 : 1 });
    } else if (line.left >= gutter) {
      (rtl ? first : second).push({ ...line, column: rtl ? 1 : 2 });
    } else {
      flush();
      result.push(line);
    }
  }
  flush();
  return result;
}
