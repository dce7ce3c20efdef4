// The alignment of two versions of a text, computed once per reload: which stretches are the same
// text carried over (in order, or in paragraphs moved, whole or edited), and where every old
// offset now lies.
// Offsets are UTF-16 units of the two (folded) texts; paragraphs are lines ended by "\n".
import { diffLines, splitLines, type Hunk, type Line } from './line-diff';
import { editedRuns } from './paragraph-edits';
import { pairInOrder, pairMovedEdited } from './paragraph-pairs';
import { partitionPoint } from '../text/partition-point';

/** A stretch that is the same in both versions: old [oldStart, oldStart + length) = new [newStart, …). */
export interface Segment {
  oldStart: number;
  newStart: number;
  length: number;
  /**
   * Why it is aligned only because the text is alike, not certainly as the same passage: a line
   * found more than once (a repeated heading may be paired with another copy of itself), or a
   * paragraph paired with an edited copy elsewhere (which could be a lookalike of it).
   */
  uncertain?: 'repeated' | 'moved-edited';
}

/** Shortest paragraph recognised as moved: short lines ("Advertisement") repeat by accident. */
const MIN_MOVED_LINE = 16;

/** Where an old range should now be. */
export interface ExpectedRange {
  start: number;
  end: number;
  /** Its start, its end, were certainly carried over (and so land exactly at `start`, `end`). */
  startCarried: boolean;
  endCarried: boolean;
  /** Both ends were. */
  exact: boolean;
}

/** The new place of an old offset, within the new stretch that replaced its surroundings. */
interface Located {
  at: number;
  gapStart: number;
  gapEnd: number;
  /** Mapped through a segment certainly carried over. */
  certain: boolean;
}

export class TextAlignment {
  /** Every segment, in old order (segments never overlap in either text). */
  private readonly byOld: Segment[];
  /** Every segment, in new order. */
  private readonly byNew: Segment[];
  /** Segments in the order of both texts (moved paragraphs left out): the base for interpolation. */
  private readonly inOrder: Segment[];
  /** Segments of text certainly carried over (see `Segment.uncertain`), in old order. */
  private readonly certain: Segment[];
  /** New-text ranges that are not old text carried over: what was added or rewritten. */
  readonly changedRanges: ReadonlyArray<{ start: number; end: number }>;

  private constructor(
    readonly oldLength: number,
    readonly newLength: number,
    inOrder: Segment[],
    moved: Segment[],
  ) {
    this.inOrder = inOrder;
    this.byOld = [...inOrder, ...moved].sort((a, b) => a.oldStart - b.oldStart);
    this.certain = this.byOld.filter((seg) => !seg.uncertain);
    this.byNew = [...this.byOld].sort((a, b) => a.newStart - b.newStart);
    const changed: Array<{ start: number; end: number }> = [];
    let at = 0;
    for (const seg of this.byNew) {
      if (seg.newStart > at) changed.push({ start: at, end: seg.newStart });
      at = Math.max(at, seg.newStart + seg.length);
    }
    if (newLength > at) changed.push({ start: at, end: newLength });
    this.changedRanges = changed;
  }

  /** Aligns `oldText` with `newText`: one line diff, then a character diff per edited paragraph. */
  static between(oldText: string, newText: string): TextAlignment {
    if (oldText === newText) {
      const whole =
        oldText.length > 0 ? [{ oldStart: 0, newStart: 0, length: oldText.length }] : [];
      return new TextAlignment(oldText.length, newText.length, whole, []);
    }
    const builder = new AlignmentBuilder(oldText, newText);
    return new TextAlignment(
      oldText.length,
      newText.length,
      mergeAdjacent(builder.inOrder),
      mergeAdjacent(builder.moved.sort((a, b) => a.oldStart - b.oldStart)),
    );
  }

  /** New offset for old offset `p` where a range starts. */
  mapStart(p: number): number {
    return this.locate(p, false).at;
  }

