// Starts the browser-mode host on a library folder and reads the URL it prints; keeps the
// child's pid so the main-process memory can be read.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const HOST_SCRIPT = join(__dirname, '..', '..', 'dist', 'electron', 'web-host.cjs');

export interface BenchHost {
  url: string;
  /** ms from spawning the process to its URL line */
  startMs: number;
  rssMb(): number | null;
  stop(): Promise<void>;
}

export async function startBenchHost(libraryDir: string): Promise<BenchHost> {
  const started = performance.now();
  const child = spawn(process.execPath, [HOST_SCRIPT, '--library', libraryDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    startMs: performance.now() - started,
    rssMb: () => rssOf(child),
    stop: () => stop(child),
  };
}

function rssOf(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
