// Fuzzing the loaders, the importers and the contract: random and mutated inputs must either
// load or fail with a ContractError whose message names the file; never another exception,
// never a hang. `npm run test:reliability` runs 10,000 inputs (FACTMARK_FUZZ_INPUTS); the unit
// run a tenth of them.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/contract/calls';
import { dispatch } from '../../../shared/contract/dispatch';
import { ContractError } from '../../../shared/contract/result';
import { parseBrat, parseFactmarkExport, parseW3cAnnotations } from '../../../shared/import';
import { createCoreHandlers } from '../handlers';
import { CORPUS_DIR, corpusPages } from '../loaders/__fixtures__/readability-corpus';
import { loadPastedText, loadSource } from '../loaders/index';

const TOTAL = Number(process.env.FACTMARK_FUZZ_INPUTS ?? 1_000);
/** Per-input time limits: a hang is an input that takes longer. */
const LIMIT_MS = 5_000;
const BIG_LIMIT_MS = 30_000;

interface Tally {
  inputs: number;
  loaded: number;
  refused: number;
  crashes: string[];
  hangs: string[];
}
const tally: Tally = { inputs: 0, loaded: 0, refused: 0, crashes: [], hangs: [] };

/** Runs one input; a refusal must be a ContractError naming `name`. */
async function attempt(
  label: string,
  name: string,
  task: () => unknown,
  limit = LIMIT_MS,
): Promise<void> {
  tally.inputs++;
  const started = performance.now();
  try {
    await task();
    tally.loaded++;
  } catch (error) {
    if (error instanceof ContractError && error.message.includes(name)) tally.refused++;
    else tally.crashes.push(`${label}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const took = performance.now() - started;
  if (took > 1_000) console.log(`fuzz: ${label} took ${Math.round(took)} ms`);
  if (took > limit) tally.hangs.push(`${label}: ${Math.round(took)} ms`);
}

/** Real pages to mutate: the readability corpus where present, else our own fixture. */
function pagesToMutate(): Buffer[] {
  const pages = corpusPages().slice(0, 40);
  if (pages.length === 0) {
    console.log(`fuzz: no corpus at ${CORPUS_DIR}, mutating the project's own news page only`);
    return [readFileSync(join(import.meta.dirname, '../loaders/__fixtures__/news-page.html'))];
  }
  return pages.map((dir) => readFileSync(join(CORPUS_DIR, dir, 'source.html')));
}

const share = (fraction: number) => Math.max(1, Math.round(TOTAL * fraction));
let library: string;
beforeAll(async () => {
  library = await mkdtemp(join(tmpdir(), 'factmark-fuzz-'));
});
afterAll(async () => {
  await rm(library, { recursive: true, force: true });
  console.log(
    `fuzz: inputs ${tally.inputs}, loaded ${tally.loaded}, refused with a message ${tally.refused}, ` +
      `crashes ${tally.crashes.length}, hangs ${tally.hangs.length}`,
  );
});

it('random bytes as .txt, .md, .html and unknown files', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.constantFrom('notes.txt', 'notes.md', 'page.html', 'page.htm', 'file.bin', 'noext'),
      async (bytes, name) =>
        attempt(`bytes ${name}`, name, () => loadSource({ fileName: name, bytes })),
    ),
    { numRuns: share(0.32), seed: 1 },
  );
});

it('random text pasted, including markup-like text', async () => {
  const markupish = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<div>',
        '</div>',
        '<p>',
        '<h1>',
        '<script>',
        '<!--',
        '-->',
        '<a href="',
        '&#',
        '\u0000',
        '\ufeff',
        '<html>',
      ),
    ),
    { maxLength: 30 },
  );
  await fc.assert(
    fc.asyncProperty(markupish, async (parts) => {
      const text = parts.join('');
      await attempt('paste', 'Pasted text', () => loadPastedText(text));
    }),
    { numRuns: share(0.2), seed: 2 },
  );
});

