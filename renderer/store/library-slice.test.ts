import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { summarize } from '../../shared/model/article';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';
import { LIBRARY_FIRST_PAGE } from './library-slice';

describe('library', () => {
  it('lists articles and shows damaged files as errors naming the file', async () => {
    const api = fakeApi([sampleArticle()]);
    api.listLibrary.mockResolvedValueOnce({
      articles: [],
      problems: [{ file: 'art_x.json', message: 'not valid JSON; kept as art_x.json.damaged' }],
    });
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(store.getState().libraryStatus).toBe('ready');
    expect(store.getState().notices).toMatchObject([
      { kind: 'error', message: 'art_x.json: not valid JSON; kept as art_x.json.damaged' },
    ]);
  });

  it('shows the host’s message when a URL cannot be opened, and keeps the open article', async () => {
    const article = sampleArticle();
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    await store.getState().openArticle(article.id);
    api.failing.openUrl = new ContractError('network', 'https://x.test/a: HTTP 404 Not Found');
    expect(await store.getState().openUrl('https://x.test/a')).toBe(false);
    expect(store.getState().article?.id).toBe(article.id);
    expect(store.getState().notices.at(-1)?.message).toBe('https://x.test/a: HTTP 404 Not Found');
    expect(store.getState().opening).toBeNull();
  });

  it('puts a newly opened article at the top of the library', async () => {
    const api = fakeApi([sampleArticle()]);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    await store.getState().openText('Hello there', 'Greeting');
    expect(store.getState().summaries.map((s) => s.title)[0]).toBe('Greeting');
    expect(store.getState().summaries).toHaveLength(2);
  });

  it('opens an article from the library in one store update, its row on top, busy no more', async () => {
    const first = sampleArticle();
    const second = sampleArticle({ id: 'art_second', title: 'Second' });
    const api = fakeApi([first, second]);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    await store.getState().openArticle(first.id);
    const seen: Array<{ article: string | undefined; top: string | undefined; busy: boolean }> = [];
    store.subscribe((s) =>
      seen.push({ article: s.article?.id, top: s.summaries[0]?.id, busy: s.opening !== null }),
    );
    expect(await store.getState().openArticle(second.id)).toBe(true);
    // the update that starts the opening, then one that shows the article with its row on top
    expect(seen).toEqual([
      { article: first.id, top: first.id, busy: true },
      { article: second.id, top: second.id, busy: false },
    ]);
  });

  it('passes on what the host says about how it read the source', async () => {
    const api = fakeApi();
    const store = createFactmarkStore({ api });
    const odd = sampleArticle({
      notice: 'menu.html: this page looks like a list of links, not an article.',
    });
    await store.getState().openWith('menu.html', async () => odd);
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'info', message: odd.notice });
  });

  it('treats a cancelled file chooser as nothing', async () => {
    const store = createFactmarkStore({ api: fakeApi() });
    expect(await store.getState().openWith('a file', async () => null)).toBe(false);
    expect(store.getState().article).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });

  it('deletes an article, closing it if open', async () => {
    const article = sampleArticle();
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    await store.getState().openArticle(article.id);
    expect(await store.getState().deleteArticle(article.id)).toBe(true);
    expect(store.getState().article).toBeNull();
    expect(store.getState().summaries).toEqual([]);
    expect(api.articles.size).toBe(0);
  });
});

describe('entities', () => {
  it('creates an entity once per name and type', async () => {
    const store = createFactmarkStore({ api: fakeApi() });
    await store.getState().loadEntities();
    const a = store.getState().createEntity('  Meta ', 'company')!;
    const b = store.getState().createEntity('meta', 'company')!;
    const c = store.getState().createEntity('Meta', 'person')!;
    expect(a.name).toBe('Meta');
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    expect(store.getState().registry.entities).toHaveLength(2);
  });

  it('refuses changes until the registry has loaded, so a failed load cannot overwrite it', async () => {
    const api = fakeApi();
    api.failing.getEntities = new ContractError('damaged', 'entities.json: not valid JSON');
    const store = createFactmarkStore({ api });
    await store.getState().loadEntities();
    expect(store.getState().entitiesStatus).toBe('failed');
    expect(store.getState().createEntity('Meta', 'company')).toBeNull();
    expect(store.getState().notices[0]?.message).toMatch(/entities\.json: not valid JSON/);
    expect(store.getState().unsavedRegistry).toBeNull();
  });

  it('adds user types with a colour, and refuses names without letters', async () => {
    const store = createFactmarkStore({ api: fakeApi() });
    await store.getState().loadEntities();
    expect(store.getState().addEntityType('Benchmark')).toMatchObject({
      id: 'benchmark',
      label: 'Benchmark',
    });
    expect(store.getState().addEntityType('benchmark')?.id).toBe('benchmark');
    expect(store.getState().addEntityType('42')).toBeNull();
    expect(store.getState().registry.types.map((t) => t.id)).toEqual([
      'model',
      'company',
      'person',
      'benchmark',
    ]);
    expect(store.getState().createEntity('MMLU', 'benchmark')?.type).toBe('benchmark');
    expect(store.getState().createEntity('X', 'nosuchtype')).toBeNull();
  });
});

