import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';

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
