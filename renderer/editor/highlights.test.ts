// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { highlightIndexOf } from './extensions/annotation-highlights';
import { claim, destroyEditors, makeEditor, positions, spanOf } from './test-editor';
import { installFakeHighlights, paintedTexts } from './test-highlights';

let registry: ReturnType<typeof installFakeHighlights>;
beforeEach(() => (registry = installFakeHighlights()));
afterEach(() => {
  destroyEditors();
  vi.unstubAllGlobals();
});

describe('highlights', () => {
  it.each([
    ['after an emoji in the title', 'arrives', 0],
    ['after an emoji at a paragraph end', '😀.', 0],
    ['CJK text', '言語モデル', 0],
    ['a combining accent', 'e\u0301', 0],
    ['across marks', 'Maverick achieves 73.5% on MMLU', 0],
    ['a repeated word', 'Maverick', 2],
  ])('land on the right text: %s', (_label, quote, nth) => {
    const editor = makeEditor();
    editor.commands.setHighlights([claim('clm_a', quote, nth)]);
    expect(paintedTexts('fm-claim-*')).toEqual([quote]);
  });

  it('cover a span across blocks without the separator', () => {
    const editor = makeEditor();
    const { start } = spanOf('nested');
    const { end } = spanOf('“Open');
    editor.commands.setHighlights([
      { kind: 'claim', id: 'clm_x', ...positions.toRange(start, end) },
    ]);
    expect(paintedTexts('fm-claim-0')).toEqual(['nested', '“Open']);
  });

  it('keep nested and overlapping claims both visible, in different layers', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([
      claim('clm_outer', 'Meta said Maverick achieves 73.5%'),
      claim('clm_inner', 'Maverick achieves'),
      claim('clm_overlap', '73.5% on MMLU'),
    ]);
    expect(paintedTexts('fm-claim-0')).toEqual(['Meta said Maverick achieves 73.5%']);
    expect(paintedTexts('fm-claim-1')).toEqual(['Maverick achieves', '73.5% on MMLU']);
    // the text stays plain: no element per highlight
    expect(editor.view.dom.querySelector('mark, [data-claim-id]')).toBeNull();
  });

  it('underline mentions in their entity type’s colour', () => {
    const editor = makeEditor();
    const { start, end } = spanOf('Meta');
    editor.commands.setHighlights([
      {
        kind: 'mention',
        id: 'men_a',
        ...positions.toRange(start, end),
        entityType: 'company',
        color: '#0369a1',
      },
    ]);
    expect(paintedTexts('fm-mention-0369a1')).toEqual(['Meta']);
    expect(highlightIndexOf(editor)?.get('men_a')?.entityType).toBe('company');
  });

  it('add and remove one highlight, leaving the other blocks’ ranges as they were', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([claim('clm_a', 'Scout and'), claim('clm_b', 'MMLU')]);
    const rangesOf = () => [...registry.get('fm-claim-0')!];
    const kept = rangesOf().find((r) => r.toString() === 'Scout and');
    editor.commands.addHighlights([claim('clm_c', 'achieves')]);
    editor.commands.removeHighlights([claim('clm_b', 'MMLU')]);
    expect(paintedTexts('fm-claim-*')).toEqual(['Scout and', 'achieves']);
    expect(rangesOf()).toContain(kept); // the heading's block was not repainted
  });

  it('mark the active claim, and move the mark', () => {
    const editor = makeEditor();
    const a = claim('clm_a', 'Meta said');
    const b = claim('clm_b', 'MMLU');
    editor.commands.setHighlights([a, b], a);
    expect(paintedTexts('fm-claim-active')).toEqual(['Meta said']);
    editor.commands.setActiveHighlight(b);
    expect(paintedTexts('fm-claim-active')).toEqual(['MMLU']);
    editor.commands.setActiveHighlight(null);
    expect(paintedTexts('fm-claim-active')).toEqual([]);
  });

  it('start with the initial highlights, and take them all away when destroyed', () => {
    const editor = makeEditor(undefined, {
      initialHighlights: { highlights: [claim('clm_a', 'Meta said')], active: null },
    });
    expect(paintedTexts('fm-claim-*')).toEqual(['Meta said']);
    editor.destroy();
    expect(paintedTexts('fm-claim-*')).toEqual([]);
  });
});
