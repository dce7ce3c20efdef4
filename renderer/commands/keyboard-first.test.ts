// @vitest-environment jsdom
// The keys of the keyboard-first work: suggestion keys and where they apply, number keys for
// entity types, and the lists the palette and the `?` overlay are built from.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostClient } from '../api';
import type { ReadingSurface } from '../editor/reading-surface';
import { spanOf, storeWithArticle } from '../store/test-helpers';
import type { Span } from '../store/types';
import { COMMANDS } from './registry';
import { filterEntries, paletteEntries, shortcutSections } from './shortcut-list';
import { commandForKey, installShortcuts } from './shortcuts';
import { typeForKey } from './type-keys';
import { COMMAND_NAMES, describeKey, type CommandContext } from './types';

afterEach(() => {
  document.body.innerHTML = '';
});

function place(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

const ARTICLE =
  '<section aria-label="Article"><div class="fm-reading-text" role="document" tabindex="0"><p id="t">text</p></div><button id="b">x</button></section><button id="toolbar">Open</button>';

const press = (key: string, on: Element, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  target: on,
  ...extra,
});

describe('suggestion keys', () => {
  it.each([
    ['Tab in the article', 'Tab', '#t', {}, 'next-suggestion'],
    ['Shift+Tab in the article', 'Tab', '#t', { shiftKey: true }, 'previous-suggestion'],
    ['Enter in the article', 'Enter', '#t', {}, 'accept-suggestion'],
    ['Delete in the article', 'Delete', '#t', {}, 'reject-suggestion'],
    ['A', 'a', '#t', {}, 'accept-suggestion'],
    ['X', 'x', '#t', {}, 'reject-suggestion'],
    ['Shift+A', 'A', '#t', { shiftKey: true }, 'accept-all-of-entity'],
    ['Ctrl+K', 'k', '#t', { ctrlKey: true }, 'command-palette'],
    ['? (typed with Shift)', '?', '#t', { shiftKey: true }, 'show-shortcuts'],
    ['? (a layout without Shift)', '?', '#t', {}, 'show-shortcuts'],
    ['Tab on a toolbar button moves focus', 'Tab', '#toolbar', {}, null],
    ['Enter on a toolbar button presses it', 'Enter', '#toolbar', {}, null],
    ['Enter on a button in the article presses it', 'Enter', '#b', {}, null],
    ['Tab with nothing focused', 'Tab', 'body', {}, 'next-suggestion'],
  ] as const)('%s', (_label, key, selector, extra, expected) => {
    const target = place(ARTICLE, selector);
    expect(commandForKey(press(key, target, extra), false)).toBe(expected);
  });

  it('lets Tab move focus when there is no suggestion to move to', async () => {
    const { store, api } = await storeWithArticle();
    const host = { api, mode: 'browser', onMenuCommand: () => () => {} } as unknown as HostClient;
    const stop = installShortcuts({ store, host, surface: { current: null } });
    const target = place(ARTICLE, '#t');
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    target.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    stop();
  });
});

function surfaceSelecting(span: Span | null): ReadingSurface {
  return {
    readSelection: () => span,
    reveal: vi.fn(),
    clearSelection: vi.fn(),
  } as unknown as ReadingSurface;
}

async function context(): Promise<CommandContext & { select(span: Span | null): void }> {
  const { store, api } = await storeWithArticle();
  const surface = { current: surfaceSelecting(null) };
  const host = { api, mode: 'browser', onMenuCommand: () => () => {} } as unknown as HostClient;
  return { store, host, surface, select: (span) => (surface.current = surfaceSelecting(span)) };
}

function keydown(key: string, on: Element = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  on.dispatchEvent(event);
  return event;
}

describe('number keys for entity types', () => {
  it('finds a type by its key', async () => {
    const { store } = await storeWithArticle();
    const types = store.getState().registry.types;
    expect(typeForKey('1', types)?.id).toBe('model');
    expect(typeForKey('2', types)?.id).toBe('company');
    expect(typeForKey('3', types)?.id).toBe('person');
    expect(typeForKey('9', types)).toBeNull();
    const withUserType = [
      ...types,
      { id: 'benchmark', label: 'Benchmark', color: '#123456', shortcut: 'B' },
    ];
    expect(typeForKey('b', withUserType)?.id).toBe('benchmark');
  });

  it('open `Tag entity` with the type chosen and the selected text as the name', async () => {
    const ctx = await context();
    const stop = installShortcuts(ctx);
    const span = spanOf(ctx.store, 'Meta');
    ctx.select(span);
    expect(keydown('2').defaultPrevented).toBe(true);
    expect(ctx.store.getState().dialog).toEqual({
      kind: 'tag-entity',
      target: { kind: 'mention', ...span },
      prefill: 'Meta',
      type: 'company',
    });
    stop();
  });

  it('tag at once when the text names exactly one entity of that type', async () => {
    const ctx = await context();
    const meta = ctx.store.getState().createEntity('Meta', 'company')!;
    ctx.store.getState().createEntity('Meta', 'person'); // another type: not a rival
    const stop = installShortcuts(ctx);
    ctx.select(spanOf(ctx.store, 'Meta'));
    keydown('2');
    expect(ctx.store.getState().dialog).toBeNull();
    expect(ctx.store.getState().article!.mentions).toMatchObject([
      { quote: 'Meta', entity: meta.id },
    ]);
    expect(ctx.surface.current!.clearSelection).toHaveBeenCalled();
    stop();
  });

  it('do nothing without a selection, so the key is not swallowed', async () => {
    const ctx = await context();
    const stop = installShortcuts(ctx);
    expect(keydown('1').defaultPrevented).toBe(false);
    expect(ctx.store.getState().dialog).toBeNull();
    stop();
  });

  it.each([
    ['an input', '<input id="t">'],
    ['a select', '<select id="t"><option>a</option></select>'],
    ['a dialog', '<div role="dialog"><button id="t">x</button></div>'],
  ])('are ignored in %s', async (_label, html) => {
    const ctx = await context();
    const stop = installShortcuts(ctx);
    ctx.select(spanOf(ctx.store, 'Meta'));
    const target = place(html, '#t');
    expect(keydown('1', target).defaultPrevented).toBe(false);
    expect(ctx.store.getState().dialog).toBeNull();
    expect(ctx.store.getState().article!.mentions).toEqual([]);
    stop();
  });

  it('are ignored while a dialog is open', async () => {
    const ctx = await context();
    const stop = installShortcuts(ctx);
    ctx.store.getState().openDialog({ kind: 'shortcuts' });
    ctx.select(spanOf(ctx.store, 'Meta'));
    keydown('1');
    expect(ctx.store.getState().dialog).toEqual({ kind: 'shortcuts' });
    stop();
  });
});