  /** New offset for old offset `p` where a range ends (exclusive). */
  mapEnd(p: number): number {
    return this.locate(p, true).at;
  }

  /**
   * Where old [start, end) should now be: mapped exactly where it was carried over; where it was
   * not, the new text that replaced it, up to `reach` beyond the proportional estimate.
   */
  expectedRange(start: number, end: number, reach: number): ExpectedRange {
    const s = this.locate(start, false);
    const e = this.locate(end, true);
    const from = Math.max(s.gapStart, s.at - reach);
    return {
      start: from,
      end: Math.max(Math.min(e.gapEnd, e.at + reach), from),
      startCarried: s.certain,
      endCarried: e.certain,
      exact: s.certain && e.certain && e.at > s.at,
    };
  }

  /**
   * The new place of old offset `p` (as the start or the end of a range): exact within a segment,
   * otherwise proportional within the new stretch [gapStart, gapEnd) between its neighbours.
   */
  private locate(p: number, asEnd: boolean): Located {
    const seg = this.byOld[lastAtOrBefore(this.byOld, asEnd ? p - 1 : p, (s) => s.oldStart)];
    if (seg && (asEnd ? p <= seg.oldStart + seg.length : p < seg.oldStart + seg.length)) {
      const at = seg.newStart + (p - seg.oldStart);
      return { at, gapStart: at, gapEnd: at, certain: !seg.uncertain };
    }
    const before = this.inOrder[lastAtOrBefore(this.inOrder, p, (s) => s.oldStart + s.length)];
    const after = this.inOrder[lastAtOrBefore(this.inOrder, p - 1, (s) => s.oldStart) + 1];
    const g0 = before ? before.oldStart + before.length : 0;
    const h0 = before ? before.newStart + before.length : 0;
    const g1 = after ? after.oldStart : this.oldLength;
    const h1 = after ? after.newStart : this.newLength;
    if (g1 <= g0 || h1 < h0) return { at: h0, gapStart: h0, gapEnd: h0, certain: false };
    const at = h0 + Math.round(((p - g0) * (h1 - h0)) / (g1 - g0));
    return { at, gapStart: h0, gapEnd: h1, certain: false };
  }

  /** Whether old [start - margin, end + margin) (within the text) was carried over unchanged. */
  isUnchanged(start: number, end: number, margin: number): boolean {
    const lo = Math.max(0, start - margin);
    const hi = Math.min(this.oldLength, end + margin);
    const seg = this.certain[lastAtOrBefore(this.certain, lo, (s) => s.oldStart)];
    return seg !== undefined && seg.oldStart + seg.length >= hi;
  }

  /**
   * The share of new [start, end) that is old text carried over from outside old
   * [ownStart, ownEnd): text that was already there, elsewhere, before the edit. A repeated line
   * does not count: which of its copies went where is anyone's guess.
   */
  foreignShare(start: number, end: number, ownStart: number, ownEnd: number): number {
    if (end <= start) return 0;
    let foreign = 0;
    let i = Math.max(
      0,
      lastAtOrBefore(this.byNew, start, (s) => s.newStart),
    );
    for (; i < this.byNew.length; i++) {
      const seg = this.byNew[i]!;
      if (seg.newStart >= end) break;
      if (seg.uncertain === 'repeated') continue;
      const x = Math.max(start, seg.newStart);
      const y = Math.min(end, seg.newStart + seg.length);
      if (y <= x) continue;
      const oldX = seg.oldStart + (x - seg.newStart);
      const own = Math.max(0, Math.min(oldX + (y - x), ownEnd) - Math.max(oldX, ownStart));
      foreign += y - x - own;
    }
    return foreign / (end - start);
  }
}

/**
 * Builds the segments: equal lines of the line diff; in each hunk, the paragraphs paired in
 * order, diffed word by word; paragraphs moved whole; and paragraphs moved and edited.
 */
