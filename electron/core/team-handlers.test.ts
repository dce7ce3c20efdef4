// The team's contract calls as the hosts serve them (through `dispatch`, so payloads are parsed
// at the boundary): who is annotating, choosing a name, an article's layers, marking it done.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import type { CallResult } from '../../shared/contract/result';
import { createClaim } from '../../shared/model/annotate';
import type { Article } from '../../shared/model/article';
import { CodePointIndex } from '../../shared/text/code-points';
import { annotatorSettingsFile } from './annotator-settings';
import { createCoreHandlers, type CoreHandlers, type CoreOptions } from './handlers';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const NEWS = 'Meta released Llama 4.\n\nMaverick achieves 73.5% on MMLU, Meta says.';

let root: string;
let library: string;
let settingsPath: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-team-calls-'));
  library = join(root, 'library');
  settingsPath = join(root, 'settings.json');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function host(options: Partial<CoreOptions> = {}): CoreHandlers {
  return createCoreHandlers({ libraryDir: library, now: () => NOW, ...options });
}

async function call<T>(h: CoreHandlers, name: string, payload: unknown): Promise<CallResult<T>> {
  return (await dispatch(h, name, payload)) as CallResult<T>;
}

async function value<T>(h: CoreHandlers, name: string, payload: unknown): Promise<T> {
  const result = await call<T>(h, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function openNews(h: CoreHandlers): Promise<Article> {
  const dataBase64 = Buffer.from(NEWS, 'utf8').toString('base64');
  return value<Article>(h, 'openFile', { fileName: 'news.txt', dataBase64 });
}

/** Saves a claim on `phrase` into the article, as the host's annotator. */
async function markClaim(h: CoreHandlers, id: string, phrase: string): Promise<void> {
  const article = await value<Article>(h, 'getArticle', { id });
  const text = new CodePointIndex(article.text);
  const start = article.text.indexOf(phrase);
  const claim = createClaim(text, start, start + phrase.length, NOW.toISOString());
  await value(h, 'saveArticle', {
    article: { ...article, claims: [...article.claims, claim] },
    baseRevision: article.revision,
  });
}

describe('getAnnotator and setAnnotator', () => {
  it('has no name until one is chosen, then writes as it and remembers it', async () => {
    const settings = annotatorSettingsFile(settingsPath);
    const h = host({ settings });
    expect(await value(h, 'getAnnotator', {})).toEqual({ annotator: null, fixed: false });
    expect(await value(h, 'setAnnotator', { annotator: 'Dana' })).toEqual({ annotator: 'Dana' });
    expect(await value(h, 'getAnnotator', {})).toEqual({ annotator: 'Dana', fixed: false });
    expect(settings.read()).toBe('Dana');
    const article = await openNews(h);
    await markClaim(h, article.id, 'Maverick achieves');
    const saved = await value<Article>(h, 'getArticle', { id: article.id });
    expect(saved.claims.map((c) => c.annotator)).toEqual(['Dana']);
  });

  it.each(['', ' Dana', 'Dana/Bob', 'a\u0007b', 'x'.repeat(65), 42])(
    'refuses %j as a name at the boundary, and remembers nothing',
    async (annotator) => {
      const h = host({ settings: annotatorSettingsFile(settingsPath) });
      const result = await call(h, 'setAnnotator', { annotator });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      await expect(readFile(settingsPath, 'utf8')).rejects.toThrow(/ENOENT/);
      expect(await value(h, 'getAnnotator', {})).toEqual({ annotator: null, fixed: false });
    },
  );

  it('keeps a name given with --annotator: fixed, not changed, not written to the settings', async () => {
    const h = host({
      annotator: 'Lee',
      annotatorFixed: true,
      settings: annotatorSettingsFile(settingsPath),
    });
    expect(await value(h, 'getAnnotator', {})).toEqual({ annotator: 'Lee', fixed: true });
    const refused = await call(h, 'setAnnotator', { annotator: 'Dana' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/writes as Lee/) },
    });
    expect(await value(h, 'getAnnotator', {})).toEqual({ annotator: 'Lee', fixed: true });
    await expect(readFile(settingsPath, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe('getLayers and setLayerDone', () => {
  it('lists who annotated an article and who marked it done', async () => {
    const dana = host({ annotator: 'Dana' });
    const bob = host({ annotator: 'Bob' });
    const article = await openNews(dana);
    expect(await value(dana, 'getLayers', { id: article.id })).toEqual({ layers: [] });
    await markClaim(dana, article.id, 'Maverick achieves');
    await markClaim(bob, article.id, 'Meta released');
    expect(await value(bob, 'setLayerDone', { id: article.id, done: true })).toEqual({});
    expect(await value(dana, 'getLayers', { id: article.id })).toEqual({
      layers: [
        { annotator: 'Bob', done: NOW.toISOString() },
        { annotator: 'Dana', done: null },
      ],
    });
    await value(bob, 'setLayerDone', { id: article.id, done: false });
    const { layers } = await value<{ layers: { done: string | null }[] }>(dana, 'getLayers', {
      id: article.id,
    });
    expect(layers.map((l) => l.done)).toEqual([null, null]);
    // Done is no annotation change: Dana's next save is based on what she read.
    await markClaim(dana, article.id, '73.5%');
  });

  it.each([
    ['getLayers', { id: 'art_missing' }, 'not-found'],
    ['getLayers', { id: '../etc' }, 'invalid-input'],
    ['setLayerDone', { id: 'art_missing', done: true }, 'not-found'],
    ['setLayerDone', { id: 'art_x', done: 'yes' }, 'invalid-input'],
  ])('%s %j answers %s', async (name, payload, code) => {
    const result = await call(host({ annotator: 'Dana' }), name, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses to mark done without a name, saying how to give one', async () => {
    const dana = host({ annotator: 'Dana' });
    const article = await openNews(dana);
    await markClaim(dana, article.id, 'Maverick achieves');
    const result = await call(host(), 'setLayerDone', { id: article.id, done: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/--annotator NAME/) },
    });
  });
});

describe('listAnnotators', () => {
  it('lists everyone with a layer of the library, and the first annotator, sorted', async () => {
    const zoe = host({ annotator: 'Zoë' });
    expect(await value(zoe, 'listAnnotators', {})).toEqual({ annotators: [] });
    const article = await openNews(zoe);
    await markClaim(zoe, article.id, 'Maverick achieves');
    await markClaim(host({ annotator: 'Bob' }), article.id, 'Meta released');
    // a stray file, or a folder no annotator could be named, is nobody's layer
    await mkdir(join(library, 'layers', 'who?'), { recursive: true });
    await writeFile(join(library, 'layers', 'notes.txt'), 'hello');
    expect(await value(host(), 'listAnnotators', {})).toEqual({ annotators: ['Bob', 'Zoë'] });
  });

  it('opens, lists and saves articles with a stray file among the layer folders', async () => {
    const zoe = host({ annotator: 'Zoë' });
    const article = await openNews(zoe);
    // Finder's .DS_Store, or a note someone left there
    await mkdir(join(library, 'layers'), { recursive: true });
    await writeFile(join(library, 'layers', '.DS_Store'), 'x');
    await markClaim(zoe, article.id, 'Maverick achieves');
    await openNews(host({ annotator: 'Bob' }));
    const listed = await value<{ articles: unknown[] }>(host(), 'listLibrary', {});
    expect(listed.articles).toHaveLength(2);
    const saved = await value<Article>(host(), 'getArticle', { id: article.id });
    expect(saved.claims.map((c) => c.annotator)).toEqual(['Zoë']);
  });
});
