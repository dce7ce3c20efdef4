// Bundles the Node side with esbuild into dist/electron/*.cjs: the main process, the browser
// mode, the CLI and the workers they start (loader-worker.cjs, suggest-worker.cjs, beside them) keep
// `electron` and the package's dependencies external (they ship in the app's node_modules); the
// preload bundles everything but `electron`, because a sandboxed preload cannot require
// node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

/** Settings every bundle shares. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

const hostEntries = ['main', 'web-host', 'cli'].filter((name) =>
  existsSync(join(root, 'electron', `${name}.ts`)),
);
/** Bundles of their own that the hosts start as worker threads. */
const workerEntries = {
  'loader-worker': join('electron', 'core', 'loaders', 'loader-worker.ts'),
  'suggest-worker': join('electron', 'cli', 'suggest-worker.ts'),
};
const external = ['electron', ...dependencies, ...dependencies.map((name) => `${name}/*`)];

await Promise.all([
  ...hostEntries.map((name) =>
    build({
      ...common,
      entryPoints: [join(root, 'electron', `${name}.ts`)],
      outfile: join(outDir, `${name}.cjs`),
      external,
    }),
  ),
  ...Object.entries(workerEntries).map(([name, entry]) =>
    build({
      ...common,
      entryPoints: [join(root, entry)],
      outfile: join(outDir, `${name}.cjs`),
      external,
    }),
  ),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
    external: ['electron'],
  }),
]);

const built = [...hostEntries, ...Object.keys(workerEntries), 'preload'];
console.log(`Built ${built.map((n) => `dist/electron/${n}.cjs`).join(', ')}`);
