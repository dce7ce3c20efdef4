// Profiles one interaction on the 100,000-word / 5,000-annotation article in the built app: a
// CPU profile (JavaScript self time by function) and a Chrome trace (style, layout, paint and
// the rest of the renderer's main thread), both through the Chrome DevTools protocol.
// Run: npx tsx bench/profile.ts [open|add|status|tag|scroll] (after npm run build); with
// FM_IN_INPUT=1, functions are counted only inside the timed inputs.
// For the timed inputs (add, status, tag) it also splits each one, from the input to the paint
// of the frame showing it (the `bench:input` and `bench:painted` marks of in-page.ts), into
// script, style, layout, paint and garbage collection, by the self time of the trace's events.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
// vite's own dependency: reads the build's source maps, so functions show their source names
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser } from './lib/browser-benchmarks';
import {
  armTagTimer,
  changeStatus,
  type InputTiming,
  markClaimIn,
  openFromLibrary,
  PAINT_HELPERS,
  scrollThrough,
} from './lib/in-page';
import { writeMatrixLibrary } from './lib/libraries';
import { startBenchHost } from './lib/web-host';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string };
}

const TITLE = 'Bench 100000 words 5000 annotations';
const WHAT = process.argv[2] ?? 'open';
/** ms to wait between repeated interactions (env FM_QUIET_MS), to see one without the last's tail */
const QUIET_MS = Number(process.env.FM_QUIET_MS ?? 0);

/** The interaction to profile; resolves with what the page measured (ms, or frames). */
async function act(page: Page): Promise<string> {
  switch (WHAT) {
    case 'open':
      return `first paint ${(await page.evaluate(openFromLibrary, TITLE)).toFixed(0)} ms`;
    case 'add': {
      const ms: number[] = [];
      for (let i = 0; i < 10; i++) {
        // QUIET_MS lets the previous add's saving and background work finish first
        if (QUIET_MS) await page.waitForTimeout(QUIET_MS);
        ms.push((await page.evaluate(markClaimIn, 3 + i * 37)).ms);
      }
      return `add claim ${ms.map((m) => m.toFixed(0)).join(', ')} ms`;
    }
    case 'status': {
      const ms: number[] = [];
      for (const s of ['supported', 'refuted', 'misleading', 'unreviewed'])
        ms.push((await page.evaluate(changeStatus, s)).ms);
      return `status ${ms.map((m) => m.toFixed(0)).join(', ')} ms`;
    }
    case 'tag': {
      const ms: number[] = [];
      for (let i = 0; i < 6; i++) {
        await page.evaluate(markClaimIn, 1000 + i * 11);
        await page.getByRole('button', { name: 'Tag entity', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Tag entity' });
        await dialog.getByRole('combobox', { name: 'Entity' }).fill(`Entity ${i + 1}`);
        await page.waitForTimeout(Math.max(100, QUIET_MS));
        await page.evaluate(armTagTimer);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (window as unknown as { __tag?: InputTiming }).__tag);
        ms.push(
          (await page.evaluate(() => (window as unknown as { __tag: InputTiming }).__tag)).ms,
        );
      }
      return `tag ${ms.map((m) => m.toFixed(0)).join(', ')} ms`;
    }
    case 'scroll': {
      const frames = await page.evaluate(scrollThrough, 700);
      const over = (ms: number) => frames.filter((f) => f > ms).length;
      return `${frames.length} frames, ${over(17)} over 17 ms, ${over(50)} over 50 ms`;
    }
    default:
      throw new Error(`unknown interaction ${WHAT}: open, add, status or scroll`);
  }
}

const ASSETS = join(__dirname, '..', 'dist', 'renderer', 'assets');
const maps = new Map<string, SourceMapConsumer | null>();

/** "function file:line" in the sources when the build's source map knows the place. */
function sourceName(frame: ProfileNode['callFrame']): string {
  const file = frame.url.split('/').pop() ?? '';
  if (!maps.has(file)) {
    const path = join(ASSETS, `${file}.map`);
    maps.set(
      file,
      file && existsSync(path)
        ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')))
        : null,
    );
  }
  const original = maps
    .get(file)
    ?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!original?.source) return `${frame.functionName || '(anonymous)'} ${file}`;
  const source = original.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return `${original.name ?? frame.functionName ?? '(anonymous)'} ${source}:${original.line}`;
}

/** The phase a trace event's own time belongs to; undefined: its parent's. */
function phaseOf(name: string): string | undefined {
  if (
    name === 'UpdateLayoutTree' ||
    name === 'RecalculateStyles' ||
    name === 'ParseAuthorStyleSheet'
  )
    return 'style';
  if (name === 'Layout') return 'layout';
  if (
    /^(PrePaint|Paint|Layerize|UpdateLayer|PaintImage|RasterTask|CompositeLayers|Commit)$/.test(
      name,
    )
  )
    return 'paint';
  if (/GC/.test(name)) return 'gc';
  if (
    /^(FunctionCall|EventDispatch|FireAnimationFrame|TimerFire|FireIdleCallback|HandlePostMessage|RunMicrotasks|v8\.callFunction|V8\.Execute|EvaluateScript)$/.test(
      name,
    )
  )
    return 'script';
  return undefined;
}

