// Paints the highlights with the CSS Custom Highlight API (`CSS.highlights`): ranges over the
// text, no elements, so the document stays flat text and ProseMirror never redraws for a
// highlight. Only the blocks near the visible area get ranges (the registry's cost grows with
// its ranges, and so would every change): the blocks of the top-level nodes near it (whole
// chunks of a long article, see article-blocks/view-window.ts), found after layout, never by
// forcing one; scrolling paints the blocks coming near, and a change repaints only the blocks
// of the highlights it touches.
import type { EditorView } from '@tiptap/pm/view';
import { CHUNK_CHARS } from '../../../../shared/text/reading-chunks';
import { ViewWindow } from '../article-blocks/view-window';
import { CLAIM_LAYERS, type HighlightIndex, type PlacedHighlight } from './highlight-index';
import { mentionHighlightName, MentionStyles } from './mention-styles';

/** CSS highlight names (styles/highlights.css): claims by layer, the active claim, mentions. */
export const CLAIM_HIGHLIGHT = (layer: number) => `fm-claim-${layer}`;
export const ACTIVE_CLAIM_HIGHLIGHT = 'fm-claim-active';
/** A User Timing mark made when a view first paints the highlights near the visible area. */
export const HIGHLIGHTS_PAINTED_MARK = 'factmark:highlights-painted';
export const DRIFTED_CLAIM_HIGHLIGHT = 'fm-claim-drifted';

/**
 * Hysteresis of the painted window (see ViewWindow.holds), in viewport heights beyond the
 * visible area: the top-level nodes within REACH get painted once those within NEED are not
 * all painted. Shared with the suggestion painter, so both change their ranges in one frame.
 */
export const NEED = 1;
export const REACH = 3;

interface PaintedRange {
  id: string;
  name: string;
  range: AbstractRange;
}

