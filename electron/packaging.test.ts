// Packages the app with electron-builder (Linux, unpacked `dir` target) against a stand-in
// Electron, then reads the app.asar it produced: the bundles and the renderer are in it, dev
// packages are not, the security fuses are flipped, and the packaged files run. Slow (30–60 s).
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractAll, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '..');
const SLOW = 10 * 60 * 1000;

/** Temporary folders (a packaged app is tens of MB), removed after the tests. */
const scratch: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The marker @electron/fuses looks for, followed by the wire version and length. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE = { disabled: 0x30, enabled: 0x31 } as const;
/** Electron's own defaults, in wire order (RunAsNode … GrantFileProtocolExtraPrivileges). */
const STOCK_FUSES = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FUSE.enabled : FUSE.disabled));

/** A folder shaped like an unpacked Electron for Linux, whose binary only carries fuses. */
function standInElectron(): string {
  const dir = scratchDir('factmark-electron-dist-');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for packaging tests"\nexit 0\n'),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, STOCK_FUSES.length, ...STOCK_FUSES]),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  mkdirSync(join(dir, 'resources'));
  writeFileSync(join(dir, 'version'), '45.5.0');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  return dir;
}

function fuseWire(binaryPath: string): number[] {
  const binary = readFileSync(binaryPath);
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return [...binary.subarray(at + 2, at + 2 + binary[at + 1]!)];
}

async function ensureBuilt(): Promise<void> {
  const built = [join('electron', 'main.cjs'), join('renderer', 'index.html')];
  if (built.every((file) => existsSync(join(root, 'dist', file)))) return;
  await run('npm', ['run', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
}

/** Runs electron-builder; a failure carries its output, so the reason shows in the report. */
async function electronBuilder(args: string[]): Promise<void> {
  const bin = join(root, 'node_modules', '.bin', 'electron-builder');
  try {
    await run(bin, args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: 'true' },
    });
  } catch (err) {
    const failure = err as { message: string; stdout?: string; stderr?: string };
    throw new Error(
      `electron-builder could not package the app here:\n${failure.message}\n` +
        `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`.slice(-6000),
      { cause: err },
    );
  }
}

describe('electron-builder', () => {
  let unpacked: string;
  let files: string[];

  beforeAll(async () => {
    await ensureBuilt();
    const output = scratchDir('factmark-release-');
    await electronBuilder([
      '--linux',
      'dir',
      `-c.electronDist=${standInElectron()}`,
      `-c.directories.output=${output}`,
      '--publish',
      'never',
    ]);
    unpacked = join(output, 'linux-unpacked');
    files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) =>
      f.replace(/\\/g, '/'),
    );
  }, SLOW);

  it.each([
    ['/dist/electron/main.cjs'],
    ['/dist/electron/preload.cjs'],
    ['/dist/electron/web-host.cjs'],
    ['/dist/renderer/index.html'],
    ['/package.json'],
  ])('puts %s in app.asar', (file) => {
    expect(files).toContain(file);
  });

  it('puts the export format’s JSON Schema beside the app', () => {
    const schema = join(unpacked, 'resources', 'schema', 'factmark.annotations.v1.schema.json');
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toMatchObject({ $id: expect.any(String) });
  });

  it('ships every production package (the bundles leave them external)', () => {
    // The lockfile knows which packages production needs: not dev-only, and not optional
    // (such as an optional peer that only a dev tool pulls in).
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }>;
    };
    const needed = Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
      .filter(([, entry]) => !entry.devOptional && !entry.optional)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(needed.length).toBeGreaterThan(0);
    // By name: electron-builder may place a nested package elsewhere than npm does.
    const shipped = new Set(
      files.flatMap(
        (f) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(f)?.[1] ?? [],
      ),
    );
    for (const name of needed) expect(shipped, name).toContain(name);
  });

  it.each([
    ['react'],
    ['react-dom'],
    ['@tiptap'],
    ['vite'],
    ['vitest'],
    ['electron'],
    ['typescript'],
    ['zustand'],
    ['esbuild'],
    ['electron-builder'],
  ])('leaves the dev package %s out', (name) => {
    expect(files.filter((f) => f.startsWith(`/node_modules/${name}/`))).toEqual([]);
  });

  it('leaves sources, tests and source maps out', () => {
    expect(
      files.filter((f) => /\.(ts|tsx|map)$/.test(f) && !f.startsWith('/node_modules/')),
    ).toEqual([]);
    expect(files.some((f) => f.startsWith('/electron/') || f.startsWith('/renderer/'))).toBe(false);
  });

  it('names the executable factmark and flips the security fuses', () => {
    const wire = fuseWire(join(unpacked, 'factmark'));
    const { enabled: on, disabled: off } = FUSE;
    // RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only load from
    // asar, browser V8 snapshot (stock), file:// privileges.
    expect(wire).toEqual([off, on, off, off, on, on, off, off]);
  });

  it('runs from the packaged files alone: the browser mode reads an HTML page', async () => {
    const app = scratchDir('factmark-extracted-');
    extractAll(join(unpacked, 'resources', 'app.asar'), app);
    const library = scratchDir('factmark-packaged-library-');
    const child = spawn(
      process.execPath,
      [join(app, 'dist', 'electron', 'web-host.cjs'), '--library', library, '--port', '0'],
      { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolvePromise, reject) => {
        let output = '';
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          const line = /Factmark browser mode: (http:\/\/\S+)/.exec(output);
          if (line) resolvePromise(line[1]!);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.on('exit', (code) => reject(new Error(`the web host exited (${code}):\n${output}`)));
      });
      const { origin, searchParams } = new URL(url);
      const html =
        '<html><head><title>Maverick</title></head><body><article><h1>Maverick</h1>' +
        '<p>Meta says Llama 4 Maverick achieves 73.5% on MMLU, ahead of rival models.</p>' +
        '<p>The company released the weights the same day.</p></article></body></html>';
      const response = await fetch(`${origin}/api/openFile`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-factmark-token': searchParams.get('token') ?? '',
        },
        body: JSON.stringify({
          fileName: 'maverick.html',
          dataBase64: Buffer.from(html).toString('base64'),
        }),
      });
      const result = (await response.json()) as { ok: boolean; value?: { text: string } };
      expect(result).toMatchObject({ ok: true });
      expect(result.value?.text).toContain('73.5% on MMLU');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
