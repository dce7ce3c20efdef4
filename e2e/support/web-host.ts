// Starts the browser-mode host (`dist/electron/web-host.cjs`) as a child process on a library
// folder, the way a user runs `npm run web`, and reads the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  libraryDir: string;
  stop(): Promise<void>;
  /** Ends the host at once with SIGKILL, as a crash would: no chance to finish anything. */
  kill(): Promise<void>;
}

const HOST_SCRIPT = resolve(__dirname, '..', '..', 'dist', 'electron', 'web-host.cjs');

export function newLibraryDir(): string {
  return mkdtempSync(join(tmpdir(), 'factmark-e2e-'));
}

export async function startHost(
  libraryDir: string = newLibraryDir(),
  /** A fixed port keeps the page's origin (and its storage) across a restart; 0 picks one. */
  port = 0,
  /** More arguments for the host (`--annotator NAME`). */
  extraArgs: readonly string[] = [],
): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [HOST_SCRIPT, '--library', libraryDir, '--port', String(port), ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // A settings folder of its own: a name remembered on this machine must not reach a test.
      env: {
        ...process.env,
        FACTMARK_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'factmark-e2e-config-')),
      },
    },
  );
  const url = await new Promise<string>((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    libraryDir,
    stop: () => stopChild(child),
    kill: () => killChild(child),
  };
}

function killChild(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGKILL');
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
