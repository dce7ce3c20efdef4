// The one painter of the reading view's highlights: annotations, suggestions and find matches
// (and any group added later, such as one annotator's layer) are named groups of spans, each
// span painted with the CSS Custom Highlight API (`CSS.highlights`): ranges over the text, no
// elements, so the document stays flat text and ProseMirror never redraws for a highlight.
//
// Chromium rebuilds the markers of every registered range whenever any highlight changes and
// whenever the page's DOM changes at all (a React commit in a panel included), and repaints
// the text they cover. So the cost of every frame that shows an edit grows with the ranges
// registered, and the painter registers only the spans of the blocks near the visible area
// (block by block, see article-blocks/view-window.ts), found after layout, never by forcing
// one; scrolling paints the blocks coming near once the painted ones no longer hold the screen
// (hysteresis), and a change repaints only the spans it touches.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { CHUNK_CHARS } from '../../../../shared/text/reading-chunks';
import { nextFrame, type Cancel } from '../../../scheduling';
import { ViewWindow } from '../article-blocks/view-window';
import { BlockBounds } from '../annotation-highlights/highlight-index';

/** A User Timing mark made when a view first paints the highlights near the visible area. */
export const HIGHLIGHTS_PAINTED_MARK = 'factmark:highlights-painted';

/**
 * Hysteresis of the painted window, in viewport heights beyond the visible area: the blocks
 * within REACH get painted once those within NEED are not all painted.
 */
export const NEED = 0.25;
export const REACH = 1;

/** Frames to keep looking for a first window when no resize is reported (about two seconds). */
const FIRST_WINDOW_FRAMES = 120;

/** A span to paint, in document positions, and the CSS highlight names it is painted with. */
export interface PaintSpan {
  id: string;
  from: number;
  to: number;
  /** each styled by a `::highlight(name)` rule (styles/*.css, or added in script) */
  names: readonly string[];
}

/** Whether this browser paints CSS highlights (jsdom and old engines do not). */
export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** The blocks (textblocks, chunked or not) of a document. */
export function blockBoundsOf(doc: ProseMirrorNode): BlockBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    starts.push(pos);
    ends.push(pos + node.nodeSize);
    return false;
  });
  return new BlockBounds(starts, ends);
}

/** A DOM range over document positions [from, to), or null where ProseMirror cannot place one. */
export function domRange(view: EditorView, from: number, to: number): Range | null {
  try {
    const start = view.domAtPos(from, 1);
    const end = view.domAtPos(to, -1);
    const range = view.dom.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null; // a position ProseMirror cannot place in the DOM: nothing to paint
  }
}

interface PlacedSpan extends PaintSpan {
  firstBlock: number;
  lastBlock: number;
}

/** A span's ranges (one per block it covers, so text between blocks, a byline, is left out). */
interface Painted {
  span: PlacedSpan;
  ranges: Range[];
}

/**
 * One named group of spans. Its owner says what each span is painted with; the group keeps
 * where the spans lie and paints those near the visible area.
 */
export class SpanGroup {
  private readonly spans = new Map<string, PlacedSpan>();
  private readonly byBlock: Array<Set<string> | undefined> = [];
  private readonly painted = new Map<string, Painted>();

  constructor(
    readonly name: string,
    private readonly painter: HighlightPainter,
    /** stacking of each highlight name of the group (higher paints over lower) */
    private readonly priority: (highlightName: string) => number,
  ) {}

  get size(): number {
    return this.spans.size;
  }

  /** Replaces every span of the group. */
  set(spans: Iterable<PaintSpan>): void {
    this.clear();
    this.change([], spans);
  }

  /** Removes the spans with these ids, then adds (or replaces) these; repaints only them. */
  update(remove: Iterable<string>, add: Iterable<PaintSpan>): void {
    this.change(remove, add);
  }

  private change(remove: Iterable<string>, add: Iterable<PaintSpan>): void {
    for (const id of remove) {
      const span = this.spans.get(id);
      if (!span) continue;
      this.unindex(span);
      this.unpaint(id);
    }
    for (const span of add) {
      const old = this.spans.get(span.id);
      if (old) this.unindex(old);
      const placed = this.place(span);
      this.spans.set(placed.id, placed);
      for (let b = placed.firstBlock; b <= placed.lastBlock; b++) {
        (this.byBlock[b] ??= new Set()).add(placed.id);
      }
      this.repaint(placed);
    }
  }

  clear(): void {
    for (const id of [...this.painted.keys()]) this.unpaint(id);
    this.spans.clear();
    this.byBlock.length = 0;
  }

