// Paints suggestions with the CSS Custom Highlight API, as annotation-highlights does: ranges
// over the text and no elements, so the article's DOM stays plain text (selections, searches
// and the annotation painter are undisturbed) and a change costs no ProseMirror redraw. Each
// mention colour gets its own highlight name and rule; the current suggestion one more name.
// Like the annotations, only suggestions near the visible area get ranges: the highlight
// registry slows down with every range it holds, and a long article has thousands of these.
import type { EditorView } from '@tiptap/pm/view';
import { ViewWindow } from '../article-blocks/view-window';
import {
  domRange,
  NEED,
  REACH,
  supportsCssHighlights,
} from '../annotation-highlights/highlight-painter';
import { HEX_COLOUR, MentionStyles } from '../annotation-highlights/mention-styles';
import type { SuggestionHighlight } from './suggestion-state';

export const CLAIM_SUGGESTION = 'fm-suggestion-claim';
export const MENTION_SUGGESTION = 'fm-suggestion-mention';
export const CURRENT_SUGGESTION = 'fm-suggestion-current';

/** The highlight names a suggestion is painted with. */
export function suggestionNames(s: SuggestionHighlight, current: boolean): string[] {
  const base =
    s.kind === 'claim'
      ? CLAIM_SUGGESTION
      : s.color && HEX_COLOUR.test(s.color)
        ? `${MENTION_SUGGESTION}-${s.color.slice(1).toLowerCase()}`
        : MENTION_SUGGESTION;
  return current ? [base, CURRENT_SUGGESTION] : [base];
}

/** The rules of a mention colour: a dashed underline, lighter on the dark theme. */
export function suggestionColourRules(name: string, color: string): string[] {
  const target = `.fm-reading-text::highlight(${name})`;
  return [
    `${target} { text-decoration: underline dashed 2px ${color}; text-underline-offset: 0.32em; text-decoration-skip-ink: none; }`,
    `:root[data-theme='dark'] ${target} { text-decoration-color: color-mix(in srgb, ${color} 60%, white); }`,
  ];
}

interface Painted {
  suggestion: SuggestionHighlight;
  names: string[];
  range: Range | null;
}

export class SuggestionPainter {
  /** Every suggestion shown, painted or not. */
  private readonly all = new Map<string, SuggestionHighlight>();
  /** Those near the visible area, with their ranges. */
  private readonly painted = new Map<string, Painted>();
  /** Document positions near the visible area; null until laid out. */
  private window: { from: number; to: number } | null = null;
  /** The blocks of that window (null: none, or a new document). */
  private blocks: { first: number; last: number } | null = null;
  private windowFrame: number | null = null;
  /** The view's top-level nodes, measured to find the window (made afresh for a new document). */
  private layout: ViewWindow | null = null;
  private readonly styles: MentionStyles | null = null;
  private readonly stop: Array<() => void> = [];
  private current: string | null = null;