/** Whether this browser paints CSS highlights (jsdom and old engines do not). */
export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class HighlightPainter {
  private readonly painted = new Map<number, PaintedRange[]>();
  private shown: { first: number; last: number } | null = null;
  private readonly window: ViewWindow;
  private readonly styles: MentionStyles;
  private readonly cleanups: Array<() => void> = [];
  /**
   * A short article (no bigger than one chunk) is painted whole, with no layout read: as soon
   * as its view is in the document, so its first frame shows text and highlights together.
   */
  private readonly whole: boolean;
  constructor(
    private readonly view: EditorView,
    readonly index: HighlightIndex,
    /** the claim shown as active (set it, then repaint its blocks) */
    public activeId: string | null = null,
  ) {
    const doc = view.dom.ownerDocument;
    this.window = new ViewWindow(view);
    this.styles = new MentionStyles(doc);
    this.whole = view.state.doc.content.size <= CHUNK_CHARS;
    if (!supportsCssHighlights()) return;
    if (this.whole && view.dom.isConnected) this.updateWindow();
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
    this.paintFirstWindowSoon();
    // Other decorations (find, suggestions) make ProseMirror redraw a block's text nodes,
    // which leaves its ranges on detached nodes: repaint what is in view, before the paint.
    if (typeof MutationObserver !== 'undefined') {
      const mutations = new MutationObserver((records) => {
        if (records.some((r) => r.target === view.dom)) this.window.forget();
        this.repaintWindow();
      });
      mutations.observe(view.dom, { childList: true, subtree: true, characterData: true });
      this.cleanups.push(() => mutations.disconnect());
    }
    if (typeof ResizeObserver === 'undefined') this.updateWindow();
  }

  /**
   * Makes sure the first window gets painted even when no resize is reported (a view laid out
   * before it was observed): looks at the start of the next frames, until it is, for a while.
   */
  private paintFirstWindowSoon(): void {
    const win = this.view.dom.ownerDocument.defaultView;
    if (typeof win?.requestAnimationFrame !== 'function') return;
    let frame = 0;
    let tries = 0;
    const check = () => {
      if (!this.shown) this.updateWindow();
      if (!this.shown && ++tries < 120) frame = win.requestAnimationFrame(check);
    };
    frame = win.requestAnimationFrame(check);
    this.cleanups.push(() => win.cancelAnimationFrame(frame));
  }

  /** Repaints the blocks of these highlights (added, removed or changed), where in view. */
  repaint(highlights: readonly Pick<PlacedHighlight, 'firstBlock' | 'lastBlock'>[]): void {
    const blocks = new Set<number>();
    for (const h of highlights) {
      const first = Math.max(h.firstBlock, this.shown?.first ?? Infinity);
      const last = Math.min(h.lastBlock, this.shown?.last ?? -Infinity);
      for (let b = first; b <= last; b++) blocks.add(b);
    }
    for (const b of blocks) {
      this.unpaintBlock(b);
      this.paintBlock(b);
    }
  }

  repaintWindow(): void {
    const shown = this.shown;
    if (!shown) return;
    for (let b = shown.first; b <= shown.last; b++) {
      this.unpaintBlock(b);
      this.paintBlock(b);
    }
  }

  /** Finds the blocks near the visible area and paints those that came near. */
  updateWindow(): void {
    if (!supportsCssHighlights() || !this.view.dom.isConnected) return;
    const next = this.blocksToPaint();
    const before = this.shown;
    if (before && next && before.first === next.first && before.last === next.last) return;
    this.shown = next;
    for (let b = before?.first ?? 0; before && b <= before.last; b++) {
      if (!next || b < next.first || b > next.last) this.unpaintBlock(b);
    }
    for (let b = next?.first ?? 0; next && b <= next.last; b++) {
      if (!before || b < before.first || b > before.last) this.paintBlock(b);
    }
    // The first paint of an article's highlights, for the benchmarks and the performance
    // panel (a view with no highlight on screen shows no range to wait for).
    if (!before && next) performance.mark(HIGHLIGHTS_PAINTED_MARK);
  }

  /** Every block of a short article; else the blocks near the visible area (null: none). */
  private blocksToPaint(): { first: number; last: number } | null {
    const count = this.index.blocks.count;
    if (this.whole) return count > 0 ? { first: 0, last: count - 1 } : null;
    const shown = this.shown;
    if (shown && this.window.holds(shown.first, shown.last, NEED)) return shown;
    const near = this.window.near(REACH);
    return near && { first: near.firstBlock, last: near.lastBlock };
  }

  /** Removes every range this painter added (the registry is shared by the document). */
  destroy(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    for (const b of [...this.painted.keys()]) this.unpaintBlock(b);
    this.shown = null;
    this.styles.destroy();
  }

  private paintBlock(b: number): void {
    const ranges: PaintedRange[] = [];
    for (const h of this.index.inBlock(b)) {
      const piece = this.index.blocks.pieceIn(b, h.from, h.to);
      const range = piece && this.range(piece.from, piece.to);
      if (!range) continue;
      for (const name of this.namesOf(h)) {
        highlightNamed(name).add(range);
        ranges.push({ id: h.id, name, range });
      }
    }
    if (ranges.length) this.painted.set(b, ranges);
  }

  private unpaintBlock(b: number): void {
    for (const { name, range } of this.painted.get(b) ?? [])
      CSS.highlights.get(name)?.delete(range);
    this.painted.delete(b);
  }

  private namesOf(h: PlacedHighlight): string[] {
    if (h.kind === 'mention') return [mentionHighlightName(h.color, this.styles)];
    const layer = CLAIM_HIGHLIGHT(Math.min(h.layer, CLAIM_LAYERS - 1));
    const names = h.id === this.activeId ? [layer, ACTIVE_CLAIM_HIGHLIGHT] : [layer];
    return h.drifted ? [...names, DRIFTED_CLAIM_HIGHLIGHT] : names;
  }

  private range(from: number, to: number): Range | null {
    return domRange(this.view, from, to);
  }
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

/** The document's highlight of that name, made and registered on first use. */
function highlightNamed(name: string): Highlight {
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    // Stacking: claim layers, then the active claim, then mentions' underlines on top.
    highlight.priority =
      name === ACTIVE_CLAIM_HIGHLIGHT ? CLAIM_LAYERS : name.startsWith('fm-mention') ? 10 : 0;
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}
