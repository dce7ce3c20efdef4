// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { destroyEditors, makeEditor, positions, text } from '../../test-editor';
import { installFakeHighlights } from '../../test-highlights';
import { highlightPainter } from '../highlight-layer';
import { SUGGESTIONS_GROUP, suggestionIds, suggestionsAt } from '.';
import { diffHighlights } from './binding';
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

  it('works out what changed between two lists', () => {
    const a = { kind: 'mention' as const, id: 'a', from: 1, to: 4 };
    const b = { kind: 'mention' as const, id: 'b', from: 6, to: 9, color: '#111111' };
    const before = new Map([a, b].map((h) => [h.id, h]));
    expect(diffHighlights(before, [a, b])).toEqual({ remove: [], add: [] });
    const recoloured = { ...b, color: '#222222' };
    const c = { kind: 'claim' as const, id: 'c', from: 1, to: 9 };
    expect(diffHighlights(before, [recoloured, c])).toEqual({
      remove: ['a', 'b'],
      add: [recoloured, c],
    });
  });
});
