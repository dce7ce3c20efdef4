// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { destroyEditors, makeEditor, positions, text } from '../../test-editor';
import { installFakeHighlights } from '../../test-highlights';
import { highlightPainter } from '../highlight-layer';
import { SUGGESTIONS_GROUP, suggestionIds, suggestionsAt } from '.';
import { placeSuggestions, type AnySuggestion } from './binding';
import { suggestionColourRules, suggestionNames, suggestionPriority } from './suggestion-state';

/** What the painter shows of the suggestions, with the names of each. */
const shown = (editor: Editor) =>
  highlightPainter(editor).group(SUGGESTIONS_GROUP, suggestionPriority).shown();

function range(quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return positions.toRange(start, start + [...quote].length);
}

beforeEach(installFakeHighlights);
afterEach(() => {
  destroyEditors();
  vi.unstubAllGlobals();
});

describe('suggestion-highlights', () => {
  it('paints suggestions under their own names, the current one marked, the text untouched', () => {
    const editor = makeEditor();
    const html = editor.view.dom.innerHTML;
    editor.commands.updateSuggestions(
      [],
      [
        { kind: 'mention', id: 'sm_1', ...range('Meta'), color: '#0369A1' },
        { kind: 'claim', id: 'sc_1', ...range('Meta said') },
      ],
      'sm_1',
    );
    expect(shown(editor).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'sc_1', names: ['fm-suggestion-claim'] },
      { id: 'sm_1', names: ['fm-suggestion-mention-0369a1', 'fm-suggestion-current'] },
    ]);
    // No element is added to the article: its text nodes stay whole.
    expect(editor.view.dom.innerHTML).toBe(html);
  });

  it('moves the mark, and adds and removes only what changed', () => {
    const editor = makeEditor();
    const meta = { kind: 'mention' as const, id: 'sm_1', ...range('Meta') };
    const mmlu = { kind: 'mention' as const, id: 'sm_2', ...range('MMLU') };
    editor.commands.updateSuggestions([], [meta, mmlu], 'sm_1');
    editor.commands.setCurrentSuggestion('sm_2');
    expect(shown(editor)).toContainEqual({
      id: 'sm_2',
      names: ['fm-suggestion-mention', 'fm-suggestion-current'],
    });
    const said = { kind: 'claim' as const, id: 'sc_1', ...range('said') };
    editor.commands.updateSuggestions(['sm_2'], [said], 'sc_1');
    expect(suggestionIds(editor).sort()).toEqual(['sc_1', 'sm_1']);
    expect(shown(editor).filter((s) => s.names.includes('fm-suggestion-current'))).toEqual([
      { id: 'sc_1', names: ['fm-suggestion-claim', 'fm-suggestion-current'] },
    ]);
    // What covers a position, innermost first (a click picks that one).
    expect(suggestionsAt(editor, range('said').from).map((s) => s.id)).toEqual(['sc_1']);
    expect(highlightPainter(editor).elementAt(meta.from)?.textContent).toContain('Meta said');
    editor.commands.updateSuggestions(suggestionIds(editor), [], null);
    expect(suggestionIds(editor)).toEqual([]);
    expect(shown(editor)).toEqual([]);
  });

  it('names and styles a suggestion by kind and colour', () => {
    const claim = { kind: 'claim' as const, id: 'c', from: 1, to: 2 };
    expect(suggestionNames(claim, false)).toEqual(['fm-suggestion-claim']);
    expect(suggestionNames({ ...claim, kind: 'mention', color: 'red' }, false)).toEqual([
      'fm-suggestion-mention',
    ]);
    expect(suggestionColourRules('fm-suggestion-mention-7c3aed', '#7c3aed')[0]).toContain(
      'underline dashed 2px #7c3aed',
    );
  });

  it('works out what changed between two lists, placing only new or moved suggestions', () => {
    const mention = (id: string, start: number, end: number, type = 'model') =>
      ({ kind: 'mention', id, start, end, type, name: id }) as unknown as AnySuggestion;
    const claimAt = (id: string, start: number, end: number) =>
      ({ kind: 'claim', id, start, end }) as unknown as AnySuggestion;
    let placedCount = 0;
    const toRange = (start: number, end: number) => (
      placedCount++,
      { from: start + 1, to: end + 1 }
    );
    const colours: Record<string, string> = { model: '#111111', company: '#222222' };
    const colourOf = (type: string) => colours[type];
    const first = placeSuggestions(
      [mention('a', 0, 3), claimAt('c', 0, 9)],
      toRange,
      colourOf,
      new Map(),
    );
    expect(first.add.map((h) => h.id)).toEqual(['a', 'c']);
    expect(first.remove).toEqual([]);
    expect(first.add[0]).toEqual({ kind: 'mention', id: 'a', from: 1, to: 4, color: '#111111' });
    placedCount = 0;
    const same = placeSuggestions(
      [mention('a', 0, 3), claimAt('c', 0, 9)],
      toRange,
      colourOf,
      first.placed,
    );
    expect(same).toMatchObject({ add: [], remove: [] });
    expect(placedCount).toBe(0);
    const next = placeSuggestions(
      [mention('a', 0, 3, 'company'), mention('b', 5, 8)],
      toRange,
      colourOf,
      same.placed,
    );
    expect(next.add.map((h) => [h.id, h.color])).toEqual([
      ['a', '#222222'],
      ['b', '#111111'],
    ]);
    expect(next.remove).toEqual(['c']);
    expect(placedCount).toBe(2);
  });
});
