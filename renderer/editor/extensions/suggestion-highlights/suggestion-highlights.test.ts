// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { destroyEditors, makeEditor, positions, text } from '../../test-editor';
import { suggestionHighlightsKey } from '.';
import { diffHighlights } from './binding';

function range(quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return positions.toRange(start, start + [...quote].length);
}

afterEach(destroyEditors);

const shown = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>('[data-suggestion-id]')].map((el) => ({
    id: el.dataset.suggestionId,
    text: el.textContent,
    className: el.className,
  }));

describe('suggestion-highlights', () => {
  it('draws suggestions apart from annotations, ringing the current one', () => {
    const editor = makeEditor();
    editor.commands.setSuggestionHighlights(
      [
        { kind: 'mention', id: 'sm_1', ...range('Meta'), color: '#0369a1' },
        { kind: 'claim', id: 'sc_1', ...range('Meta said') },
      ],
      'sm_1',
    );
    const elements = shown(editor.view.dom);
    expect(elements).toContainEqual({
      id: 'sm_1',
      text: 'Meta',
      className: 'fm-suggestion fm-suggestion-mention fm-suggestion-current',
    });
    expect(
      elements.some((e) => e.id === 'sc_1' && e.className === 'fm-suggestion fm-suggestion-claim'),
    ).toBe(true);
    const meta = editor.view.dom.querySelector<HTMLElement>('[data-suggestion-id="sm_1"]')!;
    expect(meta.style.getPropertyValue('--fm-suggestion-color')).toBe('#0369a1');
    // Nothing of it is an annotation highlight.
    expect(
      editor.view.dom.querySelector(
        '[data-suggestion-id].fm-claim, [data-suggestion-id].fm-mention',
      ),
    ).toBeNull();
  });

  it('moves the ring to another suggestion, keeping the rest', () => {
    const editor = makeEditor();
    const suggestions = [
      { kind: 'mention' as const, id: 'sm_1', ...range('Meta') },
      { kind: 'mention' as const, id: 'sm_2', ...range('MMLU') },
    ];
    editor.commands.setSuggestionHighlights(suggestions, 'sm_1');
    editor.commands.setCurrentSuggestionHighlight('sm_2');
    const current = [...editor.view.dom.querySelectorAll<HTMLElement>('.fm-suggestion-current')];
    expect(current.map((el) => el.dataset.suggestionId)).toEqual(['sm_2']);
    expect(suggestionHighlightsKey.getState(editor.state)!.current).toBe('sm_2');
    editor.commands.setCurrentSuggestionHighlight(null);
    expect(editor.view.dom.querySelector('.fm-suggestion-current')).toBeNull();
    expect(editor.view.dom.querySelectorAll('[data-suggestion-id]')).toHaveLength(2);
  });

  it('redraws only the suggestions that changed, so a selection elsewhere survives', () => {
    const editor = makeEditor();
    const meta = { kind: 'mention' as const, id: 'sm_1', ...range('Meta') };
    const mmlu = { kind: 'mention' as const, id: 'sm_2', ...range('MMLU') };
    editor.commands.updateSuggestionHighlights([], [meta, mmlu], null);
    const metaElement = editor.view.dom.querySelector('[data-suggestion-id="sm_1"]');
    const said = { kind: 'claim' as const, id: 'sc_1', ...range('said') };
    editor.commands.updateSuggestionHighlights(['sm_2'], [said], 'sc_1');
    expect(editor.view.dom.querySelector('[data-suggestion-id="sm_1"]')).toBe(metaElement);
    expect(
      shown(editor.view.dom)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['sc_1', 'sm_1']);
    expect(editor.view.dom.querySelector('.fm-suggestion-current')?.textContent).toBe('said');
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

  it('clears every suggestion', () => {
    const editor = makeEditor();
    editor.commands.setSuggestionHighlights(
      [{ kind: 'claim', id: 'sc_1', ...range('Meta said') }],
      null,
    );
    editor.commands.setSuggestionHighlights([], null);
    expect(editor.view.dom.querySelector('[data-suggestion-id]')).toBeNull();
  });
});