  constructor(private readonly view: EditorView) {
    if (!supportsCssHighlights()) return;
    const doc = view.dom.ownerDocument;
    const styles = new MentionStyles(doc, suggestionColourRules);
    this.styles = styles;
    this.stop.push(() => styles.destroy());
    // Another extension's decorations make ProseMirror redraw text nodes, which leaves ranges
    // on detached nodes: place them again.
    if (typeof MutationObserver !== 'undefined') {
      const observer = new MutationObserver((records) => {
        if (records.some((r) => r.target === view.dom)) this.layout?.forget();
        this.repaintAll();
      });
      observer.observe(view.dom, { childList: true, subtree: true, characterData: true });
      this.stop.push(() => observer.disconnect());
    }
    const win = doc.defaultView;
    const onScroll = () => {
      if (this.windowFrame !== null || !win) return;
      this.windowFrame = win.requestAnimationFrame(() => {
        this.windowFrame = null;
        this.updateWindow();
      });
    };
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    win?.addEventListener('resize', onScroll, { passive: true });
    // Laid out for the first time, or reflowed: find the window again.
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(onScroll);
      resize.observe(view.dom);
      this.stop.push(() => resize.disconnect());
    }
    this.stop.push(() => {
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win?.removeEventListener('resize', onScroll);
      if (this.windowFrame !== null) win?.cancelAnimationFrame(this.windowFrame);
    });
  }

  /** Finds the positions near the visible area; paints what came near, unpaints what left. */
  updateWindow(): void {
    if (!supportsCssHighlights() || !this.view.dom.isConnected) return;
    const doc = this.view.state.doc;
    if (this.layout?.doc !== doc) {
      this.layout = new ViewWindow(this.view, doc);
      this.blocks = null;
    }
    const kept = this.blocks;
    if (kept && this.layout.holds(kept.first, kept.last, NEED)) return;
    const near = this.layout.near(REACH);
    this.blocks = near && { first: near.firstBlock, last: near.lastBlock };
    const before = this.window;
    this.window = near ? { from: near.from, to: near.to } : { from: 0, to: 0 };
    // Scrolling within the same window (most frames) has nothing to paint or unpaint.
    if (before && before.from === this.window.from && before.to === this.window.to) return;
    for (const s of this.all.values()) {
      const near = this.isNear(s);
      if (near && !this.painted.has(s.id)) this.paint(s, s.id === this.current);
      else if (!near && this.painted.has(s.id)) this.unpaint(s.id);
    }
  }

  private isNear(s: SuggestionHighlight): boolean {
    if (!supportsCssHighlights()) return true;
    const w = this.window;
    return !!w && s.from < w.to && s.to > w.from;
  }

  /** Removes and adds suggestions by id, and rings `current`. */
  update(remove: readonly string[], add: readonly SuggestionHighlight[], current: string | null) {
    if (!this.window) this.updateWindow();
    for (const id of remove) {
      this.all.delete(id);
      this.unpaint(id);
    }
    for (const s of add) {
      this.all.set(s.id, s);
      if (this.isNear(s)) this.paint(s, s.id === current);
    }
    this.setCurrent(current);
  }

  setCurrent(current: string | null): void {
    if (current === this.current) return;
    const before = this.current;
    this.current = current;
    for (const id of [before, current]) {
      const painted = id === null ? undefined : this.painted.get(id);
      if (!painted) continue;
      this.unpaint(painted.suggestion.id);
      this.paint(painted.suggestion, painted.suggestion.id === current);
    }
  }

  /** The ids of the suggestions shown. */
  ids(): string[] {
    return [...this.all.keys()];
  }

  /** What is shown, with the highlight names of each (for tests and debugging). */
  shown(): { id: string; names: string[] }[] {
    return [...this.painted.values()].map((p) => ({ id: p.suggestion.id, names: p.names }));
  }

  /** The element holding the start of a suggestion, to scroll it into view. */
  elementOf(id: string): Element | null {
    const s = this.all.get(id);
    if (!s) return null;
    try {
      const { node } = this.view.domAtPos(s.from, 1);
      return node instanceof Element ? node : node.parentElement;
    } catch {
      return null;
    }
  }

  /** The suggestions covering a document position (innermost first). */
  at(pos: number): SuggestionHighlight[] {
    return [...this.all.values()]
      .filter((s) => s.from <= pos && pos < s.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from));
  }

  destroy(): void {
    for (const id of [...this.painted.keys()]) this.unpaint(id);
    this.all.clear();
    this.stop.splice(0).forEach((f) => f());
  }

  private paint(s: SuggestionHighlight, current: boolean): void {
    const names = suggestionNames(s, current);
    const range = supportsCssHighlights() ? this.range(s.from, s.to) : null;
    if (range) {
      for (const name of names) this.highlight(name, s).add(range);
    }
    this.painted.set(s.id, { suggestion: s, names, range });
  }

  private unpaint(id: string): void {
    const painted = this.painted.get(id);
    if (!painted) return;
    if (painted.range) {
      for (const name of painted.names) CSS.highlights.get(name)?.delete(painted.range);
    }
    this.painted.delete(id);
  }

  private repaintAll(): void {
    for (const { suggestion } of [...this.painted.values()]) {
      this.unpaint(suggestion.id);
      this.paint(suggestion, suggestion.id === this.current);
    }
  }

  private highlight(name: string, s: SuggestionHighlight): Highlight {
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      // Under the annotations (claims 0–4, mentions 10), the current ring on top of all.
      highlight.priority = name === CURRENT_SUGGESTION ? 20 : -1;
      CSS.highlights.set(name, highlight);
    }
    if (s.color && name.startsWith(`${MENTION_SUGGESTION}-`)) {
      this.styles?.ensure(name, s.color.toLowerCase());
    }
    return highlight;
  }

  private range(from: number, to: number): Range | null {
    return domRange(this.view, from, to);
  }
}
