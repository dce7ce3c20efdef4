// Where the loader worker's script is. The hosts are bundles (dist/electron/*.cjs) with the
// worker's bundle built beside them; tests and benchmarks run the TypeScript sources, so there
// the worker's entry is bundled once per process, as build-node.mjs bundles it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';

let builtFromSources: string | undefined;

export function loaderWorkerScript(): string {
  if (__filename.endsWith('.cjs')) return join(__dirname, 'loader-worker.cjs');
  return (builtFromSources ??= bundleFromSources());
}

function bundleFromSources(): string {
  // esbuild is a development dependency: required by name at run time, never bundled.
  const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild;
  const [bundle] = esbuild.buildSync({
    entryPoints: [join(__dirname, 'loader-worker.ts')],
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
  const folder = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'factmark');
  const hash = createHash('sha256').update(bundle!.contents).digest('hex').slice(0, 16);
  const file = join(folder, `loader-worker-${hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, bundle!.contents);
    renameSync(partial, file); // whole or absent for another process starting the same worker
  }
  return file;
}
