import { describe, expect, it, vi } from 'vitest';
import { buildFactmarkExport } from '../../shared/export/factmark-json';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore, type FactmarkStore } from './create-store';
import { bindSuggestions } from './suggestions-binding';
import { rejectedKey, type ComputedSuggestions, type SuggestionRequest } from './suggestions-slice';
import type { PreferenceStorage } from './types';

/** Code-point span of the `nth` occurrence of `quote` in `text`. */
function at(text: string, quote: string, nth = 0): { start: number; end: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(quote, index + 1);
  if (index < 0) throw new Error(`"${quote}" is not in the text`);
  const start = [...text.slice(0, index)].length;
  return { start, end: start + [...quote].length };
}

/** A stand-in for the engine: fixed suggestions over the sample article, minus rejected ids. */
function fakeEngine(request: SuggestionRequest): ComputedSuggestions {
  const { text } = request;
  const meta = (nth: number) => ({ ...at(text, 'Meta', nth), quote: 'Meta' });
  const known = request.registry.entities.find((e) => e.name === 'Meta');
  const mentions = [
    { ...meta(0), id: '', name: 'Meta', type: 'company', gazetteerId: 'gz_meta' },
    {
      ...at(text, 'Maverick'),
      id: '',
      quote: 'Maverick',
      name: 'Llama 4 Maverick',
      type: 'model',
      gazetteerId: 'gz_llama-4-maverick',
    },
    { ...meta(1), id: '', name: 'Meta', type: 'company', gazetteerId: 'gz_meta' },
  ].map((m) => ({
    ...m,
    id: `sm_${m.start}_${m.end}`,
    source: known && m.name === 'Meta' ? ('registry' as const) : ('gazetteer' as const),
    ...(known && m.name === 'Meta' ? { entity: known.id } : {}),
  }));
  const sentence = at(text, 'Meta said Maverick achieves 73.5% on MMLU.');
  const claims = [
    {
      ...sentence,
      id: `sc_${sentence.start}_${sentence.end}`,
      quote: 'Meta said Maverick achieves 73.5% on MMLU.',
      reasons: ['percentage', 'benchmark'],
      structured: { metric: 'MMLU', value: '73.5', unit: '%' },
    },
  ];
  const rejected = new Set(request.rejected);
  const gazetteerEntries = [
    {
      id: 'gz_meta',
      type: 'company',
      name: 'Meta',
      aliases: ['Meta Platforms', 'Facebook'],
      links: { wikidata: 'Q380' },
    },
  ];
  return {
    gazetteerEntries,
    mentions: mentions.filter((m) => !rejected.has(m.id)).sort((a, b) => a.start - b.start),
    claims: claims.filter((c) => !rejected.has(c.id)),
  };
}

function memoryStorage(): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function openStore(storage = memoryStorage(), article = sampleArticle()) {
  const api = fakeApi([article]);
  const engine = vi.fn(async (request: SuggestionRequest) => fakeEngine(request));
  let tick = 0;
  const store = createFactmarkStore({
    api,
    storage,
    suggest: engine,
    now: () => `2026-04-07T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z`,
  });
  // Re-filtering waits for the next idle moment in the app; here it runs at once.
  const stop = bindSuggestions(store, (task) => task);
  await store.getState().loadEntities();
  await store.getState().openArticle(article.id);
  await vi.waitFor(() => expect(store.getState().suggestionsStatus).toBe('ready'));
  return { store, api, engine, storage, article, stop };
}

const quotes = (store: FactmarkStore) => store.getState().suggestions!.ordered.map((s) => s.quote);

