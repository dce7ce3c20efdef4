// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText, makeBlock, type Block } from '../../shared/model/blocks';
import { documentBlockTexts } from './extensions/article-blocks';
import { destroyEditors, makeEditor } from './test-editor';

afterEach(destroyEditors);

const withImage: Block[] = [
  makeBlock('title', [{ text: 'Llama 4 arrives' }])!,
  makeBlock('paragraph', [{ text: '[Image: Benchmark chart of Maverick]' }], {
    placeholder: 'image',
  })!,
  makeBlock('paragraph', [{ text: 'Maverick achieves 73.5% on MMLU.' }])!,
];

describe('image placeholders in the reading view', () => {
  it('render as a marked placeholder block holding the alt text, with no image fetched', () => {
    const editor = makeEditor(withImage);
    const dom = editor.view.dom;
    const placeholders = dom.querySelectorAll('p.fm-image-placeholder');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]?.getAttribute('data-placeholder')).toBe('image');
    expect(placeholders[0]?.textContent).toBe('[Image: Benchmark chart of Maverick]');
    expect(dom.querySelector('img')).toBeNull();
    // an ordinary paragraph stays one
    expect(dom.querySelectorAll('p.fm-block:not(.fm-image-placeholder)')).toHaveLength(1);
  });

  it('keep the canonical text, so offsets after them are unchanged', () => {
    const editor = makeEditor(withImage);
    expect(documentBlockTexts(editor.state.doc).join('\n\n')).toBe(canonicalText(withImage));
    expect(editor.state.doc.child(1).type.name).toBe('imagePlaceholder');
  });
});