  get(id: string): PaintSpan | undefined {
    return this.spans.get(id);
  }

  ids(): string[] {
    return [...this.spans.keys()];
  }

  /** The spans covering position `pos` (ends included), shortest first. */
  at(pos: number): PaintSpan[] {
    const found: PaintSpan[] = [];
    for (const id of this.byBlock[this.painter.blocks.blockAt(pos)] ?? []) {
      const s = this.spans.get(id)!;
      if (s.from <= pos && pos <= s.to && s.to > s.from) found.push(s);
    }
    return found.sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from);
  }

  /** What is painted now, with the highlight names of each (for tests and debugging). */
  shown(): { id: string; names: string[] }[] {
    return [...this.painted.values()].map((p) => ({ id: p.span.id, names: [...p.span.names] }));
  }

  /** The window moved from `before` to `after` (block spans, null: none): paint what came near. */
  moved(
    before: { first: number; last: number } | null,
    after: { first: number; last: number } | null,
  ): void {
    const touched = new Set<string>();
    const collect = (w: { first: number; last: number } | null, other: typeof w) => {
      for (let b = w?.first ?? 0; w && b <= w.last; b++) {
        if (other && b >= other.first && b <= other.last) continue;
        for (const id of this.byBlock[b] ?? []) touched.add(id);
      }
    };
    collect(before, after);
    collect(after, before);
    for (const id of touched) this.repaint(this.spans.get(id)!);
  }

  private place(span: PaintSpan): PlacedSpan {
    const { blocks } = this.painter;
    const firstBlock = blocks.blockAt(span.from);
    const lastBlock = Math.max(firstBlock, blocks.blockAt(Math.max(0, span.to - 1)));
    return { ...span, firstBlock, lastBlock };
  }

  private unindex(span: PlacedSpan): void {
    this.spans.delete(span.id);
    for (let b = span.firstBlock; b <= span.lastBlock; b++) this.byBlock[b]?.delete(span.id);
  }

  /**
   * Brings a span's painting in line with where it is and what it is painted with: unpainted
   * when it left the window (or the group), painted when it came near; a span that kept its
   * place changes only the highlights whose names it gained or lost.
   */
  private repaint(span: PlacedSpan): void {
    const current = this.spans.get(span.id) === span ? span : null;
    const near = current && this.painter.isShown(span.firstBlock, span.lastBlock);
    const painted = this.painted.get(span.id);
    if (!near) {
      if (painted) this.unpaint(span.id);
      return;
    }
    if (painted && painted.span.from === span.from && painted.span.to === span.to) {
      if (painted.span === span) return;
      for (const name of painted.span.names) {
        if (span.names.includes(name)) continue;
        for (const range of painted.ranges) CSS.highlights.get(name)?.delete(range);
      }
      for (const name of span.names) {
        if (painted.span.names.includes(name)) continue;
        const highlight = this.highlightNamed(name);
        for (const range of painted.ranges) highlight.add(range);
      }
      painted.span = span;
      return;
    }
    if (painted) this.unpaint(span.id);
    const ranges: Range[] = [];
    const { blocks } = this.painter;
    for (let b = span.firstBlock; b <= span.lastBlock; b++) {
      const piece = blocks.pieceIn(b, span.from, span.to);
      const range = piece && this.painter.range(piece.from, piece.to);
      if (range) ranges.push(range);
    }
    for (const name of span.names) {
      const highlight = this.highlightNamed(name);
      for (const range of ranges) highlight.add(range);
    }
    this.painted.set(span.id, { span, ranges });
  }

  private unpaint(id: string): void {
    const painted = this.painted.get(id);
    if (!painted) return;
    this.painted.delete(id);
    for (const name of painted.span.names) {
      const highlight = CSS.highlights.get(name);
      for (const range of painted.ranges) highlight?.delete(range);
    }
  }

  /** The document's highlight of that name, made and registered on first use. */
  private highlightNamed(name: string): Highlight {
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = this.priority(name);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }
}

/** The painted window: every block of a short article, else the blocks near the visible area. */
type Shown = { first: number; last: number } | null;

export class HighlightPainter {
  /** the blocks of the document the spans' positions are in */
  blocks: BlockBounds;
  private readonly groups = new Map<string, SpanGroup>();
  private shown: Shown = null;
  private window: ViewWindow;
  /** a short article (no bigger than one chunk) is painted whole, with no layout read */
  private whole: boolean;
  private readonly cleanups: Array<() => void> = [];
  private firstWindow: Cancel | null = null;

