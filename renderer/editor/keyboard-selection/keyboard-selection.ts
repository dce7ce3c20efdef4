// Selecting text with the keyboard in the read-only article ("caret browsing"): while on, a caret
// is drawn in the text, the caret keys (keys.ts) move it or extend the selection, and Escape
// leaves. The selection is ProseMirror's own TextSelection, which the view writes into the DOM,
// so every command that reads the selection (Mark claim, Tag entity, evidence) acts on it.
//
// The view is not editable, so ProseMirror runs no keymaps and draws no caret: the keys are
// heard here, on the view's element, before the document-level command keys; the caret is an
// element drawn by `KeyboardCaret` where this says. Lines on screen are layout: the browser's
// own `Selection.modify` finds them; words and sentences come from the canonical text (moves.ts).
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { ReadingIndex } from '../../../shared/text/span';
import { scrollParent } from '../../scroll-parent';
import { readSelectionEnds } from '../selection';
import { describeCaret, LEFT, STARTED } from './announce';
import { caretAction, type CaretUnit } from './keys';
import { moveOffset, type Direction } from './moves';

export interface CaretBox {
  /** from the top left corner of the view's offset parent, in CSS pixels */
  left: number;
  top: number;
  height: number;
}

export interface KeyboardSelectionSnapshot {
  active: boolean;
  /** where the caret is drawn; null while it is not (off, or the text has not the focus) */
  caret: CaretBox | null;
  /** the latest words for the polite live region */
  message: string;
}

const OFF: KeyboardSelectionSnapshot = { active: false, caret: null, message: '' };

interface Attached {
  view: EditorView;
  reading: ReadingIndex;
  mac: boolean;
  detach(): void;
}

