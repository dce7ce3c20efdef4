// `--annotator` on the command line: import into that annotator's layer, export one layer, all
// of them attributed, or the adjudicated one; a name that is not one is refused.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactmarkExportSchema } from '../../shared/export/factmark-json';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import { run } from './test-helpers';

const FIXTURE = resolve(__dirname, '../../shared/suggest/__fixtures__/llama4-news.txt');

describe('factmark --annotator', () => {
  const root = mkdtempSync(join(tmpdir(), 'factmark-cli-team-'));
  const library = join(root, 'library');
  let id = '';
  const at = '2026-12-07T12:00:00.000Z';

  /** Adds a claim on `phrase` as `annotator`, through the library store. */
  async function mark(annotator: string, phrase: string) {
    const store = openLibrary(library, { annotator });
    const article = await store.get(id);
    const text = new CodePointIndex(article.text);
    const start = text.toCodePoint(article.text.indexOf(phrase));
    const claim = createClaim(text, start, start + [...phrase].length, at);
    await store.save({ ...article, claims: [...article.claims, claim] }, new Date(at));
  }

  const exported = async (...args: string[]) => {
    const result = await run('export', '--library', library, '--article', id, ...args);
    expect(result.code, result.err).toBe(0);
    return result.out;
  };
  const claimsBy = (json: string) =>
    FactmarkExportSchema.parse(JSON.parse(json))
      .documents[0]!.claims.map((c) => `${c.annotator}: ${c.quote}`)
      .sort();

  beforeAll(async () => {
    const imported = await run('import', FIXTURE, '--annotator', 'Dana', '--library', library);
    expect(imported.code).toBe(0);
    id = /(art_\S+)/.exec(imported.out)![1]!;
    await mark('Dana', 'Llama 4');
    await mark('Lee', 'Maverick');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('exports every layer attributed by default and with `all`', async () => {
    const all = claimsBy(await exported('--format', 'factmark'));
    expect(all).toEqual(['Dana: Llama 4', 'Lee: Maverick']);
    expect(claimsBy(await exported('--format', 'factmark', '--annotator', 'all'))).toEqual(all);
    const csv = (await exported('--format', 'csv')).split(/\r?\n/);
    // The annotator column, then the links column (empty here: no links).
    expect(csv[0]).toMatch(/,annotator,links$/);
    expect(csv.filter((l) => l.endsWith(',Lee,'))).toHaveLength(1);
  });

  it('exports one annotator’s layer, and the adjudicated one', async () => {
    expect(claimsBy(await exported('--format', 'factmark', '--annotator', 'Lee'))).toEqual([
      'Lee: Maverick',
    ]);
    expect(claimsBy(await exported('--format', 'factmark', '--annotator', 'adjudicated'))).toEqual(
      [],
    );
    // brat has no field for the author: one layer works, all of them is refused, naming them
    const brat = join(root, 'brat');
    await exported('--format', 'brat', '--annotator', 'Dana', '--out', brat);
    const ann = readdirSync(brat).find((f) => f.endsWith('.ann'))!;
    expect(readFileSync(join(brat, ann), 'utf8')).toContain('Llama 4');
    expect(readFileSync(join(brat, ann), 'utf8')).not.toContain('Maverick');
    const refused = await run(
      'export',
      ...['--library', library, '--article', id, '--format', 'brat', '--out', join(root, 'b2')],
    );
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/Dana/);
    expect(refused.err).toMatch(/Lee/);
  });

  it('imports annotations into the named layer, beside the one they came from, once', async () => {
    const file = join(root, 'dana.json');
    await exported('--format', 'factmark', '--annotator', 'Dana', '--out', file);
    const first = await run('import', file, '--annotator', 'Kim', '--library', library);
    expect(first.code).toBe(0);
    expect(existsSync(join(library, 'layers', 'Kim', `${id}.json`))).toBe(true);
    const kims = JSON.parse(readFileSync(join(library, 'layers', 'Kim', `${id}.json`), 'utf8'));
    expect(kims.claims.map((c: { quote: string }) => c.quote)).toEqual(['Llama 4']);
    await run('import', file, '--annotator', 'Kim', '--library', library);
    expect(claimsBy(await exported('--format', 'factmark'))).toEqual([
      'Dana: Llama 4',
      'Kim: Llama 4',
      'Lee: Maverick',
    ]);
    // Dana's own layer is as she left it
    expect(claimsBy(await exported('--format', 'factmark', '--annotator', 'Dana'))).toEqual([
      'Dana: Llama 4',
    ]);
  });

  it.each(['a/b', ' Dana', ''])('refuses %j as a name, changing nothing', async (name) => {
    const before = claimsBy(await exported('--format', 'factmark'));
    const listed = (await run('list', '--library', library)).out;
    const result = await run('import', FIXTURE, '--annotator', name, '--library', library);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/--annotator/);
    expect(claimsBy(await exported('--format', 'factmark'))).toEqual(before);
    expect((await run('list', '--library', library)).out).toBe(listed);
  });
});
