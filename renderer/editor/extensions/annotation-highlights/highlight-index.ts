// Where each highlight lies in the reading document, kept incrementally: which top-level
// blocks it covers (so only the blocks on screen are painted), the claim "layer" that keeps
// overlapping claims in different CSS highlights (so both show, darker where they meet), and
// which highlights cover a position (for clicks and hover). Pure: no DOM.

/** A highlight in document positions. */
export interface Highlight {
  kind: 'claim' | 'mention';
  id: string;
  from: number;
  to: number;
  /** Mentions: their entity's type id and its colour (`#rrggbb`). */
  entityType?: string;
  color?: string;
  /** Claims a reload placed where the text changed (shown apart: styles/review-anchors.css). */
  drifted?: boolean;
}

/** Where a highlight is (its id is what counts; positions are kept for callers' convenience). */
export type HighlightRef = Pick<Highlight, 'id' | 'from' | 'to'>;

/** Overlapping claims go to different layers; deeper overlaps share the last one. */
export const CLAIM_LAYERS = 4;

/** A highlight as placed: its claim layer (0 for mentions) and its first and last block. */
export interface PlacedHighlight extends Highlight {
  layer: number;
  firstBlock: number;
  lastBlock: number;
}

/** The top-level blocks of a document: where each starts and ends (positions around it). */
export class BlockBounds {
  constructor(
    /** position before each block's opening token, ascending */
    readonly starts: readonly number[],
    /** position after each block's closing token */
    readonly ends: readonly number[],
  ) {}

  get count(): number {
    return this.starts.length;
  }

  /** Index of the block holding position `pos` (the last one starting at or before it). */
  blockAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }

  /** The part of [from, to) inside block `i`'s content, or null when empty. */
  pieceIn(i: number, from: number, to: number): { from: number; to: number } | null {
    const start = Math.max(from, this.starts[i]! + 1);
    const end = Math.min(to, this.ends[i]! - 1);
    return end > start ? { from: start, to: end } : null;
  }
}

export class HighlightIndex {
  private readonly byId = new Map<string, PlacedHighlight>();
  /** ids of the highlights touching each block */
  private readonly byBlock: Array<Set<string> | undefined> = [];

  constructor(readonly blocks: BlockBounds) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): PlacedHighlight | undefined {
    return this.byId.get(id);
  }

  /** Adds (or replaces) a highlight; a claim takes the lowest layer its overlaps leave free. */
  add(highlight: Highlight): PlacedHighlight {
    this.remove(highlight.id);
    const firstBlock = this.blocks.blockAt(highlight.from);
    const lastBlock = Math.max(firstBlock, this.blocks.blockAt(Math.max(0, highlight.to - 1)));
    let layer = 0;
    if (highlight.kind === 'claim') {
      const taken = new Set<number>();
      for (const other of this.overlapping(highlight, firstBlock, lastBlock)) {
        if (other.kind === 'claim') taken.add(other.layer);
      }
      while (taken.has(layer) && layer < CLAIM_LAYERS - 1) layer++;
    }
    const placed: PlacedHighlight = { ...highlight, layer, firstBlock, lastBlock };
    this.byId.set(placed.id, placed);
    for (let b = firstBlock; b <= lastBlock; b++) {
      (this.byBlock[b] ??= new Set()).add(placed.id);
    }
    return placed;
  }

  /** Removes a highlight; returns it as it was placed, or undefined if it was not there. */
  remove(id: string): PlacedHighlight | undefined {
    const placed = this.byId.get(id);
    if (!placed) return undefined;
    this.byId.delete(id);
    for (let b = placed.firstBlock; b <= placed.lastBlock; b++) this.byBlock[b]?.delete(id);
    return placed;
  }

  clear(): void {
    this.byId.clear();
    this.byBlock.length = 0;
  }

  /** The highlights touching block `i`. */
  *inBlock(i: number): Generator<PlacedHighlight> {
    for (const id of this.byBlock[i] ?? []) yield this.byId.get(id)!;
  }

  /** The highlights of `kind` covering position `pos`, innermost (shortest) first. */
  at(pos: number, kind?: Highlight['kind']): PlacedHighlight[] {
    const found: PlacedHighlight[] = [];
    for (const h of this.inBlock(this.blocks.blockAt(pos))) {
      if (h.from <= pos && pos <= h.to && h.to > h.from && (!kind || h.kind === kind)) {
        found.push(h);
      }
    }
    return found.sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from);
  }

  private *overlapping(
    span: Pick<Highlight, 'from' | 'to'>,
    firstBlock: number,
    lastBlock: number,
  ): Generator<PlacedHighlight> {
    const seen = new Set<string>();
    for (let b = firstBlock; b <= lastBlock; b++) {
      for (const h of this.inBlock(b)) {
        if (seen.has(h.id)) continue;
        seen.add(h.id);
        if (h.from < span.to && span.from < h.to) yield h;
      }
    }
  }
}

/**
 * The span of blocks to paint: those within `margin` pixels of the visible area
 * [viewTop, viewBottom], found by binary search over the blocks' boxes (in the same
 * coordinates), which run top to bottom. Null when no block is near.
 */
export function blocksInView(
  count: number,
  boxOf: (i: number) => { top: number; bottom: number },
  viewTop: number,
  viewBottom: number,
  margin: number,
): { first: number; last: number } | null {
  const top = viewTop - margin;
  const bottom = viewBottom + margin;
  // first block whose bottom reaches the top edge
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boxOf(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // first block that starts below the bottom edge
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boxOf(mid).top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return first <= last ? { first, last } : null;
}
