// The HTML and Markdown readers (linkedom, Readability, markdown-it) load in the loader worker when a
// source of their kind is first read, never in the host's own thread: they took most of its
// start time, and what they read is untrusted.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOADERS = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Runs `script` in a fresh Node with the loaders imported; returns its last line of output. */
function inFreshNode(script: string): string {
  const program = `
    import { createRequire } from 'node:module';
    const module = await import(${JSON.stringify(LOADERS)});
    const loaders = module.loadPastedText ? module : module.default;
    const require = createRequire(${JSON.stringify(LOADERS)});
    const HEAVY = /node_modules[\\\\/](jsdom|linkedom|@mozilla[\\\\/]readability|markdown-it|pdfjs-dist)[\\\\/]/;
    const heavy = () => [...new Set(Object.keys(require.cache)
      .map((k) => HEAVY.exec(k)?.[1].replace('\\\\', '/'))
      .filter(Boolean))].sort();
    ${script}`;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', program],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim().split('\n').pop()!;
}

describe('loading the loaders', () => {
  it('loads no page reader until one is needed', () => {
    expect(inFreshNode('console.log(JSON.stringify(heavy()));')).toBe('[]');
  });

  it('reads a page without loading a reader in the host’s thread', () => {
    const script = `
      const article = await loaders.loadPastedText('<p>A copied <b>paragraph</b>.</p>');
      console.log(JSON.stringify({ text: article.blocks[1].runs[0].text, loaded: heavy() }));`;
    expect(JSON.parse(inFreshNode(script))).toEqual({ text: 'A copied ', loaded: [] });
  });
});
