// `factmark agreement`, and exports and imports by annotator, against a real library folder:
// two annotators' claims on one article, figures computed by hand in the comments.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../shared/model/annotations';
import { createClaim, createMention } from '../../shared/model/annotate';
import { emptyRegistry } from '../../shared/model/entities';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import { run } from './test-helpers';

const TEXT =
  'Llama 4 lands\n\nMeta released Llama 4 today. Maverick scores 73.5% on MMLU. ' +
  'Scout fits on one GPU. Behemoth is still training.';
const NOW = '2026-12-01T10:00:00.000Z';

/** A library with one article: Dana's and Lee's claims and mentions on it. */
async function teamLibrary(): Promise<{ dir: string; id: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-agree-'));
  const source = join(mkdtempSync(join(tmpdir(), 'factmark-agree-src-')), 'llama.txt');
  writeFileSync(source, TEXT);
  const imported = await run('import', source, '--library', dir);
  expect(imported.code).toBe(0);
  const id = /(art_\S+)/.exec(imported.out)![1]!;
  const library = openLibrary(dir);
  const registry = emptyRegistry();
  registry.entities.push(
    { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
    { id: 'ent_meta2', type: 'company', name: 'Meta Platforms', aliases: [], links: {} },
    { id: 'ent_mav', type: 'model', name: 'Llama 4 Maverick', aliases: [], links: {} },
  );
  registry.redirects = { ent_meta2: 'ent_meta' };
  await library.saveRegistry(registry, new Date(NOW));
  const article = await library.get(id);
  const text = new CodePointIndex(article.text);
  const at = (needle: string) => {
    const start = article.text.indexOf(needle);
    return [start, start + needle.length] as const;
  };
  const claim = (annotator: string, needle: string, status: ClaimStatus) => {
    const [start, end] = at(needle);
    return { ...createClaim(text, start, end, NOW), status, annotator };
  };
  const mention = (annotator: string, needle: string, entity: string) => {
    const [start, end] = at(needle);
    return { ...createMention(text, start, end, entity, NOW), annotator };
  };
  await library.save(
    {
      ...article,
      claims: [
        claim('Dana', 'Meta released Llama 4 today.', 'supported'),
        claim('Dana', 'Maverick scores 73.5% on MMLU.', 'refuted'),
        claim('Dana', 'Scout fits on one GPU.', 'unreviewed'),
        claim('Lee', 'Meta released Llama 4 today.', 'supported'),
        claim('Lee', 'Maverick scores 73.5% on MMLU.', 'supported'),
        claim('Lee', 'Scout fits on one GPU', 'unreviewed'),
        claim('Lee', 'Behemoth is still training.', 'refuted'),
      ],
      mentions: [
        mention('Dana', 'Meta', 'ent_meta'),
        mention('Lee', 'Meta', 'ent_meta2'),
        mention('Lee', 'Maverick', 'ent_mav'),
      ],
    },
    new Date(NOW),
  );
  return { dir, id };
}

// Claims: Dana 3, Lee 4, identical spans 2 → F1 = 4/7; the third pair overlaps by all of the
// shorter → overlap F1 = 6/7. Mentions: "Meta" matches (ent_meta2 was merged into ent_meta),
// Lee's "Maverick" does not → 1, 2, 1 → F1 = 2/3. Statuses of the matched claims:
// (supported, supported), (refuted, supported): pₒ = ½, pₑ = ½·1 + ½·0 = ½ → κ = 0; α over
// the same two units: o(s,s) = 2, o(r,s) = o(s,r) = 1 → Dₒ = ½ = Dₑ → α = 0.
const PAIR = {
  a: 'Dana',
  b: 'Lee',
  claims: { a: 3, b: 4, matched: 2, f1: 4 / 7 },
  mentions: { a: 1, b: 2, matched: 1, f1: 2 / 3 },
  statusKappa: 0,
  claimsOverlap: { a: 3, b: 4, matched: 3, f1: 6 / 7 },
};

describe('factmark agreement', () => {
  let dir = '';
  let id = '';
  beforeAll(async () => {
    ({ dir, id } = await teamLibrary());
  });

  it('prints the figures as JSON, pooled and per article', async () => {
    const result = await run('agreement', '--library', dir, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual(['annotators', 'pairs', 'statusAlpha', 'articles']);
    expect(report).toEqual({
      annotators: ['Dana', 'Lee'],
      pairs: [PAIR],
      statusAlpha: 0,
      articles: [{ articleId: id, annotators: ['Dana', 'Lee'], pairs: [PAIR], statusAlpha: 0 }],
    });
    expect(Object.keys(report.pairs[0])).toEqual([
      'a',
      'b',
      'claims',
      'mentions',
      'statusKappa',
      'claimsOverlap',
    ]);
  });

  it('prints a table for people', async () => {
    const result = await run('agreement', '--library', dir, '--article', id);
    expect(result.code).toBe(0);
    expect(result.out).toContain('annotators: Dana, Lee');
    expect(result.out).toMatch(
      /Dana – Lee\s+3\/4\/2\s+0\.571\s+0\.857\s+1\/2\/1\s+0\.667\s+0\.000/,
    );
    expect(result.out).toContain('status α (Krippendorff, nominal): 0.000');
  });

  it('names an article it cannot find', async () => {
    const result = await run('agreement', '--library', dir, '--article', 'art_missing');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/art_missing/);
  });
});

describe('export and import by annotator', () => {
  let dir = '';
  let id = '';
  let scratch = '';
  beforeAll(async () => {
    ({ dir, id } = await teamLibrary());
    scratch = mkdtempSync(join(tmpdir(), 'factmark-agree-out-'));
  });

  const exportJson = async (...extra: string[]) => {
    const result = await run('export', '--library', dir, '--article', id, ...extra);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.out);
  };

  it('exports every layer by default, each annotation attributed', async () => {
    const doc = await exportJson('--format', 'factmark');
    const [document] = doc.documents;
    expect(document.claims.map((c: { annotator: string }) => c.annotator).sort()).toEqual([
      'Dana',
      'Dana',
      'Dana',
      'Lee',
      'Lee',
      'Lee',
      'Lee',
    ]);
    expect(document.mentions.every((m: { annotator?: string }) => m.annotator)).toBe(true);
  });

  it('exports one annotator’s layer', async () => {
    const doc = await exportJson('--format', 'factmark', '--annotator', 'Lee');
    expect(doc.documents[0].claims).toHaveLength(4);
    expect(doc.documents[0].mentions).toHaveLength(2);
  });

  it('writes creators in W3C, an annotator column in CSV, one Label Studio annotation each', async () => {
    const w3c = await exportJson('--format', 'w3c');
    const creators = w3c.first.items.map((a: { creator: { name: string } }) => a.creator);
    expect(creators).toContainEqual({ type: 'Person', name: 'Dana' });
    expect(creators.every((c: unknown) => c !== undefined)).toBe(true);

    const csv = await run('export', '--library', dir, '--article', id, '--format', 'csv');
    const lines = csv.out.trim().split('\r\n');
    expect(lines[0]!.endsWith(',annotator,links')).toBe(true);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').at(-2))
        .sort(),
    ).toEqual(['Dana', 'Dana', 'Dana', 'Lee', 'Lee', 'Lee', 'Lee']);

    const tasks = await exportJson('--format', 'label-studio');
    expect(
      tasks[0].annotations.map((a: { completed_by: string; result: unknown[] }) => [
        a.completed_by,
        a.result.length,
      ]),
    ).toEqual([
      ['Dana', 4],
      ['Lee', 6],
    ]);
  });

  it('writes brat one layer at a time, and refuses everyone’s at once', async () => {
    const all = await run('export', '--library', dir, '--all', '--format', 'doccano');
    expect(all.code).toBe(1);
    expect(all.err).toMatch(/one annotator's layer per export; choose one of Dana, Lee/);
    const out = join(scratch, 'brat-lee');
    const lee = await run(
      'export',
      '--library',
      dir,
      '--all',
      '--format',
      'brat',
      '--annotator',
      'Lee',
      '--out',
      out,
    );
    expect(lee.code).toBe(0);
    const ann = readdirSync(out).find((f) => f.endsWith('.ann'))!;
    expect(readFileSync(join(out, ann), 'utf8').match(/\tClaim /g)).toHaveLength(4);
  });

  it('refuses an annotator name that is not one', async () => {
    const result = await run('export', '--library', dir, '--all', '--annotator', 'a/b');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--annotator "a\/b"/);
  });

  it('round-trips every layer through Factmark JSON into an empty library', async () => {
    const file = join(scratch, 'all.factmark.json');
    expect((await run('export', '--library', dir, '--all', '--out', file)).code).toBe(0);
    const other = mkdtempSync(join(tmpdir(), 'factmark-agree-copy-'));
    const imported = await run('import', file, '--library', other);
    expect(imported.code).toBe(0);
    const before = JSON.parse((await run('agreement', '--library', dir, '--json')).out);
    const after = JSON.parse((await run('agreement', '--library', other, '--json')).out);
    expect(after.pairs).toEqual(before.pairs);
  });

  it('round-trips creators through W3C into an article without annotations', async () => {
    const file = join(scratch, 'all.w3c.jsonld');
    expect(
      (await run('export', '--library', dir, '--all', '--format', 'w3c', '--out', file)).code,
    ).toBe(0);
    const store = openLibrary(dir);
    const article = await store.get(id);
    await store.save({ ...article, claims: [], mentions: [] }, new Date(NOW));
    expect((await run('import', file, '--library', dir)).code).toBe(0);
    const back = await store.get(id);
    expect(back.claims.map((c) => c.annotator).sort()).toEqual([
      'Dana',
      'Dana',
      'Dana',
      'Lee',
      'Lee',
      'Lee',
      'Lee',
    ]);
    expect(back.mentions.map((m) => m.annotator).sort()).toEqual(['Dana', 'Lee', 'Lee']);
  });

  it('imports into the layer --annotator names, beside the same spans of another layer', async () => {
    const file = join(scratch, 'dana.factmark.json');
    expect(
      (await run('export', '--library', dir, '--all', '--annotator', 'Dana', '--out', file)).code,
    ).toBe(0);
    const result = await run('import', file, '--library', dir, '--annotator', 'Sam');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3 claims and 1 mentions added/);
    const doc = await exportJson('--format', 'factmark', '--annotator', 'Sam');
    expect(doc.documents[0].claims).toHaveLength(3);
    // Importing the same file into Sam's layer again adds nothing.
    const again = await run('import', file, '--library', dir, '--annotator', 'Sam');
    expect(again.out).toMatch(/0 claims and 0 mentions added/);
  });
});
