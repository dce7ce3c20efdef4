// Which blocks of the reading document are near the visible area, found without laying out
// what the browser skips: the top-level nodes are measured first (the chunks of a long article,
// the blocks of a short one), then only the blocks inside the first and last chunks found
// (which are on screen or next to it, so laid out), never those of a chunk far from the screen,
// whose measuring would force their layout. The highlight painter paints what this finds.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { blocksInView } from '../annotation-highlights/highlight-index';
import { CHUNK_NODE } from './chunk';

/** The top-level nodes of a document: where each starts, and the index of its first block. */
export interface TopLevelUnits {
  /** position before each top-level node, ascending */
  starts: number[];
  /** index (among all textblocks) of each one's first block */
  firstBlocks: number[];
  blockCount: number;
}

export function topLevelUnits(doc: ProseMirrorNode): TopLevelUnits {
  const units: TopLevelUnits = { starts: [], firstBlocks: [], blockCount: 0 };
  doc.forEach((node, offset) => {
    units.starts.push(offset);
    units.firstBlocks.push(units.blockCount);
    units.blockCount += node.type.name === CHUNK_NODE ? node.childCount : 1;
  });
  return units;
}

/** The blocks near the visible area, and the document positions they span. */
export interface NearWindow {
  firstBlock: number;
  lastBlock: number;
  from: number;
  to: number;
}

export class ViewWindow {
  readonly units: TopLevelUnits;
  private elements: Array<HTMLElement | null> | null = null;

  constructor(
    private readonly view: EditorView,
    /** the document measured (the view's, when this was made) */
    readonly doc: ProseMirrorNode = view.state.doc,
  ) {
    this.units = topLevelUnits(doc);
  }

  /** Forgets the elements (after ProseMirror redrew top-level nodes). */
  forget(): void {
    this.elements = null;
  }

  /**
   * The blocks of the top-level nodes within `ahead` viewport heights of the visible area;
   * null when none is (or nothing is laid out).
   */
  near(ahead: number): NearWindow | null {
    const elements = this.topLevelElements();
    const height = this.view.dom.ownerDocument.defaultView?.innerHeight ?? 1000;
    const shown = blocksInView(
      elements.length,
      (i) => elements[i]?.getBoundingClientRect() ?? { top: 0, bottom: 0 },
      0,
      height,
      height * ahead,
    );
    if (!shown) return null;
    const { starts, firstBlocks, blockCount } = this.units;
    const next = shown.last + 1;
    return {
      firstBlock: firstBlocks[shown.first]!,
      lastBlock: (firstBlocks[next] ?? blockCount) - 1,
      from: starts[shown.first]!,
      to: starts[next] ?? this.view.state.doc.content.size,
    };
  }

  /**
   * The blocks within `ahead` viewport heights of the visible area, block by block: `near`,
   * with its first and last top-level nodes narrowed to the blocks inside them that are within
   * reach. `blockStarts`: the position before each block (the index's BlockBounds.starts).
   */
  blocksNear(ahead: number, blockStarts: readonly number[]): NearWindow | null {
    const near = this.near(ahead);
    if (!near) return null;
    const height = this.view.dom.ownerDocument.defaultView?.innerHeight ?? 1000;
    const boxOf = (i: number) => {
      const pos = blockStarts[i];
      const node = pos === undefined ? null : this.view.nodeDOM(pos);
      return node instanceof HTMLElement
        ? node.getBoundingClientRect()
        : { top: -Infinity, bottom: Infinity };
    };
    const within = (first: number, last: number) =>
      blocksInView(last - first + 1, (i) => boxOf(first + i), 0, height, height * ahead);
    const { firstBlocks } = this.units;
    /** the top-level node holding a block: the last one starting at or before it */
    const unitOf = (block: number) => {
      let lo = 0;
      let hi = firstBlocks.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (firstBlocks[mid]! <= block) lo = mid + 1;
        else hi = mid;
      }
      return Math.max(0, lo - 1);
    };
    // only the first and last units can reach beyond the window; those between lie inside it
    const firstUnit = unitOf(near.firstBlock);
    const lastUnit = unitOf(near.lastBlock);
    const unitEnd = (u: number) => (firstBlocks[u + 1] ?? this.units.blockCount) - 1;
    const head = within(near.firstBlock, unitEnd(firstUnit));
    const tail = lastUnit === firstUnit ? head : within(firstBlocks[lastUnit]!, near.lastBlock);
    const firstBlock = head ? near.firstBlock + head.first : near.firstBlock;
    const lastBlock = tail
      ? (lastUnit === firstUnit ? near.firstBlock : firstBlocks[lastUnit]!) + tail.last
      : near.lastBlock;
    if (lastBlock < firstBlock) return null;
    return {
      firstBlock,
      lastBlock,
      from: blockStarts[firstBlock] ?? near.from,
      to: blockStarts[lastBlock + 1] ?? near.to,
    };
  }

  /**
   * Whether the blocks `first`..`last` (those painted) hold every block within `need` viewport
   * heights of the visible area. The painter keeps what it painted while they do, and then
   * paints the blocks within a wider reach: each change of the painted ranges (and each change
   * to the page's DOM) makes the browser rebuild the markers of every registered range and
   * repaint the highlighted text, so the set is kept small and changes only once the reader has
   * scrolled a part of a screen (hysteresis).
   */
  holds(first: number, last: number, need: number, blockStarts: readonly number[]): boolean {
    const needed = this.blocksNear(need, blockStarts);
    return !!needed && first <= needed.firstBlock && needed.lastBlock <= last;
  }

  private topLevelElements(): Array<HTMLElement | null> {
    this.elements ??= this.units.starts.map((pos) => {
      const node = this.view.nodeDOM(pos);
      return node instanceof HTMLElement ? node : null;
    });
    return this.elements;
  }
}
