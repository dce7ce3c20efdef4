import type { InputTiming } from './in-page';
// The peer, @recogito/text-annotator, run in the page: the same blocks as plain HTML (blocks
// separated by "\n\n" text so the container's text offsets are the canonical offsets), the same
// annotations as W3C-style text annotations, drawn by its default (span) renderer.

interface PeerAnnotation {
  id: string;
  bodies: never[];
  target: { annotation: string; selector: Array<{ quote: string; start: number; end: number }> };
}

interface PeerAnnotator {
  addAnnotation(a: PeerAnnotation): void;
  state: {
    store: {
      bulkAddAnnotations(list: PeerAnnotation[], replace: boolean): unknown;
      all(): unknown[];
    };
  };
}

declare global {
  interface Window {
    RecogitoJS: { createTextAnnotator(el: HTMLElement, options?: object): PeerAnnotator };
    __peer?: PeerAnnotator;
    __peerText?: string;
  }
}

export interface PeerDocument {
  html: string;
  text: string;
  annotations: Array<{ id: string; start: number; end: number }>;
}

/** Renders the document and its annotations; ms until highlights are painted, and counts. */
export async function peerFirstPaint(
  doc: PeerDocument,
): Promise<{ ms: number; stored: number; painted: number }> {
  const container = document.getElementById('peer')!;
  const start = performance.now();
  container.innerHTML = doc.html;
  const anno = window.RecogitoJS.createTextAnnotator(container);
  // Helpers outside this function do not exist in the page: the mapping is written inline.
  anno.state.store.bulkAddAnnotations(
    doc.annotations.map(({ id, start: s, end: e }) => ({
      id,
      bodies: [],
      target: { annotation: id, selector: [{ quote: doc.text.slice(s, e), start: s, end: e }] },
    })),
    true,
  );
  const end = await window.__afterPaint(() => !!container.querySelector('.r6o-annotation'));
  window.__peer = anno;
  window.__peerText = doc.text;
  return {
    ms: end - start,
    stored: anno.state.store.all().length,
    painted: document.querySelectorAll('.r6o-annotation').length,
  };
}

/** Adds one annotation in the visible part; the time until its highlight is painted, measured
 * as ours is (see `__inputToPaint` in in-page.ts). */
export async function peerAddOne({
  i,
  start,
  end,
}: {
  i: number;
  start: number;
  end: number;
}): Promise<InputTiming> {
  const anno = window.__peer!;
  const before = document.querySelectorAll('.r6o-annotation').length;
  const id = `peer-new-${i}`;
  const quote = window.__peerText!.slice(start, end);
  await window.__nextTask();
  const t0 = performance.now();
  anno.addAnnotation({
    id,
    bodies: [],
    target: { annotation: id, selector: [{ quote, start, end }] },
  });
  return window.__inputToPaint(
    () => document.querySelectorAll('.r6o-annotation').length > before,
    t0,
  );
}
