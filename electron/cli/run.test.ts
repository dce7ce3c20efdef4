import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactmarkExportSchema } from '../../shared/export/factmark-json';
import { EXPORT_FORMATS } from '../../shared/export/formats';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import { existsSync, readdirSync } from 'node:fs';
import { run } from './test-helpers';

const FIXTURE = resolve(__dirname, '../../shared/suggest/__fixtures__/llama4-news.txt');
const NEWS_PAGE = resolve(__dirname, '../../e2e/fixtures/news-page.html');

describe('factmark command', () => {
  const library = mkdtempSync(join(tmpdir(), 'factmark-cli-'));
  const scratch = mkdtempSync(join(tmpdir(), 'factmark-cli-files-'));
  let ids: string[] = [];

  beforeAll(async () => {
    const result = await run('import', FIXTURE, NEWS_PAGE, '--library', library);
    expect(result.err).toContain('imported 2 of 2');
    expect(result.code).toBe(0);
    ids = result.out.split('\n').map((line) => /(art_\S+)/.exec(line)![1]!);
  });

  it('lists the imported articles with their counts', async () => {
    const result = await run('list', '--library', library);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Llama 4 Resets the Bar for Open-Weight AI');
    expect(result.out.split('\n')).toHaveLength(2);
    expect(result.out).toMatch(/0 claims\t0 mentions/);
  });

  it('exports the whole library as valid Factmark JSON, and validates it', async () => {
    const out = join(scratch, 'all.json');
    const result = await run(
      'export',
      '--library',
      library,
      '--format',
      'factmark',
      '--all',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    const doc = FactmarkExportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.documents.map((d) => d.id).sort()).toEqual([...ids].sort());
    const validated = await run('validate', out);
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/valid factmark.annotations v1 \(2 documents/);
  });

  it('exports one article to standard output', async () => {
    const result = await run('export', '--library', library, '--article', ids[0]!);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).documents).toHaveLength(1);
  });

  it.each([
    [['frobnicate'], 2, /Unknown command "frobnicate"/],
    [[], 2, /Name a command/],
    [['list', '--bogus'], 2, /bogus/],
    [['export', '--library', 'X', '--format', 'pdf', '--all'], 2, /unknown format "pdf"/],
    [['export', '--library', 'X', '--all', '--article', 'art_1'], 2, /either --article/],
    [
      ['import', '/no/such/file.html', '--library', 'X'],
      1,
      /\/no\/such\/file.html: cannot be read \(ENOENT\)/,
    ],
    [['validate'], 2, /name the file/],
    // a mistyped library folder is named, not listed as an empty library
    ...['list', 'agreement', 'relations'].map((command) => [
      [command, '--library', '/no/such/library'],
      1,
      /\/no\/such\/library: no library folder there/,
    ]),
    [['export', '--all', '--library', '/no/such/library'], 1, /no library folder there/],
  ] as [string[], number, RegExp][])('%j exits %i', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('names bad fields when validating a damaged export', async () => {
    const good = await run('export', '--library', library, '--article', ids[0]!);
    const doc = JSON.parse(good.out);
    doc.version = 2;
    doc.documents[0].claims = [{ id: 'clm_x', start: 0, end: 3, quote: 'nope' }];
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const result = await run('validate', bad);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${bad}: version:`);
    expect(result.err).toContain(`${bad}: documents[0].claims[0].status:`);
  });

  it('opens a page on this computer only with --allow-local-network', async () => {
    const page = `<!doctype html><title>Intranet</title><article><h1>Intranet</h1><p>${'Team notes here. '.repeat(20)}</p></article>`;
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    });
    const own = mkdtempSync(join(tmpdir(), 'factmark-cli-local-'));
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/notes`;
    try {
      const refused = await run('import', url, '--library', own);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('this link points to your local network (127.0.0.1)');
      expect(refused.err).toContain('--allow-local-network');
      const allowed = await run('import', url, '--library', own, '--allow-local-network');
      expect(allowed.code).toBe(0);
      expect(allowed.out).toMatch(/art_\S+\tIntranet/);
    } finally {
      site.closeAllConnections();
      await new Promise((done) => site.close(done));
    }
  });

  it('refuses a binary file renamed .html, naming it, and imports nothing', async () => {
    const binary = join(scratch, 'photo.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    const result = await run('import', binary, '--library', library);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/photo\.html/);
    expect((await run('list', '--library', library)).out.split('\n')).toHaveLength(2);
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id, f.folder] as const))(
    'exports a claim as %s',
    async (format, folder) => {
      const store = openLibrary(library);
      const article = await store.get(ids[0]!);
      if (article.claims.length === 0) {
        const text = new CodePointIndex(article.text);
        const start = text.toCodePoint(article.text.indexOf('achieves 73.5% on MMLU'));
        const claim = createClaim(
          text,
          start,
          start + 'achieves 73.5% on MMLU'.length,
          new Date().toISOString(),
        );
        await store.save({ ...article, claims: [{ ...claim, status: 'supported' }] }, new Date());
      }
      const out = join(scratch, `out-${format}`);
      const result = await run(
        'export',
        '--library',
        library,
        '--format',
        format,
        '--article',
        ids[0]!,
        '--out',
        out,
      );
      expect(result.code).toBe(0);
      if (folder) {
        const files = readdirSync(out);
        expect(files).toContain('annotation.conf');
        const ann = files.find((f) => f.endsWith('.ann'))!;
        expect(readFileSync(join(out, ann), 'utf8')).toMatch(
          /^T1\tClaim \d+ \d+\tachieves 73\.5% on MMLU$/m,
        );
      } else {
        expect(existsSync(out)).toBe(true);
        expect(readFileSync(out, 'utf8')).toContain('achieves 73.5% on MMLU');
      }
    },
  );

  describe('round trips through another library', () => {
    const exportOf = async (lib: string, format: string, out: string) => {
      const result = await run(
        'export',
        '--library',
        lib,
        '--format',
        format,
        '--all',
        '--out',
        out,
      );
      expect(result.code).toBe(0);
      return out;
    };
    const withoutDate = (path: string) =>
      readFileSync(path, 'utf8').replace(/"exportedAt": "[^"]+"/, '');

    it('Factmark JSON: export → import into an empty library → export is identical', async () => {
      const first = await exportOf(library, 'factmark', join(scratch, 'rt-1.json'));
      const other = mkdtempSync(join(tmpdir(), 'factmark-cli-rt-'));
      const imported = await run('import', first, '--library', other);
      expect(imported.code).toBe(0);
      expect(imported.out).toMatch(/2 articles added/);
      const second = await exportOf(other, 'factmark', join(scratch, 'rt-2.json'));
      expect(withoutDate(second)).toBe(withoutDate(first));
      // importing the same file again changes nothing
      const again = await run('import', first, '--library', other);
      expect(again.out).toMatch(/0 articles added, 0 updated/);
    });

    it('an export saved without its extension imports as annotations, naming its format', async () => {
      const file = await exportOf(library, 'factmark', join(scratch, 'export-no-extension'));
      const other = mkdtempSync(join(tmpdir(), 'factmark-cli-noext-'));
      const imported = await run('import', file, '--library', other);
      expect(imported.code).toBe(0);
      expect(imported.out).toMatch(/merged 1 annotation file: 2 articles added/);
      expect(imported.err).toContain('export-no-extension: read as Factmark JSON');
      // The W3C export, also without extension, attaches to those articles.
      const w3c = await exportOf(library, 'w3c', join(scratch, 'w3c-no-extension'));
      const again = await run('import', w3c, '--library', other);
      expect(again.code).toBe(0);
      expect(again.err).toContain('w3c-no-extension: read as W3C Web Annotation JSON-LD');
    });

    it.each([
      ['doccano', 'doccano JSONL'],
      ['spacy', 'spaCy / doccano relations JSONL'],
      ['label-studio', 'Label Studio JSON'],
    ])(
      'a %s export without extension imports as articles, naming its format',
      async (format, name) => {
        const file = await exportOf(library, format, join(scratch, `${format}-no-extension`));
        const other = mkdtempSync(join(tmpdir(), 'factmark-cli-noext-'));
        const imported = await run('import', file, '--library', other);
        expect(imported.code).toBe(0);
        expect(imported.err).toContain(`${format}-no-extension: read as ${name}`);
        expect(imported.out).toMatch(/2 articles added/);
        expect((await run('list', '--library', other)).out).toMatch(/1 claims/);
      },
    );

    it('brat: a folder imports as articles with their claims', async () => {
      const folder = join(scratch, 'rt-brat');
      await exportOf(library, 'brat', folder);
      const other = mkdtempSync(join(tmpdir(), 'factmark-cli-brat-'));
      const imported = await run('import', folder, '--library', other);
      expect(imported.code).toBe(0);
      const listed = await run('list', '--library', other);
      expect(listed.out).toMatch(/1 claims/);
    });

    it('W3C: annotations attach to the library article they target', async () => {
      const file = await exportOf(library, 'w3c', join(scratch, 'rt.jsonld'));
      const other = mkdtempSync(join(tmpdir(), 'factmark-cli-w3c-'));
      const missing = await run('import', file, '--library', other);
      expect(missing.code).toBe(1);
      expect(missing.err).toMatch(/no article in the library for target .*nothing was imported/);
      await run('import', join(scratch, 'rt-1.json'), '--library', other);
      const imported = await run('import', file, '--library', other);
      expect(imported.code).toBe(0);
    });

    it('a damaged export imports nothing and names the bad field', async () => {
      const doc = JSON.parse(readFileSync(join(scratch, 'rt-1.json'), 'utf8'));
      doc.documents[0].claims.push({ ...doc.documents[0].claims[0], id: 'clm_bad', end: 0 });
      const bad = join(scratch, 'rt-bad.json');
      writeFileSync(bad, JSON.stringify(doc));
      const other = mkdtempSync(join(tmpdir(), 'factmark-cli-bad-'));
      const result = await run('import', bad, '--library', other);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/rt-bad\.json: documents\[0\]\.claims\[\d+\]\.end/);
      expect((await run('list', '--library', other)).out).toBe('');
    });
  });

  it('prints help', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('factmark export --format FMT');
  });
});
