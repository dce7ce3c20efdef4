// The figures a bench run reports: one result per measure (median, min and max over its runs)
// with its target, and the table and `bench/results.json` they are written as.
import { cpus, loadavg, totalmem } from 'node:os';

export interface BenchResult {
  name: string;
  unit: 'ms' | 'MB' | 'frames' | '%' | '×';
  /** null when the measure could not be taken (see note) */
  median: number | null;
  min: number | null;
  max: number | null;
  runs: number;
  /** the figure must stay at or under this (null: reported, no target) */
  target: number | null;
  note?: string;
}

export interface BenchReport {
  date: string;
  machine: string;
  results: BenchResult[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** A result from the samples of repeated runs. */
export function summarizeRuns(
  name: string,
  unit: BenchResult['unit'],
  samples: readonly number[],
  target: number | null,
  note?: string,
): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    unit,
    median: round(percentile(sorted, 50)),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    runs: sorted.length,
    target,
    ...(note ? { note } : {}),
  };
}

export function unavailable(
  name: string,
  unit: BenchResult['unit'],
  target: number | null,
  note: string,
): BenchResult {
  return { name, unit, median: null, min: null, max: null, runs: 0, target, note };
}

/** The machine, and how loaded it was (1-minute load average at the start and now). */
export function machineDescription(loadAtStart?: number): string {
  const cpu = cpus();
  const load = `load ${loadAtStart === undefined ? '' : `${loadAtStart.toFixed(2)} at start, `}${loadavg()[0]!.toFixed(2)} at end`;
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}, ${load}`;
}

export function verdict(r: BenchResult): string {
  if (r.median === null) return 'n/a';
  if (r.target === null) return '';
  return r.median <= r.target ? 'ok' : 'MISS';
}

/** The results as an aligned text table (also valid Markdown). */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    r.median === null ? 'n/a' : `${r.median} ${r.unit}`,
    r.median === null ? '' : `${r.min}–${r.max}`,
    String(r.runs),
    r.target === null ? '' : `${r.target} ${r.unit}`,
    verdict(r),
    r.note ?? '',
  ]);
  const header = ['measure', 'median', 'min–max', 'runs', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
