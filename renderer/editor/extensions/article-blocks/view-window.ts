// Which blocks of the reading document are near the visible area, found without laying out
// what the browser skips: only the top-level nodes are measured (the chunks of a long article,
// the blocks of a short one), never the blocks inside a chunk far from the screen, whose
// measuring would force their layout. The highlight painters paint what this finds.
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
   * Whether the blocks `first`..`last` (those painted) hold every block within `need` viewport
   * heights of the visible area. The painters keep what they painted while it does, and then
   * paint the blocks within a wider reach: each change of the painted ranges makes the browser
   * rebuild all its highlight markers and repaint the highlighted text on screen, so the set
   * changes once every few screens, ahead of what scrolls into view, not each time a chunk
   * crosses a fixed margin (hysteresis).
   */
  holds(first: number, last: number, need: number): boolean {
    const needed = this.near(need);
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
