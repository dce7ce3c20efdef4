// The command line of `npm run bench`: how many runs, which parts and which document sizes, so
// one part can be re-run quickly while tuning it. No flags: everything, as committed.

/** The parts of the suite, in the order they run. */
export const BENCH_PARTS = [
  'node',
  'render',
  'interact',
  'library',
  'lists',
  'peer',
  'team',
  'relations',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** Names that stand for several parts. */
const PART_GROUPS: Record<string, readonly BenchPart[]> = {
  browser: ['render', 'interact', 'library', 'lists'],
  all: BENCH_PARTS,
};

/** A document size of the matrix: words and annotations. */
export interface BenchSize {
  words: number;
  annotations: number;
}

export interface BenchOptions {
  runs: number;
  skipBuild: boolean;
  parts: ReadonlySet<BenchPart>;
  /** null: every size of the matrix */
  sizes: readonly BenchSize[] | null;
  /** true when anything was left out: such a run must not overwrite bench/results.json */
  partial: boolean;
}

export const BENCH_USAGE =
  'usage: npm run bench -- [--runs=N] [--skip-build] ' +
  `[--only=${[...Object.keys(PART_GROUPS), ...BENCH_PARTS].join('|')}[,…]] ` +
  '[--sizes=100k/5k,10k/1k,…]';

/** "100k" → 100000, "1.5k" → 1500, "250" → 250; NaN when it is no count. */
function count(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  if (!match) return NaN;
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

function parseSizes(value: string): BenchSize[] {
  return value.split(',').map((item) => {
    const [words, annotations, extra] = item.split('/');
    const size = { words: count(words ?? ''), annotations: count(annotations ?? '') };
    if (extra !== undefined || !(size.words > 0) || !(size.annotations > 0)) {
      throw new Error(`--sizes: “${item}” is not words/annotations, e.g. 100k/5k`);
    }
    return size;
  });
}

function parseParts(value: string): Set<BenchPart> {
  const parts = new Set<BenchPart>();
  for (const name of value.split(',')) {
    const group = PART_GROUPS[name] ?? (BENCH_PARTS.includes(name as BenchPart) ? [name] : null);
    if (!group) throw new Error(`--only: unknown part “${name}”\n${BENCH_USAGE}`);
    for (const part of group) parts.add(part as BenchPart);
  }
  return parts;
}

/** Reads the flags; throws with the usage line on a flag it does not know. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let runs = 7;
  let skipBuild = false;
  let parts: Set<BenchPart> = new Set(BENCH_PARTS);
  let sizes: BenchSize[] | null = null;
  for (const arg of args) {
    const [flag, value = ''] = arg.split(/=(.*)/s);
    if (flag === '--runs') {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: “${value}” is not ≥ 1`);
    } else if (flag === '--skip-build') skipBuild = true;
    else if (flag === '--only') parts = parseParts(value);
    else if (flag === '--sizes') sizes = parseSizes(value);
    else throw new Error(`unknown option “${arg}”\n${BENCH_USAGE}`);
  }
  return { runs, skipBuild, parts, sizes, partial: parts.size < BENCH_PARTS.length || !!sizes };
}

/** Whether the matrix size should be run. */
export function wantsSize(options: BenchOptions, size: BenchSize): boolean {
  return (
    !options.sizes ||
    options.sizes.some((s) => s.words === size.words && s.annotations === size.annotations)
  );
}