  constructor(readonly view: EditorView) {
    this.blocks = blockBoundsOf(view.state.doc);
    this.window = new ViewWindow(view);
    this.whole = view.state.doc.content.size <= CHUNK_CHARS;
    if (!supportsCssHighlights()) {
      // nothing is painted, but the groups keep their spans for the questions asked of them
      this.shown = { first: 0, last: this.blocks.count - 1 };
      return;
    }
    const doc = view.dom.ownerDocument;
    // Scroll events come once a frame, before its animation frames: the window follows at once.
    const onScroll = () => this.updateWindow();
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', onScroll, { passive: true });
    this.cleanups.push(() => {
      doc.removeEventListener('scroll', onScroll, { capture: true });
      doc.defaultView?.removeEventListener('resize', onScroll);
    });
    // Called after layout and before paint: the first frame showing the text shows its
    // highlights; a new width (text reflowed) gets the window again.
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(onScroll);
      resize.observe(view.dom);
      this.cleanups.push(() => resize.disconnect());
    }
    // A short article is painted now, so its first frame shows text and highlights together;
    // a long one once laid out (reading its layout now would force it).
    if (this.whole) this.updateWindow();
    this.lookForFirstWindow(FIRST_WINDOW_FRAMES);
  }

  /** The group of that name, made on first use (`priority`: of its highlight names). */
  group(name: string, priority: (highlightName: string) => number): SpanGroup {
    let group = this.groups.get(name);
    if (!group) {
      group = new SpanGroup(name, this, priority);
      this.groups.set(name, group);
    }
    return group;
  }

  /** A new document (the read-only view never edits): positions start afresh, groups empty. */
  reset(): void {
    for (const group of this.groups.values()) group.clear();
    const doc = this.view.state.doc;
    this.blocks = blockBoundsOf(doc);
    this.window = new ViewWindow(this.view, doc);
    this.whole = doc.content.size <= CHUNK_CHARS;
    this.shown = supportsCssHighlights() ? null : { first: 0, last: this.blocks.count - 1 };
    if (this.whole) this.updateWindow();
    this.lookForFirstWindow(FIRST_WINDOW_FRAMES);
  }

  /** Whether a span over these blocks is painted where it is. */
  isShown(firstBlock: number, lastBlock: number): boolean {
    const shown = this.shown;
    return !!shown && firstBlock <= shown.last && lastBlock >= shown.first;
  }

  /** A range over [from, to) in the view's DOM, or null (none where CSS highlights are not). */
  range(from: number, to: number): Range | null {
    return supportsCssHighlights() ? domRange(this.view, from, to) : null;
  }

  /** The element holding a position, to scroll it into view. */
  elementAt(pos: number): Element | null {
    try {
      const { node } = this.view.domAtPos(pos, 1);
      return node instanceof Element ? node : node.parentElement;
    } catch {
      return null;
    }
  }

  /** Finds the blocks near the visible area and paints what came near, in every group. */
  updateWindow(): void {
    if (!supportsCssHighlights() || !this.view.dom.isConnected) return;
    const next = this.blocksToPaint();
    const before = this.shown;
    if (before && next && before.first === next.first && before.last === next.last) return;
    this.shown = next;
    for (const group of this.groups.values()) group.moved(before, next);
    // The first paint of an article's highlights, for the benchmarks and the performance
    // panel (a view with no highlight on screen shows no range to wait for).
    if (!before && next) performance.mark(HIGHLIGHTS_PAINTED_MARK);
  }

  /** Removes every range this painter added (the registry is shared by the document). */
  destroy(): void {
    this.firstWindow?.();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    for (const group of this.groups.values()) group.clear();
    this.groups.clear();
    this.shown = null;
  }

  /**
   * Makes sure the first window gets painted even when no resize is reported (a view laid out
   * before it was observed): looks again at the start of the next frames until it is.
   */
  private lookForFirstWindow(framesLeft: number): void {
    this.firstWindow?.();
    this.firstWindow = null;
    if (this.shown || framesLeft <= 0) return;
    this.firstWindow = nextFrame(() => {
      this.firstWindow = null;
      this.updateWindow();
      this.lookForFirstWindow(framesLeft - 1);
    }, this.view.dom.ownerDocument.defaultView ?? undefined);
  }

  private blocksToPaint(): Shown {
    const count = this.blocks.count;
    if (this.whole) return count > 0 ? { first: 0, last: count - 1 } : null;
    const shown = this.shown;
    const starts = this.blocks.starts;
    if (shown && this.window.holds(shown.first, shown.last, NEED, starts)) return shown;
    const near = this.window.blocksNear(REACH, starts);
    return near && { first: near.firstBlock, last: near.lastBlock };
  }
}
