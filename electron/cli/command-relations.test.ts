// `factmark relations` against a library folder the test writes with the core library store:
// the sample article's MMLU claim linked to passages, a web page and a claim of a second
// article, one link into a third article that is not there.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedSampleArticle, reportArticle } from '../../shared/export/__fixtures__/linked';
import type { RelationView } from '../../shared/model/relation-edits';
import { openLibrary } from '../core/library/library-store';
import { run } from './test-helpers';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factmark-relations-'));
  const library = openLibrary(dir);
  const sample = linkedSampleArticle();
  // A title that tries to drive the terminal, as an article's may.
  await library.add({ ...sample, title: 'Llama 4 \u001b[31mlands' });
  // The report's passage was orphaned by a reload: the link points at the orphan.
  const report = reportArticle();
  const passage = report.evidence![0]!;
  await library.add({
    ...report,
    evidence: [],
    orphans: [
      {
        kind: 'evidence',
        id: passage.id,
        quote: passage.quote,
        prefix: passage.prefix,
        suffix: passage.suffix,
        lastStart: passage.start,
        lastEnd: passage.end,
        createdAt: passage.createdAt,
      },
    ],
  });
});

describe('factmark relations', () => {
  it('lists every link as JSON: type, both ends with their article, kind, quote and state', async () => {
    const { code, out } = await run('relations', '--library', dir, '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as RelationView[];
    expect(rows.map((r) => [r.relation.type, r.relation.id])).toEqual([
      ['supports', 'rel_local'],
      ['supports', 'rel_url'],
      ['refutes', 'rel_report'],
      ['context', 'rel_gone'],
      ['same-claim', 'rel_same'],
      ['role:subject', 'rel_role'],
    ]);
    const refutes = rows.find((r) => r.relation.id === 'rel_report')!;
    expect(refutes.from).toMatchObject({
      kind: 'claim',
      document: 'art_sample',
      annotation: 'clm_mmlu',
      quote: 'Maverick achieves 73.5% on MMLU',
      state: 'placed',
    });
    expect(refutes.to).toEqual({
      kind: 'evidence',
      document: 'art_report',
      annotation: 'evi_report',
      title: 'Benchmark report',
      quote: 'In our runs Maverick scored 69.8% on MMLU.',
      state: 'orphan',
    });
    expect(rows.find((r) => r.relation.id === 'rel_url')!.to).toEqual({
      url: 'https://bench.example/mmlu',
    });
    expect(rows.find((r) => r.relation.id === 'rel_gone')!.to).toMatchObject({ state: 'missing' });
    expect(rows.every((r) => r.relation.annotator === undefined)).toBe(true);
  });

  it('prints a table that cannot drive the terminal', async () => {
    const { code, out } = await run('relations', '--library', dir);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^type\s+from\s+to\s+kind\s+state\s+annotator$/);
    expect(lines.at(-1)).toBe('6 links');
    const refutes = lines.find((l) => l.startsWith('refutes'))!;
    expect(refutes).toMatch(
      /"Maverick achieves 73\.5% on MMLU" \(Llama 4 \\u001b\[31mlands\)\s+"In our runs Maverick scored 69\.8% on MMLU\." \(Benchmark report\)\s+evidence\s+orphan\s+–$/,
    );
    expect(lines.find((l) => l.startsWith('context'))).toMatch(
      /evi_gone \(art_elsewhere\)\s+evidence\s+missing/,
    );
    expect(out).not.toContain('\u001b');
  });

  it('with --article, lists the links that start or end in that article', async () => {
    const { out } = await run('relations', '--library', dir, '--article', 'art_report', '--json');
    expect((JSON.parse(out) as RelationView[]).map((r) => r.relation.id)).toEqual([
      'rel_report',
      'rel_same',
    ]);
  });

  it('says so for an article the library does not have, and for two --article', async () => {
    const missing = await run('relations', '--library', dir, '--article', 'art_nope');
    expect(missing).toMatchObject({
      code: 1,
      err: 'relations: no article art_nope in the library.',
    });
    const two = await run(
      'relations',
      '--library',
      dir,
      '--article',
      'art_a',
      '--article',
      'art_b',
    );
    expect(two.code).toBe(2);
  });

  it('export to brat says on standard error how many links it left out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'factmark-relations-brat-'));
    const argv = ['export', '--all', '--format', 'brat', '--library', dir, '--out', out];
    const { code, err } = await run(...argv);
    expect(code).toBe(0);
    expect(err).toContain('brat: 4 of 6 links left out (1 to a web page, 3 to other articles)');
  });
});