/** Each timed input, from its `bench:input` mark to the next `bench:painted` (trace µs). */
function inputWindows(events: readonly TraceEvent[]): Array<[number, number]> {
  const marks = events
    .filter((e) => e.name === 'bench:input' || e.name === 'bench:painted')
    .sort((a, b) => a.ts - b.ts);
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i]!.name !== 'bench:input') continue;
    const end = marks.slice(i + 1).find((m) => m.name === 'bench:painted');
    if (end) windows.push([marks[i]!.ts, end.ts]);
  }
  return windows;
}

/**
 * For each input (from a `bench:input` mark to the next `bench:painted`), the main thread's
 * time by phase: each event's self time (its duration less its children's) goes to its own
 * phase, or to the nearest enclosing event's that has one ('other' at the top).
 */
function phasesPerInput(events: readonly TraceEvent[], tid: number): Array<Map<string, number>> {
  const windows = inputWindows(events);
  const slices = events
    .filter((e) => e.tid === tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  return windows.map(([from, to]) => {
    const phases = new Map<string, number>();
    const stack: Array<{ end: number; phase: string; self: number }> = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const done = stack.pop()!;
        phases.set(done.phase, (phases.get(done.phase) ?? 0) + done.self / 1000);
      }
    };
    for (const e of slices) {
      if (e.ts < from || e.ts >= to) continue;
      close(e.ts);
      const parent = stack[stack.length - 1];
      const end = Math.min(e.ts + e.dur!, to);
      if (parent) parent.self -= end - e.ts;
      stack.push({ end, phase: phaseOf(e.name) ?? parent?.phase ?? 'other', self: end - e.ts });
    }
    close(Infinity);
    phases.set('input to painted', (to - from) / 1000);
    return phases;
  });
}

function printPhases(perInput: ReadonlyArray<Map<string, number>>): void {
  if (!perInput.length) return;
  const names = ['input to painted', 'script', 'style', 'layout', 'paint', 'gc', 'other'];
  console.log('\nEach input, input to painted, main thread by phase (ms; idle is the rest):');
  console.log(names.map((n) => n.padStart(17)).join(''));
  const median = (n: string) => {
    const v = perInput.map((p) => p.get(n) ?? 0).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)]!;
  };
  for (const p of perInput)
    console.log(names.map((n) => (p.get(n) ?? 0).toFixed(1).padStart(17)).join(''));
  console.log(names.map((n) => `med ${median(n).toFixed(1)}`.padStart(17)).join(''));
}

function top<K>(totals: Map<K, number>, n: number): Array<[K, number]> {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main(): Promise<void> {
  const { dir } = await writeMatrixLibrary((s) => s.words === 100_000 && s.annotations === 5_000);
  const host = await startBenchHost(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(PAINT_HELPERS);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator('.fm-library-open').first().waitFor();
    if (WHAT !== 'open') await page.evaluate(openFromLibrary, TITLE);
    // a status is changed on the active claim: mark one first, outside the profile
    if (WHAT === 'status') await page.evaluate(markClaimIn, 3);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    const measured = await act(page);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    // With FM_IN_INPUT=1, functions are counted only inside the timed inputs (from each
    // `bench:input` to its `bench:painted`; the profile and the trace share one clock).
    const windows = process.env.FM_IN_INPUT ? inputWindows(trace.traceEvents) : null;
    let sampleAt = profile.startTime;

    const selfMs = new Map<string, number>();
    const totalMs = new Map<string, number>();
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const names = new Map(profile.nodes.map((n) => [n.id, sourceName(n.callFrame)]));
    profile.samples.forEach((id, i) => {
      sampleAt += profile.timeDeltas[i] ?? 0;
      if (windows && !windows.some(([from, to]) => sampleAt >= from && sampleAt < to)) return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      selfMs.set(names.get(id)!, (selfMs.get(names.get(id)!) ?? 0) + ms);
      // inclusive time of our own functions (each counted once per sample)
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const name = names.get(n)!;
        if (/ (renderer|shared)\//.test(name) && !seen.has(name)) {
          seen.add(name);
          totalMs.set(name, (totalMs.get(name) ?? 0) + ms);
        }
      }
    });
    const mainThread = trace.traceEvents.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    )?.tid;
    const byName = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (e.tid !== mainThread || e.ph !== 'X' || !e.dur) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    console.log(`${WHAT}: ${measured}`);
    printPhases(phasesPerInput(trace.traceEvents, mainThread ?? -1));
    console.log('\nrenderer main thread, total by event (nested events counted in each):');
    for (const [name, t] of top(byName, 18)) console.log(`${t.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('\nJavaScript self time by function:');
    for (const [key, t] of top(selfMs, 30)) console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
    console.log('\nOur functions, total time (with what they call):');
    for (const [key, t] of top(totalMs, 30)) console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
