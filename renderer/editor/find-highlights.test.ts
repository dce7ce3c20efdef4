// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchableText } from '../../shared/corpus/searchable-text';
import { viewSurface } from './reading-surface';
import { claim, destroyEditors, index, makeEditor, positions, text } from './test-editor';
import { installFakeHighlights, paintedTexts } from './test-highlights';

beforeEach(installFakeHighlights);
afterEach(() => {
  destroyEditors();
  vi.unstubAllGlobals();
});

const reading = { text: index, positions };

describe('find highlights', () => {
  it('mark every match, the current one apart, case and accents aside, the text untouched', () => {
    const editor = makeEditor();
    const html = editor.view.dom.innerHTML;
    const matches = new SearchableText(text).find('MAVERICK');
    expect(matches).toHaveLength(3);
    viewSurface(editor, reading).showFindMatches!(matches, 1);
    expect(paintedTexts('fm-find-match')).toEqual(['Maverick', 'Maverick', 'Maverick']);
    expect(paintedTexts('fm-find-current')).toEqual(['Maverick']);
    const [current] = CSS.highlights.get('fm-find-current')! as unknown as Set<Range>;
    // the second one is the italic one
    expect(current!.startContainer.parentElement?.closest('em')).not.toBeNull();
    // CSS highlights, not decorations: ProseMirror draws nothing new
    expect(editor.view.dom.innerHTML).toBe(html);
  });

  it('land on emoji, CJK and combining accents exactly', () => {
    const editor = makeEditor();
    const surface = viewSurface(editor, reading);
    for (const [query, shown] of [
      ['🦙', '🦙'],
      ['言語モデル', '言語モデル'],
      ['E', 'e\u0301'],
    ] as const) {
      const matches = new SearchableText(text)
        .find(query)
        .filter((m) => index.slice(m.start, m.end) === shown);
      surface.showFindMatches!(matches, 0);
      expect(paintedTexts('fm-find-current').join('')).toBe(shown);
    }
  });

  it('leave the annotation highlights alone, and clear', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([claim('clm_a', 'Maverick achieves')]);
    const surface = viewSurface(editor, reading);
    surface.showFindMatches!(new SearchableText(text).find('maverick'), 0);
    expect(paintedTexts('fm-claim-*')).toEqual(['Maverick achieves']);
    surface.showFindMatches!([], -1);
    expect(paintedTexts('fm-find-match')).toEqual([]);
    expect(paintedTexts('fm-find-current')).toEqual([]);
    expect(paintedTexts('fm-claim-*')).toEqual(['Maverick achieves']);
  });
});