it('mutated real pages: truncated and bit-flipped copies', async () => {
  const pages = pagesToMutate();
  await fc.assert(
    fc.asyncProperty(
      fc.nat(pages.length - 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(7)), { maxLength: 20 }),
      async (which, cut, flips) => {
        const page = Buffer.from(pages[which]!);
        for (const [at, bit] of flips) {
          const i = Math.floor(at * (page.length - 1));
          page[i] = page[i]! ^ (1 << bit);
        }
        const bytes = page.subarray(0, Math.max(1, Math.floor(cut * page.length)));
        await attempt(`page ${which}`, 'mutated.html', () =>
          loadSource({ fileName: 'mutated.html', bytes }),
        );
      },
    ),
    { numRuns: share(0.03), seed: 3 },
  );
});

it('hostile files: invalid UTF-8, binary renamed .html, deep nesting, huge files', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const cases: [string, () => Uint8Array][] = [
    [
      'invalid-utf8.txt',
      () => Buffer.from([0x48, 0x69, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x20, 0x6f, 0x6b]),
    ],
    [
      'invalid-utf8.md',
      () =>
        Buffer.concat([Buffer.from('# Title\n\n'), Buffer.from([0xed, 0xa0, 0x80, 0xf8, 0x88])]),
    ],
    ['photo.html', () => Buffer.concat([png, Buffer.alloc(4_000, 7)])],
    ['archive.html', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(500)])],
    [
      'nested.html',
      () =>
        Buffer.from(
          `<html><body>${'<div>'.repeat(1_000)}deep text${'</div>'.repeat(1_000)}</body></html>`,
        ),
    ],
    ['unclosed.html', () => Buffer.from(`<html><body>${'<b><i><span>'.repeat(1_000)}text`)],
    ['huge.txt', () => Buffer.alloc(50 * 1024 * 1024 + 1, 0x61)],
    [
      'big.txt',
      () => Buffer.from(`${'Maverick achieves 73.5% on MMLU, says Meta.\n\n'.repeat(230_000)}`),
    ],
    ['nul.txt', () => Buffer.alloc(10_000, 0)],
  ];
  for (const [name, make] of cases) {
    await attempt(name, name, () => loadSource({ fileName: name, bytes: make() }), BIG_LIMIT_MS);
  }
}, 300_000);

// 10,000 nested `>` quotes overflow the stack in marked; the loader turns that into a message.
it('10,000 nested Markdown quotes are refused with a message', async () => {
  const bytes = Buffer.from(`${'> '.repeat(10_000)}quoted\n`);
  await attempt('nested.md', 'nested.md', () => loadSource({ fileName: 'nested.md', bytes }));
});

// 10,000 nested <div>s once took 82 s in loadSource; the loader now refuses such a page at once.
it('10,000 nested elements load or are refused within the time limit', async () => {
  const bytes = Buffer.from(`<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`);
  await attempt('nested 10,000', 'deep.html', () => loadSource({ fileName: 'deep.html', bytes }));
});

it('random JSON into the importers', async () => {
  const text = 'Maverick achieves 73.5% on MMLU, says Meta.';
  await fc.assert(
    fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.string(), async (json, raw) => {
      await attempt('factmark', 'in.json', () =>
        parseFactmarkExport(json, { fileName: 'in.json' }),
      );
      await attempt('w3c', 'w3c.json', () =>
        parseW3cAnnotations(json, text, { fileName: 'w3c.json' }),
      );
      await attempt('brat', 'doc.ann', () =>
        parseBrat(text, raw, undefined, { fileName: 'doc.ann' }),
      );
    }),
    { numRuns: share(0.1), seed: 4 },
  );
});

it('random payloads through dispatch: a result, never a throw', async () => {
  const handlers = createCoreHandlers({ libraryDir: library });
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constantFrom(...CALL_NAMES), fc.string()),
      fc.oneof(
        fc.anything(),
        fc.record({ id: fc.string(), article: fc.anything(), text: fc.string() }),
      ),
      async (name, payload) => {
        tally.inputs++;
        try {
          const result = await dispatch(handlers, name, payload);
          if (result.ok) tally.loaded++;
          else if (result.error.code !== 'internal' && result.error.message) tally.refused++;
          else tally.crashes.push(`dispatch ${name}: ${result.error.message}`);
        } catch (error) {
          tally.crashes.push(`dispatch ${name} threw: ${String(error)}`);
        }
      },
    ),
    { numRuns: share(0.15), seed: 5 },
  );
});

it('no crash and no hang in any of them', () => {
  expect(tally.crashes).toEqual([]);
  expect(tally.hangs).toEqual([]);
});