describe('suggestions for the open article', () => {
  it('are computed when the article opens, in reading order, and live only in the store', async () => {
    const { store, engine } = await openStore();
    expect(engine).toHaveBeenCalledTimes(1);
    expect(engine.mock.calls[0]![0].gazetteer).toBe(true);
    expect(quotes(store)).toEqual([
      'Meta said Maverick achieves 73.5% on MMLU.', // the longer span first at the same start
      'Meta',
      'Maverick',
      'Meta',
    ]);
    const { article, registry } = store.getState();
    expect(article!.claims).toEqual([]);
    expect(article!.mentions).toEqual([]);
    const exported = JSON.stringify(
      buildFactmarkExport({
        articles: [article!],
        entities: registry.entities,
        exportedAt: 'x',
        generator: 'test',
      }),
    );
    expect(exported).not.toContain('sm_');
    expect(exported).not.toContain('sc_');
  });

  it('does not pass the gazetteer when the user turned it off', async () => {
    const { store, engine } = await openStore();
    store.setState({
      registry: { ...store.getState().registry, settings: { gazetteer: false } },
    });
    await vi.waitFor(() => expect(engine).toHaveBeenCalledTimes(2));
    expect(engine.mock.calls[1]![0].gazetteer).toBe(false);
  });
});

describe('moving through suggestions', () => {
  it.each([
    ['Tab from nothing goes to the first', [1], 0],
    ['Shift+Tab from nothing goes to the last', [-1], 3],
    ['Tab twice', [1, 1], 1],
    ['Tab wraps round at the end', [1, 1, 1, 1, 1], 0],
    ['Shift+Tab wraps round at the start', [1, -1], 3],
    ['Shift+Tab goes back', [-1, -1], 2],
  ] as const)('%s', async (_label, steps, expected) => {
    const { store } = await openStore();
    for (const step of steps) store.getState().moveToSuggestion(step);
    const { suggestions, currentSuggestionId } = store.getState();
    expect(currentSuggestionId).toBe(suggestions!.ordered[expected]!.id);
  });
});

