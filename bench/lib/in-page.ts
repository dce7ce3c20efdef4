// Functions that run inside the page (passed to page.evaluate): they time from an action to the
// frame that shows its result. "Painted" is the first task after the animation frame in which
// the result was found in the DOM, i.e. after that frame's style, layout and paint.

/** Inside the page: whether some CSS highlight whose name starts with `prefix` has a range in `root`. */
export const HIGHLIGHT_HELPERS = `
window.__highlightIn = (root, prefix) => {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(prefix)) continue;
    for (const range of highlight) if (root.contains(range.startContainer)) return true;
  }
  return false;
};
window.__activeRange = () => [...(CSS.highlights.get('fm-claim-active') ?? [])][0] ?? null;
`;

/**
 * Each timed input makes a User Timing mark `bench:input` as it starts, and each wait a mark
 * `bench:painted` once the frame is painted: profile.ts splits the trace between them.
 *
 * Inside the page: `__afterPaint(found)` resolves once `found()` holds and the frame showing it
 * has been painted. `__inputToPaint(found, start)`, called as the input's task ends, times the
 * input from `start` until the frame showing its result is painted, less the time the browser
 * sat idle waiting for the display's next refresh (up to 16.7 ms at 60 Hz, which no code can
 * shorten): the first frame's refresh time (its requestAnimationFrame timestamp) minus the end
 * of the input's task, when positive, is taken off. Frames that pass without the result, and
 * anything else that ran in between (timers, background work), count whole. It also says how
 * many frames it took.
 */
export const PAINT_HELPERS = `
window.__paintedFrame = (found) => new Promise((resolve) => {
  let frames = 0;
  let firstFrameTime = 0;
  const check = (frameTime) => {
    if (frames++ === 0) firstFrameTime = frameTime;
    if (found()) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('bench:painted');
        resolve({ end: performance.now(), firstFrameTime, frames });
      };
      channel.port2.postMessage(0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
window.__afterPaint = (found) => window.__paintedFrame(found).then((r) => r.end);
window.__inputToPaint = (found, start) => {
  // the first task after the input's: its handlers and their microtasks are done by then
  let end = null;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (end = performance.now());
  channel.port2.postMessage(0);
  return window.__paintedFrame(found).then((r) => ({
    ms: r.end - start - Math.max(0, r.firstFrameTime - (end ?? r.end)),
    raw: r.end - start,
    frames: r.frames,
  }));
};
/** a task of its own, as an input event gets (not inside an animation frame callback) */
window.__nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});
// esbuild (through tsx) may wrap functions passed to page.evaluate in __name()
window.__name = (f) => f;
${HIGHLIGHT_HELPERS}
window.__afterPaint(() => !!document.querySelector('.fm-library-open')).then(
  (t) => (window.__libraryReadyAt = t),
);
`;

/** How long an input took to show: see `__inputToPaint`. */
export interface InputTiming {
  /** input to painted, less the idle wait for the display's refresh */
  ms: number;
  /** input to painted, as a stopwatch would see it */
  raw: number;
  /** animation frames until the result was on screen (1: the very next frame) */
  frames: number;
}

declare global {
  interface Window {
    __afterPaint(found: () => boolean): Promise<number>;
    __inputToPaint(found: () => boolean, start: number): Promise<InputTiming>;
    __nextTask(): Promise<void>;
    __highlightIn(root: Element, prefix: string): boolean;
    __activeRange(): AbstractRange | null;
  }
}

/** Clicks the library row titled `title`; ms until its text with highlights is painted. */
export async function openFromLibrary(title: string): Promise<number> {
  const rows = [...document.querySelectorAll<HTMLButtonElement>('.fm-library-open')];
  const row = rows.find((b) => b.querySelector('.fm-library-title')?.textContent === title);
  if (!row) throw new Error(`no library row titled ${title}`);
  const before = document.querySelector('.fm-reading-text');
  const start = performance.now();
  row.click();
  const end = await window.__afterPaint(() => {
    const text = document.querySelector('.fm-reading-text');
    // the reading view marks its first paint of highlights (none may be on screen)
    const painted = performance
      .getEntriesByName('factmark:highlights-painted')
      .some((mark) => mark.startTime >= start);
    return !!text && text !== before && painted;
  });
  return end - start;
}

/** Scrolls paragraph `index` into view, selects some of its words and presses `Mark claim`; the
 * time from the press until the claim's highlight is painted. */
export async function markClaimIn(index: number): Promise<InputTiming> {
  const paragraphs = document.querySelectorAll('.fm-reading-text p');
  // the paragraph at `index`, or the next one with a text node long enough to select in
  const longText = (p: Element) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let found = walker.nextNode();
    while (found && (found.textContent ?? '').length < 60) found = walker.nextNode();
    return found;
  };
  let paragraph: Element | undefined;
  let node: Node | null = null;
  for (let i = 0; i < paragraphs.length && !node; i++) {
    paragraph = paragraphs[(index + i) % paragraphs.length]!;
    node = longText(paragraph);
  }
  if (!paragraph || !node) throw new Error('no paragraph has a long text node');
  // A reader marks what is on screen: bring the paragraph there first, outside the timing.
  paragraph.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  const text = node.textContent!;
  // a place that moves with `index`, so a short article is not marked twice at one span
  const place = (at: number) => {
    const from = text.indexOf(' ', at) + 1;
    const to = from > 0 ? text.indexOf(' ', from + 25) : -1;
    return to > 0 ? { from, to } : null;
  };
  const { from, to } = place(10 + ((index * 13) % (text.length - 40))) ?? place(10)!;
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const button = [...document.querySelectorAll('button')].find((b) =>
    b.textContent?.includes('Mark claim'),
  );
  if (!button) throw new Error('no Mark claim button');
  // the active claim's highlight is a new range once the new claim is painted
  const activeBefore = window.__activeRange();
  await window.__nextTask();
  performance.mark('bench:input');
  const start = performance.now();
  button.click();
  return window.__inputToPaint(() => {
    const active = window.__activeRange();
    return !!active && active !== activeBefore;
  }, start);
}

/** Changes the status of the first claim in `Claims`; the time until it is painted. */
export async function changeStatus(status: string): Promise<InputTiming> {
  const select = document.querySelector<HTMLSelectElement>('[aria-label="Claims"] select');
  if (!select) throw new Error('no Status select in Claims');
  performance.mark('bench:input');
  const start = performance.now();
  select.value = status;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return window.__inputToPaint(() => select.value === status, start);
}

/** Arms a timer that starts at the next Enter and stops when the dialog is gone and painted. */
export function armTagTimer(): void {
  const w = window as unknown as { __tag?: InputTiming };
  delete w.__tag;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    document.removeEventListener('keydown', onKey, true);
    performance.mark('bench:input');
    void window
      .__inputToPaint(() => !document.querySelector('[role="dialog"]'), event.timeStamp)
      .then((timing) => (w.__tag = timing));
  };
  document.addEventListener('keydown', onKey, true);
}

/** Scrolls the article top to bottom, `step` px a frame; frame durations in ms. */
export async function scrollThrough(step: number): Promise<number[]> {
  let scroller: HTMLElement | null = document.querySelector('.fm-reading-text');
  while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) {
    scroller = scroller.parentElement;
  }
  if (!scroller) throw new Error('nothing scrolls');
  const el = scroller;
  el.scrollTop = 0;
  return new Promise((resolve) => {
    const frames: number[] = [];
    let last = 0;
    const frame = (now: number) => {
      if (last) frames.push(now - last);
      last = now;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return resolve(frames);
      el.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
