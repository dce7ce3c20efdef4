import { describe, expect, it } from 'vitest';
import { createFactmarkStore } from './create-store';
import { fakeApi } from '../testing/fake-api';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const storeWith = (storage: ReturnType<typeof memoryStorage>) =>
  createFactmarkStore({ api: fakeApi(), storage });

describe('ui preferences', () => {
  it('follows the system theme until the person picks one', () => {
    const store = storeWith(memoryStorage());
    store.getState().followSystemTheme(true);
    expect(store.getState().theme).toBe('dark');
    store.getState().followSystemTheme(false);
    expect(store.getState().theme).toBe('light');
    store.getState().toggleTheme();
    expect(store.getState().theme).toBe('dark');
    store.getState().followSystemTheme(false);
    expect(store.getState().theme).toBe('dark');
  });

  it('keeps a saved theme over the system one', () => {
    const store = storeWith(memoryStorage({ 'factmark.theme': 'light' }));
    store.getState().followSystemTheme(true);
    expect(store.getState().theme).toBe('light');
  });

  it('remembers whether suggestions are shown, folded sections and pane widths', () => {
    const storage = memoryStorage();
    const first = storeWith(storage);
    expect(first.getState().suggestionsShown).toBe(false);
    first.getState().setSuggestionsShown(true);
    first.getState().toggleSection('Entities');
    first.getState().setPaneWidth('side', 9999);
    const again = storeWith(storage).getState();
    expect(again.suggestionsShown).toBe(true);
    expect(again.collapsedSections).toEqual(['Entities']);
    expect(again.paneWidths.side).toBe(640);
  });

  it('hiding suggestions leaves none current', () => {
    const store = storeWith(memoryStorage());
    store.setState({ suggestionsShown: true, currentSuggestionId: 'sm_1_2' });
    store.getState().setSuggestionsShown(false);
    expect(store.getState().currentSuggestionId).toBeNull();
  });

  it('ignores a damaged saved preference', () => {
    const storage = memoryStorage({ 'factmark.pane-widths': '{not json' });
    expect(storeWith(storage).getState().paneWidths).toEqual({ library: 264, side: 380 });
  });
});
