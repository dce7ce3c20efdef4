// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { SearchableText } from '../../shared/corpus/searchable-text';
import { annotationHighlightsKey } from './extensions/annotation-highlights';
import { findHighlightsKey } from './extensions/find-highlights';
import { viewSurface } from './reading-surface';
import { claim, destroyEditors, index, makeEditor, positions, text } from './test-editor';

afterEach(destroyEditors);

const reading = { text: index, positions };

function marked(selector: string, root: HTMLElement): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

describe('find highlights', () => {
  it('mark every match, the current one apart, case and accents aside', () => {
    const editor = makeEditor();
    const matches = new SearchableText(text).find('MAVERICK');
    expect(matches).toHaveLength(3);
    viewSurface(editor.view, reading).showFindMatches!(matches, 1);
    expect(marked('.fm-find-match', editor.view.dom)).toEqual(['Maverick', 'Maverick', 'Maverick']);
    expect(marked('.fm-find-current', editor.view.dom)).toEqual(['Maverick']);
    const current = editor.view.dom.querySelector('.fm-find-current')!;
    expect(current.closest('em')).not.toBeNull(); // the second one is the italic one
  });

  it('land on emoji, CJK and combining accents exactly', () => {
    const editor = makeEditor();
    const surface = viewSurface(editor.view, reading);
    for (const [query, shown] of [
      ['🦙', '🦙'],
      ['言語モデル', '言語モデル'],
      ['E', 'e\u0301'],
    ] as const) {
      const matches = new SearchableText(text)
        .find(query)
        .filter((m) => index.slice(m.start, m.end) === shown);
      surface.showFindMatches!(matches, 0);
      expect(marked('.fm-find-current', editor.view.dom).join('')).toBe(shown);
    }
  });

  it('leave the annotation highlights alone, and clear', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([claim('clm_a', 'Maverick achieves')]);
    const before = annotationHighlightsKey.getState(editor.state);
    const surface = viewSurface(editor.view, reading);
    surface.showFindMatches!(new SearchableText(text).find('maverick'), 0);
    expect(annotationHighlightsKey.getState(editor.state)).toBe(before);
    surface.showFindMatches!([], -1);
    expect(findHighlightsKey.getState(editor.state)!.decorations.find()).toHaveLength(0);
    expect(editor.view.dom.querySelector('.fm-find-match')).toBeNull();
  });
});
