// Re-anchoring benchmark: a seeded 100,000-word article with thousands of annotations, edited in
// each of the ways a publisher edits, re-anchored by shared/anchoring and by a baseline in the
// style of the best-known web annotator. Prints, per kind of edit, how many annotations came out
// right, drifted, orphaned or WRONG, and the time taken.
// Run: npx tsx bench/reanchor.ts [words] [--seed=N] [--full-baseline | --no-baseline]
import { availableParallelism, loadavg } from 'node:os';
import { reanchor, type Placement } from '../shared/anchoring/reanchor';
import { codePointLength } from '../shared/text/code-points';
import { baselineReanchor } from './reanchor/baseline';
import { SCENARIOS } from './reanchor/scenarios';
import { edited, original } from './reanchor/setup';
import { judge, judgeBaseline, type Expected, type Verdict } from './reanchor/verdict';

const args = process.argv.slice(2);
const SEED = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 20261126);
const WORDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
/**
 * The baseline scores every exact occurrence of a short quote against its context, which takes
 * a minute per run on a long article: by default it sees the annotations the targeted edits
 * touched and every fourth one elsewhere (`--full-baseline`: all of them).
 */
const BASELINE_SAMPLE = args.includes('--full-baseline') ? 1 : 4;
const BASELINE = !args.includes('--no-baseline');

type Tally = Record<Verdict, number>;
const emptyTally = (): Tally => ({ correct: 0, drifted: 0, orphaned: 0, wrong: 0 });

interface Row {
  name: string;
  expected: string;
  ours: Tally;
  baseline: Tally;
  oursMs?: number;
  baselineMs?: number;
}

function tally(
  placements: Placement[],
  expected: Map<string, Expected>,
  ids: Set<string>,
  rate: (p: Placement, x: Expected) => Verdict,
): Tally {
  const t = emptyTally();
  for (const p of placements) if (ids.has(p.id)) t[rate(p, expected.get(p.id)!)]++;
  return t;
}

/** Runs `f`, returning its result and the time it took in ms. */
function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}

function main() {
  const o = original(SEED, WORDS);
  const claims = o.annotations.filter((a) => a.kind === 'claim').length;
  console.log(
    `Article: ${o.text.split(/\s+/).length} words, ${codePointLength(o.text)} code points; ` +
      `${o.annotations.length} annotations (${claims} claims, ${o.annotations.length - claims} mentions). ` +
      `Load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores.\n`,
  );

  const rows: Row[] = [];
  const untouched: Row = {
    name: 'untouched, in targeted runs',
    expected: 'anchored',
    ours: emptyTally(),
    baseline: emptyTally(),
  };
  const all = new Set(o.spans.map((s) => s.id));
  SCENARIOS.forEach((scenario, k) => {
    const { edition, text, expected } = edited(o, scenario, k);
    const [ours, oursMs] = time(() => reanchor(o.text, text, o.spans));
    const counted = scenario.targeted ? edition.touched : all;
    const sample = o.spans.filter(
      (s, i) => BASELINE && counted.has(s.id) && (scenario.targeted || i % BASELINE_SAMPLE === 0),
    );
    const [baseline, baselineMs] = BASELINE
      ? time(() => baselineReanchor(o.text, text, sample))
      : [[], undefined];
    rows.push({
      name: scenario.name,
      expected: scenario.expected,
      ours: tally(ours, expected, counted, judge),
      baseline: tally(baseline, expected, counted, judgeBaseline),
      oursMs,
      baselineMs,
    });
    if (scenario.targeted) {
      const rest = new Set([...all].filter((id) => !edition.touched.has(id)));
      add(untouched.ours, tally(ours, expected, rest, judge));
    }
  });
  rows.push(untouched);
  printTable(rows);
}

function add(into: Tally, from: Tally) {
  for (const key of Object.keys(into) as Verdict[]) into[key] += from[key];
}

const count = (t: Tally) => t.correct + t.drifted + t.orphaned + t.wrong;

function printTable(rows: Row[]) {
  const columns: Array<[title: string, width: number, cell: (row: Row) => string]> = [
    ['kind of edit', -30, (r) => r.name],
    ['n', 6, (r) => String(count(r.ours))],
    ['correct', 8, (r) => String(r.ours.correct)],
    ['drifted', 8, (r) => String(r.ours.drifted)],
    ['orphaned', 9, (r) => String(r.ours.orphaned)],
    ['WRONG', 6, (r) => String(r.ours.wrong)],
    ['ms', 6, (r) => (r.oursMs === undefined ? '' : r.oursMs.toFixed(0))],
    [' |', -2, () => ' |'],
    ['baseline n', 11, (r) => (count(r.baseline) ? String(count(r.baseline)) : '')],
    ['right', 6, (r) => (count(r.baseline) ? String(r.baseline.correct) : '')],
    ['WRONG', 6, (r) => (count(r.baseline) ? String(r.baseline.wrong) : '')],
    ['ms', 7, (r) => (r.baselineMs === undefined ? '' : r.baselineMs.toFixed(0))],
    ['  expected', -20, (r) => `  ${r.expected}`],
  ];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = columns[i]![1];
        return width < 0 ? cell.padEnd(-width) : cell.padStart(width);
      })
      .join('')
      .trimEnd();
  const header = line(columns.map(([title]) => title));
  console.log(header);
  console.log('-'.repeat(header.length));
  const total: Row = { name: 'total', expected: '', ours: emptyTally(), baseline: emptyTally() };
  for (const row of rows) {
    add(total.ours, row.ours);
    add(total.baseline, row.baseline);
    console.log(line(columns.map(([, , cell]) => cell(row))));
  }
  console.log('-'.repeat(header.length));
  console.log(line(columns.map(([, , cell]) => cell(total))));
  console.log(
    '\ncorrect = anchored where the passage is; drifted = placed there, flagged for review;' +
      '\nWRONG = placed where the passage is not, or anchored on a quote whose text changed.' +
      '\nms = wall-clock time of one call for all the annotations (the first call also warms up).' +
      '\nTargeted rows count the annotations on the sentences the edits touched; the baseline' +
      `\nsees those, and every ${BASELINE_SAMPLE === 1 ? '' : `${BASELINE_SAMPLE}th `}annotation in the other rows.`,
  );
}

main();