export class KeyboardSelection {
  private snapshot = OFF;
  private readonly listeners = new Set<() => void>();
  private attached: Attached | null = null;
  private anchor = 0;
  private head = 0;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): KeyboardSelectionSnapshot => this.snapshot;

  get active(): boolean {
    return this.snapshot.active;
  }

  /** Listens to the view's keys, focus and selection; returns the function that stops it. */
  attach(view: EditorView, reading: ReadingIndex, mac: boolean): () => void {
    this.attached?.detach();
    const doc = view.dom.ownerDocument;
    const onKeyDown = (event: KeyboardEvent) => this.onKey(event);
    // Off, nothing is drawn: no new snapshot, so no render (a resize or focus change is common).
    const redraw = () => {
      if (this.active) this.publish({});
    };
    const onSelectionChange = () => {
      if (!this.active) return;
      const ends = readSelectionEnds(view, reading.positions);
      // A click moves the caret there; a selection cleared (a claim just marked) leaves it.
      if (ends) ({ anchor: this.anchor, head: this.head } = ends);
      else this.anchor = this.head;
      this.publish({});
    };
    view.dom.addEventListener('keydown', onKeyDown);
    view.dom.addEventListener('focus', redraw);
    view.dom.addEventListener('blur', redraw);
    doc.addEventListener('selectionchange', onSelectionChange);
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(redraw);
    resize?.observe(view.dom);
    const attached: Attached = {
      view,
      reading,
      mac,
      detach: () => {
        view.dom.removeEventListener('keydown', onKeyDown);
        view.dom.removeEventListener('focus', redraw);
        view.dom.removeEventListener('blur', redraw);
        doc.removeEventListener('selectionchange', onSelectionChange);
        resize?.disconnect();
        if (this.attached === attached) this.attached = null;
        this.snapshot = OFF;
        this.emit();
      },
    };
    this.attached = attached;
    return attached.detach;
  }

  toggle(): void {
    if (this.active) this.stop();
    else this.start();
  }

  /** Puts the caret where the selection is, else at the first text on screen, and focuses it. */
  start(): void {
    const attached = this.attached;
    if (!attached || this.active) return;
    const found = readSelectionEnds(attached.view, attached.reading.positions);
    // A caret left far from where the reader scrolled since is not where they look.
    const ends =
      found && (found.anchor !== found.head || isOnScreen(attached, found.head)) ? found : null;
    const at = ends?.head ?? firstOffsetOnScreen(attached);
    this.snapshot = { ...this.snapshot, active: true };
    this.select(ends?.anchor ?? at, at, STARTED);
  }

  /** Leaves the mode; what is selected stays selected. */
  stop(): void {
    if (!this.active) return;
    this.snapshot = { active: false, caret: null, message: LEFT };
    this.emit();
  }

  private onKey(event: KeyboardEvent): void {
    const attached = this.attached;
    if (!attached || !this.active || event.defaultPrevented) return;
    const action = caretAction(event, attached.mac);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'leave') return this.stop();
    const previous = this.head;
    const head = this.moved(attached, action.unit, action.direction, action.extend);
    this.select(action.extend ? this.anchor : head, head, null, previous);
  }

  /** Where the head goes (without Shift a selection first collapses to the side moved to). */
  private moved(attached: Attached, unit: CaretUnit, direction: Direction, extend: boolean) {
    const { anchor, head } = this;
    if (!extend && anchor !== head && unit === 'character') {
      return direction > 0 ? Math.max(anchor, head) : Math.min(anchor, head);
    }
    if (unit === 'line' || unit === 'line-end') {
      return this.lineMove(attached, unit, direction, extend) ?? head;
    }
    return moveOffset(attached.reading.text, head, unit, direction);
  }

  /** The browser's move by a line on screen, or to its start or end; null where it has none. */
  private lineMove(
    attached: Attached,
    unit: 'line' | 'line-end',
    direction: Direction,
    extend: boolean,
  ) {
    const selection = attached.view.dom.ownerDocument.getSelection();
    if (!selection || typeof selection.modify !== 'function') return null;
    this.write(attached, this.anchor, this.head, false);
    selection.modify(
      extend ? 'extend' : 'move',
      direction > 0 ? 'forward' : 'backward',
      unit === 'line' ? 'line' : 'lineboundary',
    );
    return readSelectionEnds(attached.view, attached.reading.positions)?.head ?? null;
  }

  /** Selects [anchor, head] (a caret when equal), draws the caret there and says so. */
  private select(anchor: number, head: number, message: string | null, previous = head): void {
    const attached = this.attached;
    if (!attached) return;
    this.anchor = anchor;
    this.head = head;
    this.write(attached, anchor, head, true);
    this.publish({
      message: message ?? describeCaret(attached.reading.text, anchor, head, previous),
    });
  }

  /** Makes [anchor, head] ProseMirror's selection, which the view then puts in the DOM. */
  private write(attached: Attached, anchor: number, head: number, scroll: boolean): void {
    const { view, reading } = attached;
    const headPos = reading.positions.toPos(head);
    const dom = view.dom;
    if (dom.ownerDocument.activeElement !== dom) dom.focus({ preventScroll: true });
    // A read-only view writes its selection into the DOM only while the DOM selection is
    // already inside it (`editorOwnsSelection` in prosemirror-view): put a caret there first.
    const domSelection = dom.ownerDocument.getSelection();
    if (domSelection && !(domSelection.anchorNode && dom.contains(domSelection.anchorNode))) {
      const { node, offset } = view.domAtPos(headPos);
      domSelection.collapse(node, offset);
    }
    const selection = TextSelection.create(
      view.state.doc,
      reading.positions.toPos(anchor),
      headPos,
    );
    const tr = view.state.tr.setSelection(selection);
    view.dispatch(scroll ? tr.scrollIntoView() : tr);
  }

  private publish(change: Partial<KeyboardSelectionSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    next.caret = next.active && this.attached ? caretBox(this.attached, this.head) : null;
    this.snapshot = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The caret's box at `offset`, while the view has the focus and is laid out. */
function caretBox({ view, reading }: Attached, offset: number): CaretBox | null {
  const dom = view.dom;
  const parent = dom.offsetParent;
  if (dom.ownerDocument.activeElement !== dom || !parent) return null;
  try {
    const at = view.coordsAtPos(reading.positions.toPos(offset));
    const frame = parent.getBoundingClientRect();
    return {
      left: at.left - frame.left - parent.clientLeft,
      top: at.top - frame.top - parent.clientTop,
      height: at.bottom - at.top,
    };
  } catch {
    return null;
  }
}

/** Whether the text at `offset` is inside the visible part of the box that scrolls it. */
function isOnScreen({ view, reading }: Attached, offset: number): boolean {
  try {
    const { top, bottom } = view.coordsAtPos(reading.positions.toPos(offset));
    const height = view.dom.ownerDocument.defaultView?.innerHeight ?? 0;
    return top >= scrollerTop(view.dom) && bottom <= height;
  } catch {
    return false;
  }
}

/** The offset of the first text in sight: the article's start, or where the reader scrolled. */
function firstOffsetOnScreen({ view, reading }: Attached): number {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, scrollerTop(view.dom)) + 8;
  if (top <= box.top + 8) return 0;
  const found = view.posAtCoords({ left: box.left + 4, top });
  return found ? reading.positions.toOffset(found.pos) : 0;
}

/** The top of the visible part of the box that scrolls the article (the window's, else). */
function scrollerTop(element: Element): number {
  return scrollParent(element)?.getBoundingClientRect().top ?? 0;
}
