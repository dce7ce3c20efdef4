// The victim of the crash test: writes to a library in an endless loop through the real library
// store and prints one line per save that completed, so the parent, which kills this process
// with SIGKILL at a random moment, knows exactly which changes must have survived.
//
// Usage: FACTMARK_WRITER_LIBRARY=<folder> FACTMARK_WRITER_SEED=<n> node writer-child.cjs
// (settings come from the environment because a startup snapshot sees its arguments shifted).
// Lines: `ready`, `article <articleId>`, `claim <articleId> <claimId>`, `entity <entityId>`.
import { startupSnapshot } from 'node:v8';
import { createClaim } from '../../../shared/model/annotate';
import { newId } from '../../../shared/model/ids';
import { CodePointIndex } from '../../../shared/text/code-points';
import { openLibrary } from '../library/library-store';
import { pastedArticle } from '../test-helpers';

/** An article is closed to new claims once it has this many, so files stay small. */
const CLAIMS_PER_ARTICLE = 40;
/** One save in this many updates the entity registry instead of an article. */
const REGISTRY_EVERY = 4;

const BODY =
  'Maverick achieves 73.5% on MMLU, says Meta. Scout fits on one GPU 🦙. Behemoth is still training.';

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function report(line: string): void {
  // A pipe write of a short line is synchronous and atomic on POSIX: the parent sees it whole
  // or not at all.
  process.stdout.write(`${line}\n`);
}

async function run(folder: string, seed: number): Promise<never> {
  const library = openLibrary(folder);
  const next = random(seed);
  // Listed once: the child is the library's only writer, and listing rewrites index.json,
  // which would halve the saves a short life gets done.
  const open = (await library.list()).articles
    .filter((a) => a.claimCount < CLAIMS_PER_ARTICLE)
    .map((a) => ({ id: a.id, claims: a.claimCount }));
  report('ready');
  for (let step = 0; ; step++) {
    if (step % REGISTRY_EVERY === REGISTRY_EVERY - 1) {
      const registry = await library.getRegistry();
      const id = newId('ent');
      registry.entities.push({ id, type: 'model', name: `Model ${id}`, aliases: [], links: {} });
      await library.saveRegistry(registry, new Date());
      report(`entity ${id}`);
      continue;
    }
    if (open.length === 0) {
      const article = await library.create(
        pastedArticle(`Article ${step}`, BODY, new Date()),
        new Date(),
      );
      open.push({ id: article.id, claims: 0 });
      report(`article ${article.id}`);
      continue;
    }
    const pick = Math.floor(next() * open.length);
    const target = open[pick]!;
    const article = await library.get(target.id);
    const text = new CodePointIndex(article.text);
    const length = [...article.text].length;
    const start = Math.floor(next() * (length - 10));
    const claim = createClaim(
      text,
      start,
      start + 1 + Math.floor(next() * 9),
      new Date().toISOString(),
    );
    await library.save({ ...article, claims: [...article.claims, claim] }, new Date());
    report(`claim ${article.id} ${claim.id}`);
    if (++target.claims >= CLAIMS_PER_ARTICLE) open.splice(pick, 1);
  }
}

function main(): void {
  const folder = process.env.FACTMARK_WRITER_LIBRARY;
  const seed = process.env.FACTMARK_WRITER_SEED;
  if (!folder) {
    process.stderr.write('writer-child: set FACTMARK_WRITER_LIBRARY to a library folder\n');
    process.exit(2);
  }
  run(folder, Number(seed ?? 1)).catch((error: unknown) => {
    process.stderr.write(
      `writer-child failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}

// Loading zod takes most of a child's start; the crash test may build a V8 startup snapshot of
// this script with everything loaded (node --build-snapshot), which starts several times faster.
if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(main);
else main();
