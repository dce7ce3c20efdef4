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
  /**
   * Painted in its annotator's colour (several annotators' layers shown): whose it is and the
   * hue of their colour (editor/annotator-colours.ts).
   */
  byAnnotator?: { name: string; hue: number };
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

/**
 * The claims of one layer, which do not overlap, in order of start (so in order of end too):
 * whether a span overlaps one of them is a binary search.
 */
class LayerSpans {
  private readonly spans: PlacedHighlight[] = [];

  /** Whether a claim here overlaps [from, to). */
  overlaps(span: Pick<Highlight, 'from' | 'to'>): boolean {
    // the last claim starting before `to` ends last of those that might overlap
    const i = this.startingBefore(span.to) - 1;
    return i >= 0 && span.from < this.spans[i]!.to;
  }

  insert(h: PlacedHighlight): void {
    this.spans.splice(this.position(h), 0, h);
  }

  delete(h: PlacedHighlight): void {
    for (let i = this.startingBefore(h.from); i < this.spans.length; i++) {
      const at = this.spans[i]!;
      if (at.from > h.from) return;
      if (at === h) {
        this.spans.splice(i, 1);
        return;
      }
    }
  }

  clear(): void {
    this.spans.length = 0;
  }

  /** How many claims start before `pos`. */
  private startingBefore(pos: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid]!.from < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where `h` goes: after the claims starting before it or at its start and ending first. */
  private position(h: PlacedHighlight): number {
    let i = this.startingBefore(h.from);
    while (i < this.spans.length && this.spans[i]!.from === h.from && this.spans[i]!.to <= h.to)
      i++;
    return i;
  }
}

export class HighlightIndex {
  private readonly byId = new Map<string, PlacedHighlight>();
  /** ids of the highlights touching each block */
  private readonly byBlock: Array<Set<string> | undefined> = [];
  /**
   * The claims of each layer but the last, which never overlap one another: a new claim's
   * layer is found by a binary search in each, not by looking at every highlight of its
   * blocks (which made a short article with thousands of overlapping claims quadratic).
   */
  private readonly layers = Array.from({ length: CLAIM_LAYERS - 1 }, () => new LayerSpans());

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
      while (layer < CLAIM_LAYERS - 1 && this.layers[layer]!.overlaps(highlight)) layer++;
    }
    const placed: PlacedHighlight = { ...highlight, layer, firstBlock, lastBlock };
    this.byId.set(placed.id, placed);
    if (placed.kind === 'claim' && layer < CLAIM_LAYERS - 1) this.layers[layer]!.insert(placed);
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
    if (placed.kind === 'claim' && placed.layer < CLAIM_LAYERS - 1) {
      this.layers[placed.layer]!.delete(placed);
    }
    for (let b = placed.firstBlock; b <= placed.lastBlock; b++) this.byBlock[b]?.delete(id);
    return placed;
  }

  clear(): void {
    this.byId.clear();
    this.byBlock.length = 0;
    for (const layer of this.layers) layer.clear();
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