describe('theme', () => {
  it('persists the theme', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    const store = createFactmarkStore({ api: fakeApi(), storage });
    expect(store.getState().theme).toBe('light');
    store.getState().toggleTheme();
    expect(createFactmarkStore({ api: fakeApi(), storage }).getState().theme).toBe('dark');
  });
});

describe('loading a large library', () => {
  /** A library of `count` articles, newest first, whose listLibrary honours `limit`. */
  function largeLibrary(count: number) {
    const articles = Array.from({ length: count }, (_, i) =>
      sampleArticle({
        title: `Article ${i}`,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, count - i)).toISOString(),
      }),
    );
    const api = fakeApi(articles);
    const list = async ({ limit }: { limit?: number }) => {
      const all = [...api.articles.values()].map(summarize);
      return limit === undefined
        ? { articles: all, problems: [] }
        : { articles: all.slice(0, limit), problems: [], total: all.length };
    };
    api.listLibrary.mockImplementation(list);
    return { api, articles, list };
  }

  it('shows the first screen, and the whole list once asked for it', async () => {
    const { api } = largeLibrary(LIBRARY_FIRST_PAGE + 30);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(store.getState().summaries).toHaveLength(LIBRARY_FIRST_PAGE);
    expect(store.getState()).toMatchObject({
      libraryStatus: 'ready',
      libraryTotal: LIBRARY_FIRST_PAGE + 30,
      libraryComplete: false,
    });
    const [first, second] = [
      store.getState().completeLibrary(),
      store.getState().completeLibrary(),
    ];
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(api.listLibrary.mock.calls.map(([input]) => input)).toEqual([
      { limit: LIBRARY_FIRST_PAGE },
      {},
    ]);
    expect(store.getState().summaries).toHaveLength(LIBRARY_FIRST_PAGE + 30);
    expect(store.getState().libraryComplete).toBe(true);
  });

  it('keeps rows changed before the whole list came, and the rows that did not change', async () => {
    const { api, articles, list } = largeLibrary(LIBRARY_FIRST_PAGE + 5);
    const store = createFactmarkStore({ api });
    // The host lists before the changes below reach it.
    const snapshot = await list({});
    api.listLibrary.mockImplementationOnce(list).mockImplementationOnce(async () => snapshot);
    await store.getState().loadLibrary();
    const unchangedRow = store.getState().summaries[1]!;
    const deleted = articles[0]!;
    const opened = articles.at(-1)!; // beyond the first screen
    await store.getState().deleteArticle(deleted.id);
    await store.getState().openArticle(opened.id);
    await store.getState().completeLibrary();
    const { summaries } = store.getState();
    expect(summaries[0]!.id).toBe(opened.id);
    expect(summaries.some((s) => s.id === deleted.id)).toBe(false);
    expect(summaries.filter((s) => s.id === opened.id)).toHaveLength(1);
    expect(summaries).toHaveLength(LIBRARY_FIRST_PAGE + 4);
    expect(summaries.find((s) => s.id === unchangedRow.id)).toBe(unchangedRow);
  });

  it('reports each damaged file once, as soon as it is known', async () => {
    const { api, list } = largeLibrary(LIBRARY_FIRST_PAGE + 1);
    const known = { file: 'art_x.json', message: 'it is not valid JSON' };
    const later = { file: 'art_y.json', message: 'it is not valid JSON' };
    api.listLibrary.mockImplementation(async (input) => ({
      ...(await list(input)),
      problems: input.limit === undefined ? [known, later] : [known],
    }));
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'art_x.json: it is not valid JSON',
    ]);
    await store.getState().completeLibrary();
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'art_x.json: it is not valid JSON',
      'art_y.json: it is not valid JSON',
    ]);
  });

  it('keeps the first screen when the whole list fails, says so, and can try again', async () => {
    const { api, list } = largeLibrary(LIBRARY_FIRST_PAGE + 1);
    api.listLibrary.mockImplementation(async (input) => {
      if (input.limit === undefined) throw new ContractError('io', 'articles: could not be read');
      return list(input);
    });
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(await store.getState().completeLibrary()).toBe(false);
    expect(store.getState()).toMatchObject({ libraryStatus: 'ready', libraryComplete: false });
    expect(store.getState().summaries).toHaveLength(LIBRARY_FIRST_PAGE);
    expect(store.getState().notices.at(-1)?.message).toBe(
      'Could not read the whole library: articles: could not be read',
    );
    api.listLibrary.mockImplementation(list);
    expect(await store.getState().completeLibrary()).toBe(true);
    expect(store.getState().summaries).toHaveLength(LIBRARY_FIRST_PAGE + 1);
  });

  it('loaded again (after an import), keeps the rows shown and asks for the whole list only', async () => {
    const { api } = largeLibrary(3);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(store.getState().libraryComplete).toBe(true);
    api.listLibrary.mockClear();
    await store.getState().loadLibrary();
    expect(api.listLibrary.mock.calls.map(([input]) => input)).toEqual([{}]);
  });
});