class AlignmentBuilder {
  readonly inOrder: Segment[] = [];
  readonly moved: Segment[] = [];

  constructor(oldText: string, newText: string) {
    const oldLines = splitLines(oldText);
    const newLines = splitLines(newText);
    const oldCounts = countByText(oldLines);
    const newCounts = countByText(newLines);
    const repeated = (line: Line) =>
      oldCounts.get(line.text)!.length > 1 || (newCounts.get(line.text)?.length ?? 0) > 1;
    const steps = diffLines(oldLines, newLines);
    const hunks = steps.filter((s): s is Hunk => 'removed' in s);
    const movedLines = this.findMoves(hunks);
    const unpaired: Hunk = { removed: [], added: [] };
    for (const step of steps) {
      if (!('removed' in step)) {
        const segment = lineSegment(step.old, step.new);
        if (repeated(step.old)) segment.uncertain = 'repeated';
        this.inOrder.push(segment);
        continue;
      }
      const removed = step.removed.filter((l) => !movedLines.has(l));
      const added = step.added.filter((l) => !movedLines.has(l));
      const pairs = pairInOrder(removed, added);
      for (const [oldLine, newLine] of pairs) {
        this.inOrder.push(...editedRuns(oldText, newText, oldLine, newLine));
      }
      const paired = new Set(pairs.flat());
      unpaired.removed.push(...removed.filter((l) => !paired.has(l)));
      unpaired.added.push(...added.filter((l) => !paired.has(l)));
    }
    // A paragraph both moved and edited: no identical line, but a close one elsewhere.
    for (const [oldLine, newLine] of pairMovedEdited(unpaired.removed, unpaired.added)) {
      const runs = editedRuns(oldText, newText, oldLine, newLine);
      // Two copies of a repeated line pair up here too: as uncertain as any repeated line.
      const why = oldLine.text === newLine.text ? 'repeated' : 'moved-edited';
      this.moved.push(...runs.map((run): Segment => ({ ...run, uncertain: why })));
    }
  }

  /** Pairs paragraphs removed in one place and added, identical, in another. */
  private findMoves(hunks: Hunk[]): Set<Line> {
    const removed = countByText(hunks.flatMap((h) => h.removed));
    const added = countByText(hunks.flatMap((h) => h.added));
    const taken = new Set<Line>();
    for (const [text, olds] of removed) {
      const news = added.get(text);
      if (text.length < MIN_MOVED_LINE || olds.length !== 1 || news?.length !== 1) continue;
      this.moved.push(lineSegment(olds[0]!, news[0]!));
      taken.add(olds[0]!).add(news[0]!);
    }
    return taken;
  }
}

/** The segment of two equal lines: their text, and the "\n" if both have one. */
function lineSegment(oldLine: Line, newLine: Line): Segment {
  const withBreak = oldLine.next > oldLine.end && newLine.next > newLine.end;
  return {
    oldStart: oldLine.start,
    newStart: newLine.start,
    length: oldLine.end - oldLine.start + (withBreak ? 1 : 0),
  };
}

function countByText(lines: Line[]): Map<string, Line[]> {
  const byText = new Map<string, Line[]>();
  for (const line of lines) {
    const list = byText.get(line.text);
    if (list) list.push(line);
    else byText.set(line.text, [line]);
  }
  return byText;
}

/** Joins segments that continue each other in both texts. */
function mergeAdjacent(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const seg of segments) {
    if (seg.length <= 0) continue;
    const last = merged[merged.length - 1];
    if (
      last &&
      last.oldStart + last.length === seg.oldStart &&
      last.newStart + last.length === seg.newStart &&
      last.uncertain === seg.uncertain
    ) {
      last.length += seg.length;
    } else {
      merged.push({ ...seg });
    }
  }
  return merged;
}

/** Index of the last item whose key is ≤ `value` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  return partitionPoint(items.length, (i) => key(items[i]!) <= value) - 1;
}
