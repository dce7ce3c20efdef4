// The crash test: a child process saves to a library in a loop through the real library store
// and is killed with SIGKILL at random moments. Afterwards every library file must parse and
// every save the child reported as done before it died must be on disk.
//
// `npm run test:reliability` kills 1,000 times (FACTMARK_CRASH_KILLS); the unit run a few dozen.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseArticleFile, parseEntitiesFile } from '../library/library-files';
import { openLibrary } from '../library/library-store';

const KILLS = Number(process.env.FACTMARK_CRASH_KILLS ?? 40);
/** Children run side by side, each on its own library, to use both cores. */
const LANES = 3;
/** The longest a child lives after it is ready: long enough for several saves. */
const MAX_LIFE_MS = 60;
/**
 * Libraries live on a RAM disk where there is one. A SIGKILL leaves the kernel's page cache as
 * it is, so what survives the kill is the same as on a disk; only fsync (which guards against
 * power loss, not process death) costs nothing, so each child gets many more saves done and
 * more kills land between a temp file's write and its rename.
 */
const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const ARTICLE_FILE = /^art_[A-Za-z0-9_-]+\.json$/;

let work: string;
let snapshot: string;

beforeAll(async () => {
  work = await mkdtemp(join(SCRATCH, 'factmark-crash-'));
  const childScript = join(work, 'writer-child.cjs');
  snapshot = join(work, 'writer-child.blob');
  await build({
    entryPoints: [join(import.meta.dirname, 'writer-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  // A V8 startup snapshot with the store and zod already loaded: a child starts in a third of
  // the time, which is what makes 1,000 kills fit in a couple of minutes.
  execFileSync(process.execPath, [
    '--no-warnings',
    '--snapshot-blob',
    snapshot,
    '--build-snapshot',
    childScript,
  ]);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** What the children said they saved, per library. */
interface Saved {
  articles: Set<string>;
  claims: Map<string, string>; // claim id -> article id
  entities: Set<string>;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Starts a writer, kills it `lifeMs` after it has reported `savesFirst` saves (counted from
 * ready), and records the lines it completed. Waiting for saves rather than only for time keeps
 * the run meaningful on a slow or busy machine, where a fixed life may end before any save.
 */
function killOnce(
  folder: string,
  seed: number,
  savesFirst: number,
  lifeMs: number,
  saved: Saved,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--snapshot-blob', snapshot], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FACTMARK_WRITER_LIBRARY: folder, FACTMARK_WRITER_SEED: String(seed) },
    });
    let pending = '';
    let stderr = '';
    let killed = false;
    let savesLeft = -1; // counting starts at ready
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    const countSave = () => {
      if (savesLeft > 0 && --savesLeft === 0) setTimeout(kill, lifeMs);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!; // an unfinished line was not reported
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'ready') {
          savesLeft = savesFirst;
          if (savesFirst === 0) setTimeout(kill, lifeMs);
          continue;
        }
        if (kind === 'article') saved.articles.add(a!);
        else if (kind === 'claim') saved.claims.set(b!, a!);
        else if (kind === 'entity') saved.entities.add(a!);
        else continue;
        countSave();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited by itself (code ${code}, ${signal}): ${stderr}`));
    });
  });
}

interface Check {
  filesChecked: number;
  corrupt: string[];
  verified: number;
  lost: string[];
}

async function checkLibrary(folder: string, saved: Saved): Promise<Check> {
  const check: Check = { filesChecked: 0, corrupt: [], verified: 0, lost: [] };
  const articleIds = new Map<string, Set<string>>();
  const names = await readdir(join(folder, 'articles')).catch(() => [] as string[]);
  for (const name of names.filter((n) => ARTICLE_FILE.test(n))) {
    const id = name.slice(0, -'.json'.length);
    const parsed = parseArticleFile(await readFile(join(folder, 'articles', name), 'utf8'), id);
    check.filesChecked++;
    if (!parsed.ok) check.corrupt.push(`${name}: ${parsed.reason}`);
    else articleIds.set(id, new Set(parsed.value.claims.map((c) => c.id)));
  }
  let entityIds = new Set<string>();
  const entities = await readFile(join(folder, 'entities.json'), 'utf8').catch(() => null);
  if (entities !== null) {
    check.filesChecked++;
    const parsed = parseEntitiesFile(entities);
    if (!parsed.ok) check.corrupt.push(`entities.json: ${parsed.reason}`);
    else entityIds = new Set(parsed.value.entities.map((e) => e.id));
  }
  const index = await readFile(join(folder, 'index.json'), 'utf8').catch(() => null);
  if (index !== null) {
    check.filesChecked++;
    try {
      JSON.parse(index);
    } catch {
      check.corrupt.push('index.json: not valid JSON');
    }
  }
  const { problems } = await openLibrary(folder).list();
  check.corrupt.push(...problems.map((p) => `${p.file}: ${p.message}`));

  const expectPresent = (present: boolean, what: string) => {
    if (present) check.verified++;
    else check.lost.push(what);
  };
  for (const id of saved.articles) expectPresent(articleIds.has(id), `article ${id}`);
  for (const [claim, article] of saved.claims) {
    expectPresent(articleIds.get(article)?.has(claim) ?? false, `claim ${claim} in ${article}`);
  }
  for (const id of saved.entities) expectPresent(entityIds.has(id), `entity ${id}`);
  return check;
}

it(
  `keeps every reported save and every file whole through ${KILLS} SIGKILLs`,
  async () => {
    const next = seeded(20261126);
    const lanes = Array.from({ length: LANES }, (_, lane) => ({
      folder: join(work, `library-${lane}`),
      saved: { articles: new Set(), claims: new Map(), entities: new Set() } as Saved,
    }));
    let kills = 0;
    await Promise.all(
      lanes.map(async (lane, index) => {
        for (let i = index; i < KILLS; i += LANES) {
          const savesFirst = Math.floor(next() * 3);
          await killOnce(
            lane.folder,
            i + 1,
            savesFirst,
            Math.floor(next() * MAX_LIFE_MS),
            lane.saved,
          );
          kills++;
        }
      }),
    );
    const checks = await Promise.all(lanes.map((l) => checkLibrary(l.folder, l.saved)));
    const total = {
      kills,
      filesChecked: checks.reduce((n, c) => n + c.filesChecked, 0),
      verified: checks.reduce((n, c) => n + c.verified, 0),
      lost: checks.flatMap((c) => c.lost),
      corrupt: checks.flatMap((c) => c.corrupt),
    };
    console.log(
      `crash test: kills ${total.kills}, files checked ${total.filesChecked}, ` +
        `saved changes verified ${total.verified}, lost ${total.lost.length}, corrupt ${total.corrupt.length}`,
    );
    expect(total.kills).toBe(KILLS);
    expect(total.corrupt).toEqual([]);
    expect(total.lost).toEqual([]);
    // The run proves something only if children got saves done between kills.
    expect(total.verified).toBeGreaterThan(KILLS / 4);
  },
  // Generous: a busy machine slows every save; the test proves survival, not speed.
  Math.max(300_000, KILLS * 5_000),
);
