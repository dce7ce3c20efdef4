// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleDocument, documentBlockTexts } from './extensions/article-blocks';
import { readingExtensions } from './reading-extensions';
import { readSelection } from './selection';
import { blocks, destroyEditors, index, makeEditor, positions, text } from './test-editor';

afterEach(destroyEditors);

describe('the reading document', () => {
  it('holds exactly the canonical text, block by block', () => {
    const editor = makeEditor();
    expect(documentBlockTexts(editor.state.doc).join('\n\n')).toBe(text);
    expect(editor.state.doc.childCount).toBe(blocks.length);
  });

  it('keeps white space in code verbatim and adds no trailing node', () => {
    const editor = makeEditor();
    const last = editor.state.doc.child(editor.state.doc.childCount - 1);
    expect(last.type.name).toBe('tableCell');
    expect(editor.state.doc.child(6).textContent).toBe('if (x) {\n  y();   // spaced\n}');
  });

  it('renders each block with its own element and attributes', () => {
    const editor = makeEditor();
    const dom = editor.view.dom;
    expect(dom.querySelector('h1.fm-title')?.textContent).toBe('Llama 4 🦙 arrives');
    expect(dom.querySelector('h2')?.textContent).toBe('Scout and Maverick');
    expect(dom.querySelector('p.fm-list-item')?.getAttribute('data-marker')).toBe('3.');
    expect(dom.querySelectorAll('p.fm-list-item')[1]?.getAttribute('data-depth')).toBe('1');
    expect(dom.querySelector('blockquote')?.textContent).toBe('“Open weights,” she said.');
    expect(dom.querySelector('pre code')).not.toBeNull();
    expect(dom.querySelector('.fm-cell-header')?.getAttribute('data-column')).toBe('0');
    expect(dom.querySelector('em')?.textContent).toBe('Maverick');
    expect(dom.querySelector('strong')?.textContent).toBe('73.5%');
  });

  it('shows the byline under the title without adding to the text', () => {
    const editor = makeEditor(blocks, { byline: 'Dana Whitfield' });
    const title = editor.view.dom.querySelector('h1')!;
    expect(title.nextElementSibling?.textContent).toBe('Dana Whitfield');
    expect(documentBlockTexts(editor.state.doc).join('\n\n')).toBe(text);
    const after = title.nextElementSibling!.nextElementSibling!.firstChild!;
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(title.firstChild!, 0);
    range.setEnd(after, 'Scout'.length);
    selection.removeAllRanges();
    selection.addRange(range);
    const span = readSelection(editor.view, positions, index)!;
    expect(index.slice(span.start, span.end)).toBe('Llama 4 🦙 arrives\n\nScout');
  });

  it('is a read-only document, not a textbox', () => {
    const editor = makeEditor();
    expect(editor.view.dom.getAttribute('role')).toBe('document');
    expect(editor.view.dom.getAttribute('contenteditable')).toBe('false');
  });
});

describe('safe links', () => {
  it('renders http(s) links with rel and opens them through the host on click', () => {
    const openExternal = vi.fn();
    const editor = makeEditor(blocks, { openExternal });
    const link = editor.view.dom.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/mmlu');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/mmlu');
  });

  it('renders any other target as plain text', () => {
    // The block schema refuses such links; the mark still refuses to render one.
    const doc = articleDocument(blocks);
    const paragraph = doc.content![2]!;
    paragraph.content![5]!.marks = [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }];
    const element = document.createElement('div');
    const editor = new Editor({
      element,
      extensions: readingExtensions({ onClaimClick: () => {}, openExternal: () => {} }),
      content: doc,
      editable: false,
      injectCSS: false,
    });
    try {
      expect(editor.view.dom.querySelector('a')).toBeNull();
      expect(editor.view.dom.querySelector('.fm-link-unsafe')?.textContent).toBe('MMLU');
    } finally {
      editor.destroy();
    }
  });
});