describe('the command palette', () => {
  it('lists every command, with its keys and whether it can run now', async () => {
    const { store } = await storeWithArticle();
    const entries = paletteEntries(store.getState(), false);
    expect(entries.map((e) => e.name)).toEqual([...COMMAND_NAMES]);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('command-palette')!.keys).toEqual(['Ctrl+K']);
    expect(byName.get('mark-claim')).toMatchObject({
      label: 'Mark claim',
      keys: ['C'],
      enabled: true,
    });
    expect(byName.get('undo')!.enabled).toBe(false); // nothing to undo yet
    expect(byName.get('accept-suggestion')!.enabled).toBe(false); // no suggestion is current
  });

  it.each([
    ['', [...COMMAND_NAMES]],
    ['claim MARK', ['mark-claim']],
    ['suggestion accept', ['accept-suggestion']],
    ['nothing like this', []],
  ])('filters by “%s”: every word, any case', async (query, expected) => {
    const { store } = await storeWithArticle();
    const names = filterEntries(paletteEntries(store.getState(), false), query).map((e) => e.name);
    expect(names).toEqual(expected);
  });

  it('keeps every command whose label has the words, and only those', async () => {
    const { store } = await storeWithArticle();
    const found = filterEntries(paletteEntries(store.getState(), false), 'Suggestion');
    expect(found.map((e) => e.name)).toEqual(
      expect.arrayContaining(['next-suggestion', 'previous-suggestion', 'reject-suggestion']),
    );
    expect(found.every((e) => /suggestion/i.test(e.label))).toBe(true);
  });
});

describe('the `Keyboard shortcuts` overlay', () => {
  it('lists every key of every command, the suggestion keys and the type keys', async () => {
    const { store } = await storeWithArticle();
    const sections = shortcutSections(store.getState().registry.types, false);
    const rows = sections.flatMap((s) => s.rows);
    for (const name of COMMAND_NAMES) {
      const command = COMMANDS[name];
      if (command.keys.length === 0) continue;
      expect(rows).toContainEqual({
        action: command.label,
        keys: command.keys.map((k) => describeKey(k, false).label),
      });
    }
    expect(sections.map((s) => s.title)).toEqual([
      'Commands',
      'Suggestions',
      'Selecting text with the keyboard (F7)',
      'Entity types (with text selected)',
    ]);
    expect(sections[1]!.rows.map((r) => r.keys.join(' or '))).toEqual([
      'Tab',
      'Shift+Tab',
      'A or Enter',
      'X or Delete',
      'Shift+A',
    ]);
    expect(sections[2]!.rows.map((r) => `${r.action}: ${r.keys.join(' or ')}`)).toEqual([
      'Move the caret by a character: ← or →',
      'Move by a word: Ctrl+← or Ctrl+→',
      'Move by a line: ↑ or ↓',
      'Move by a sentence: Ctrl+↑ or Ctrl+↓',
      'Move to the line’s start or end: Home or End',
      'Move to the article’s start or end: Ctrl+Home or Ctrl+End',
      'Select while moving (with any of these): Shift',
      'Leave: Escape or F7',
    ]);
    expect(sections[3]!.rows).toEqual([
      { action: 'Tag as Model', keys: ['1'] },
      { action: 'Tag as Company', keys: ['2'] },
      { action: 'Tag as Person', keys: ['3'] },
    ]);
  });

  it('writes keys the Mac way on a Mac', () => {
    const rows = shortcutSections([], true).flatMap((s) => s.rows);
    expect(rows.find((r) => r.action === 'Command palette')!.keys).toEqual(['⌘K']);
    expect(rows.find((r) => r.action === 'Move by a word')!.keys).toEqual(['⌥←', '⌥→']);
    expect(rows.find((r) => r.action === 'Move to the article’s start or end')!.keys).toEqual([
      '⌘↑',
      '⌘↓',
      '⌥Home',
      '⌥End',
    ]);
  });
});
