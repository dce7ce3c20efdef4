import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import { run } from './test-helpers';

const V1 = [
  '# Llama 4 news',
  'Maverick achieves 73.5% on MMLU, Meta says.',
  'Maverick outperforms GPT-4o on several coding and reasoning benchmarks.',
  'Behemoth is in training with 288 billion active parameters, a source said.',
].join('\n\n');
const V2 = V1.replace('Maverick outperforms', 'Maverick clearly outperforms')
  .replace(
    'Behemoth is in training with 288 billion active parameters, a source said.',
    'Other news.',
  )
  .replace('Maverick achieves', 'A correction. Maverick achieves');

describe('factmark reload', () => {
  const library = mkdtempSync(join(tmpdir(), 'factmark-cli-reload-'));
  const scratch = mkdtempSync(join(tmpdir(), 'factmark-cli-reload-files-'));
  const v1 = join(scratch, 'llama.md');
  const v2 = join(scratch, 'llama-v2.md');
  let id = '';

  beforeAll(async () => {
    writeFileSync(v1, V1);
    writeFileSync(v2, V2);
    const imported = await run('import', v1, '--library', library);
    expect(imported.code).toBe(0);
    id = /(art_\S+)/.exec(imported.out)![1]!;
    const store = openLibrary(library);
    const article = await store.get(id);
    const text = new CodePointIndex(article.text);
    const claimOn = (quote: string) => {
      const u = article.text.indexOf(quote);
      return createClaim(text, text.toCodePoint(u), text.toCodePoint(u + quote.length), 'x');
    };
    await store.save(
      {
        ...article,
        claims: [
          claimOn('achieves 73.5% on MMLU'),
          claimOn('Maverick outperforms GPT-4o on several coding'),
          claimOn('288 billion active parameters'),
        ],
      },
      new Date(),
    );
  });

  it('asks for --from for an article read from a file, and changes nothing', async () => {
    const result = await run('reload', '--library', library, '--article', id);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${id} (Llama 4 news) was read from llama.md`);
    expect(result.err).toContain('--from FILE');
    expect((await openLibrary(library).get(id)).claims).toHaveLength(3);
  });

  it('says unchanged for the same text', async () => {
    const result = await run('reload', '--library', library, '--article', id, '--from', v1);
    expect(result.code).toBe(0);
    expect(result.out).toContain('unchanged');
  });

  it('re-anchors from the file given and prints the counts by state', async () => {
    const result = await run('reload', '--library', library, '--article', id, '--from', v2);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${id}\tLlama 4 news\t1 anchored\t1 drifted\t1 orphaned`);
    const stored = await openLibrary(library).get(id);
    expect(stored.orphans.map((o) => o.quote)).toEqual(['288 billion active parameters']);
    expect(stored.previousVersions).toHaveLength(1);
  });

  it.each([
    [['reload', '--library', 'X'], 2, /name one article/],
    [['reload', '--library', 'X', '--article', 'art_a', '--article', 'art_b'], 2, /one article/],
    [
      ['reload', '--library', 'X', '--article', 'art_a', '--from', '/no/such.md'],
      1,
      /no\/such\.md: cannot be read/,
    ],
  ])('%j exits %i', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('names an annotation export given as --from, and the command that imports it', async () => {
    const exported = join(scratch, 'claims');
    writeFileSync(exported, JSON.stringify({ format: 'factmark.annotations', articles: [] }));
    const before = readFileSync(join(library, 'articles', `${id}.json`), 'utf8');
    const result = await run('reload', '--library', library, '--article', id, '--from', exported);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'claims: this is a Factmark JSON file of annotations, not an article — `factmark import` with that file merges its annotations into the library',
    );
    expect(readFileSync(join(library, 'articles', `${id}.json`), 'utf8')).toBe(before);
  });
});
