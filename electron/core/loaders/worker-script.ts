// Where a worker thread's script is (the loader worker, the CLI's suggestion worker). The hosts
// are bundles (dist/electron/*.cjs) with each worker's bundle built beside them; tests and
// benchmarks run the TypeScript sources, so there the worker's entry is bundled once per process,
// as build-node.mjs bundles it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';

const builtFromSources = new Map<string, string>();

/**
 * The script of the worker bundled as `dist/electron/<name>.cjs` from `entry` (a path from the
 * repository's root, as build-node.mjs lists it).
 */
export function workerScript(name: string, entry: string): string {
  if (__filename.endsWith('.cjs')) return join(__dirname, `${name}.cjs`);
  let script = builtFromSources.get(entry);
  if (!script) {
    script = bundleFromSources(name, entry);
    builtFromSources.set(entry, script);
  }
  return script;
}

export function loaderWorkerScript(): string {
  return workerScript('loader-worker', join('electron', 'core', 'loaders', 'loader-worker.ts'));
}

const ROOT = join(__dirname, '..', '..', '..');

function bundleFromSources(name: string, entry: string): string {
  // esbuild is a development dependency: required by name at run time, never bundled.
  const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild;
  const [bundle] = esbuild.buildSync({
    entryPoints: [join(ROOT, entry)],
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  }).outputFiles;
  // Inside the project's node_modules, so the bundle finds the dependencies it leaves external;
  // named by its content, so processes running the same sources share one file.
  const folder = join(ROOT, 'node_modules', '.cache', 'factmark');
  const hash = createHash('sha256').update(bundle!.contents).digest('hex').slice(0, 16);
  const file = join(folder, `${name}-${hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, bundle!.contents);
    renameSync(partial, file); // whole or absent for another process starting the same worker
  }
  return file;
}