describe('accepting', () => {
  it('a gazetteer mention creates the entity, then the mention, and moves on', async () => {
    const { store } = await openStore();
    const state = store.getState();
    const meta = state.suggestions!.ordered[1]!;
    state.setCurrentSuggestion(meta.id);
    expect(store.getState().acceptSuggestion()).toBe(true);
    const { article, registry, currentSuggestionId, suggestions } = store.getState();
    const entity = registry.entities.find((e) => e.name === 'Meta')!;
    expect(entity.type).toBe('company');
    expect(article!.mentions).toMatchObject([
      { start: meta.start, end: meta.end, quote: 'Meta', entity: entity.id },
    ]);
    expect(suggestions!.ordered.map((s) => s.id)).not.toContain(meta.id);
    // The next one down the article is current, so A can be pressed again.
    expect(suggestions!.ordered.find((s) => s.id === currentSuggestionId)?.quote).toBe('Maverick');
  });

  it('a new entity starts with the gazetteer’s aliases and links; one undo takes both back', async () => {
    const { store } = await openStore();
    store.getState().acceptSuggestion(store.getState().suggestions!.mentions[0]!.id);
    expect(store.getState().registry.entities).toMatchObject([
      {
        name: 'Meta',
        type: 'company',
        aliases: ['Meta Platforms', 'Facebook'],
        links: { wikidata: 'Q380' },
      },
    ]);
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().article!.mentions).toEqual([]);
    expect(store.getState().registry.entities).toEqual([]);
    store.getState().redo();
    expect(store.getState().article!.mentions).toHaveLength(1);
    expect(store.getState().registry.entities.map((e) => e.name)).toEqual(['Meta']);
  });

  it('a known entity is linked, not created again', async () => {
    const { store, engine } = await openStore();
    const existing = store.getState().createEntity('Meta', 'company')!;
    await vi.waitFor(() => expect(engine).toHaveBeenCalledTimes(2));
    await vi.waitFor(() =>
      expect(store.getState().suggestions!.mentions[0]!.entity).toBe(existing.id),
    );
    store.getState().acceptSuggestion(store.getState().suggestions!.mentions[0]!.id);
    expect(store.getState().registry.entities).toHaveLength(1);
    expect(store.getState().article!.mentions[0]!.entity).toBe(existing.id);
  });

  it('a claim creates it with the fields read from the text, active, as one undo step', async () => {
    const { store } = await openStore();
    const claim = store.getState().suggestions!.claims[0]!;
    store.getState().acceptSuggestion(claim.id);
    const { article, activeClaimId, undoStack } = store.getState();
    expect(article!.claims).toMatchObject([
      {
        quote: 'Meta said Maverick achieves 73.5% on MMLU.',
        structured: { metric: 'MMLU', value: '73.5', unit: '%' },
        status: 'unreviewed',
      },
    ]);
    expect(activeClaimId).toBe(article!.claims[0]!.id);
    expect(undoStack).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().article!.claims).toEqual([]);
    // Undone, the suggestion is offered again.
    expect(store.getState().suggestions!.claims.map((c) => c.id)).toEqual([claim.id]);
  });

  it('removes suggestions that overlap the accepted annotation', async () => {
    const { store } = await openStore();
    const text = store.getState().article!.text;
    // A mention marked by hand over "said Maverick" covers the Maverick suggestion.
    store
      .getState()
      .tagEntity(
        { kind: 'mention', ...at(text, 'said Maverick') },
        store.getState().createEntity('Maverick', 'model')!.id,
      );
    await vi.waitFor(() =>
      expect(quotes(store)).toEqual(['Meta said Maverick achieves 73.5% on MMLU.', 'Meta', 'Meta']),
    );
    store.getState().markClaim(at(text, 'achieves 73.5%'));
    expect(quotes(store)).toEqual(['Meta', 'Meta']);
  });

  it('all of an entity at once, as one undo step', async () => {
    const { store } = await openStore();
    const first = store.getState().suggestions!.mentions[0]!;
    expect(store.getState().acceptAllOfEntity(first.id)).toBe(2);
    const { article, registry, undoStack } = store.getState();
    const meta = registry.entities.find((e) => e.name === 'Meta')!;
    expect(article!.mentions.map((m) => [m.quote, m.entity])).toEqual([
      ['Meta', meta.id],
      ['Meta', meta.id],
    ]);
    expect(undoStack).toHaveLength(1);
    expect(quotes(store)).toEqual(['Meta said Maverick achieves 73.5% on MMLU.', 'Maverick']);
    store.getState().undo();
    expect(store.getState().article!.mentions).toEqual([]);
    expect(quotes(store)).toHaveLength(4);
  });

  it('autosaves what was accepted', async () => {
    const { store, api, article } = await openStore();
    store.getState().acceptSuggestion(store.getState().suggestions!.mentions[0]!.id);
    await store.getState().flushSaves();
    expect(api.articles.get(article.id)!.mentions.map((m) => m.quote)).toEqual(['Meta']);
    expect(api.host.registry.entities.map((e) => e.name)).toEqual(['Meta']);
  });
});

describe('rejecting', () => {
  it('hides the suggestion, moves on, and it never returns, even after a reload', async () => {
    const storage = memoryStorage();
    const { store, article, stop } = await openStore(storage);
    const maverick = store.getState().suggestions!.mentions[1]!;
    store.getState().setCurrentSuggestion(maverick.id);
    store.getState().rejectSuggestion();
    expect(quotes(store)).not.toContain('Maverick');
    expect(store.getState().currentSuggestionId).toBe(
      store.getState().suggestions!.mentions[1]!.id,
    );
    expect(JSON.parse(storage.data.get(rejectedKey(article.id))!)).toEqual([maverick.id]);
    // Registry changes ask the engine again: still gone.
    store.getState().createEntity('Meta', 'company');
    await vi.waitFor(() => expect(store.getState().suggestionsStatus).toBe('ready'));
    expect(quotes(store)).not.toContain('Maverick');
    stop();

    // A new session on the same storage (a reload of the page).
    const again = await openStore(storage, article);
    expect(again.engine.mock.calls[0]![0].rejected).toEqual([maverick.id]);
    expect(quotes(again.store)).not.toContain('Maverick');
  });

  it('is remembered per article', async () => {
    const storage = memoryStorage();
    const { store } = await openStore(storage);
    store.getState().rejectSuggestion(store.getState().suggestions!.mentions[0]!.id);
    const other = await openStore(storage, sampleArticle());
    expect(quotes(other.store)).toHaveLength(4);
  });
});
