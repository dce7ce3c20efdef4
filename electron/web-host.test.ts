// The browser mode's command line, run as a real process: web-host.ts is bundled the way
// scripts/build-node.mjs bundles it, into a scratch folder, and started with node.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcement, startWebHost } from './web-host';

const root = resolve(__dirname, '..');
let scratch: string;
let bundle: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'factmark-web-host-cli-'));
  mkdirSync(join(scratch, 'electron'));
  bundle = join(scratch, 'electron', 'web-host.cjs');
  await build({
    entryPoints: [join(__dirname, 'web-host.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Starts the bundle; once `until` holds for its stdout (or it exits), sends `signal`. */
function runHost(
  args: string[],
  env: Record<string, string> = {},
  until: (stdout: string) => boolean = () => false,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      // The bundle leaves packages external: let it find them in the checkout.
      env: { ...process.env, NODE_PATH: join(root, 'node_modules'), FACTMARK_TOKEN: '', ...env },
    });
    const run: Run = { stdout: '', stderr: '', code: null };
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      if (until(run.stdout)) child.kill(signal);
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('exit', (code) => resolvePromise({ ...run, code }));
  });
}

describe('node web-host.cjs', () => {
  it('prints exactly one line, the address with the token, and closes on SIGTERM', async () => {
    const library = join(scratch, 'library');
    const run = await runHost(
      ['--library', library, '--port', '0', '--host-only'],
      { FACTMARK_TOKEN: 'fixed-token-for-tests-0123456789abcdef' },
      (out) => out.includes('\n'),
    );
    expect(run.stdout).toMatch(
      /^Factmark browser mode: http:\/\/127\.0\.0\.1:\d+\/\?token=fixed-token-for-tests-0123456789abcdef\n$/,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('SIGTERM, closing.');
  });

  it('closes on Ctrl+C (SIGINT) as well', async () => {
    const run = await runHost(
      ['--library', join(scratch, 'library'), '--port', '0', '--host-only'],
      {},
      (out) => out.includes('\n'),
      'SIGINT',
    );
    expect(run.stdout).toMatch(/token=[A-Za-z0-9_-]{43}\n$/);
    expect(run.code).toBe(0);
  });

  it.each([
    [['--port', 'x'], /--port x: not a port number/],
    [['--colour'], /Unknown option '--colour'/],
    [['--port', '0'], /renderer[/\\]index\.html is missing: build the renderer first/],
  ])('refuses %j with a reason and exit code 2', async (args, reason) => {
    const run = await runHost(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(reason);
  });

  it('refuses a FACTMARK_TOKEN that cannot travel in a header', async () => {
    const run = await runHost(['--port', '0', '--host-only'], { FACTMARK_TOKEN: 'a b' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/FACTMARK_TOKEN: the access token may hold only/);
  });

  it('refuses a FACTMARK_TOKEN shorter than 32 characters, saying why', async () => {
    const run = await runHost(['--port', '0', '--host-only'], { FACTMARK_TOKEN: 'x' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /FACTMARK_TOKEN: the access token must be 32 to 512 characters long \(it has 1\); a short one can be guessed/,
    );
  });
});

describe('web-host.ts as a module', () => {
  it('starts nothing when imported, and offers startWebHost to tests', () => {
    expect(typeof startWebHost).toBe('function');
    expect(announcement({ url: 'http://127.0.0.1:1/?token=t' })).toBe(
      'Factmark browser mode: http://127.0.0.1:1/?token=t',
    );
  });
});
