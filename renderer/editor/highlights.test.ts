// @vitest-environment jsdom
import { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationHighlightsKey } from './extensions/annotation-highlights';
import {
  blocks,
  claim,
  destroyEditors,
  highlighted,
  innermost,
  makeEditor,
  positions,
  spanOf,
} from './test-editor';

afterEach(destroyEditors);

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
    expect(highlighted(editor, 'clm_a').replace(/\|/g, '')).toBe(quote);
  });

  it('cover a span across blocks without the separator', () => {
    const editor = makeEditor();
    const { start } = spanOf('nested');
    const { end } = spanOf('“Open');
    editor.commands.setHighlights([
      { kind: 'claim', id: 'clm_x', ...positions.toRange(start, end) },
    ]);
    expect(highlighted(editor, 'clm_x')).toBe('nested|“Open');
  });

  it('keep nested and overlapping claims both visible', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([
      claim('clm_outer', 'Meta said Maverick achieves 73.5%'),
      claim('clm_inner', 'Maverick achieves'),
      claim('clm_overlap', '73.5% on MMLU'),
    ]);
    expect(highlighted(editor, 'clm_outer').replace(/\|/g, '')).toBe(
      'Meta said Maverick achieves 73.5%',
    );
    expect(highlighted(editor, 'clm_inner').replace(/\|/g, '')).toBe('Maverick achieves');
    expect(highlighted(editor, 'clm_overlap').replace(/\|/g, '')).toBe('73.5% on MMLU');
    // "Maverick" sits inside two claim elements
    const claimsAround = new Set<string>();
    for (
      let el: Element | null = innermost(editor, 'em');
      el && el !== editor.view.dom;
      el = el.parentElement
    ) {
      const id = el.getAttribute('data-claim-id');
      if (id) claimsAround.add(id);
    }
    expect(claimsAround).toEqual(new Set(['clm_outer', 'clm_inner']));
  });

  it('colour mentions by entity type', () => {
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
    const mention = editor.view.dom.querySelector('[data-mention-id="men_a"]') as HTMLElement;
    expect(mention.textContent).toBe('Meta');
    expect(mention.getAttribute('data-entity-type')).toBe('company');
    expect(mention.style.getPropertyValue('--fm-mention-color')).toBe('#0369a1');
  });

  it('add and remove one decoration without rebuilding the set', () => {
    const editor = makeEditor();
    editor.commands.setHighlights([claim('clm_a', 'Meta said'), claim('clm_b', 'MMLU')]);
    const specOf = (id: string) =>
      annotationHighlightsKey
        .getState(editor.state)!
        .decorations.find(undefined, undefined, (spec: { id: string }) => spec.id === id)[0]?.spec;
    const kept = specOf('clm_a');
    const create = vi.spyOn(DecorationSet, 'create');
    editor.commands.addHighlights([claim('clm_c', 'achieves')]);
    editor.commands.removeHighlights([claim('clm_b', 'MMLU')]);
    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
    const set = annotationHighlightsKey.getState(editor.state)!.decorations;
    expect(
      set
        .find()
        .map((d) => (d.spec as { id: string }).id)
        .sort(),
    ).toEqual(['clm_a', 'clm_c']);
    expect(specOf('clm_a')).toBe(kept);
    expect(highlighted(editor, 'clm_c')).toBe('achieves');
    expect(highlighted(editor, 'clm_b')).toBe('');
  });

  it('mark the active claim, and move the mark', () => {
    const editor = makeEditor();
    const a = claim('clm_a', 'Meta said');
    const b = claim('clm_b', 'MMLU');
    editor.commands.setHighlights([a, b], a);
    const activeIds = () =>
      [...editor.view.dom.querySelectorAll('.fm-claim-active')].map((e) =>
        e.getAttribute('data-claim-id'),
      );
    expect(activeIds()).toEqual(['clm_a']);
    editor.commands.setActiveHighlight(b);
    expect(activeIds()).toEqual(['clm_b']);
    editor.commands.setActiveHighlight(null);
    expect(activeIds()).toEqual([]);
  });

  it('activate the innermost claim on click, then the next one out', () => {
    const onClaimClick = vi.fn();
    const editor = makeEditor(blocks, { onClaimClick });
    const outer = claim('clm_outer', 'Meta said Maverick achieves');
    const inner = claim('clm_inner', 'Maverick', 1);
    editor.commands.setHighlights([outer, inner]);
    const click = () =>
      innermost(editor, 'em').dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    click();
    expect(onClaimClick).toHaveBeenLastCalledWith('clm_inner');
    editor.commands.setActiveHighlight(inner);
    click();
    expect(onClaimClick).toHaveBeenLastCalledWith('clm_outer');
  });
});
