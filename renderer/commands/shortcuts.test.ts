// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey } from './shortcuts';

function target(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

const readingView = () =>
  target(
    '<section aria-label="Article"><div contenteditable="false"><p>text</p></div></section>',
    'p',
  );

const key = (k: string, extra: Partial<KeyboardEvent> = {}, on: Element = readingView()) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  target: on,
  ...extra,
});

describe('commandForKey', () => {
  it.each([
    ['C in the article', key('c'), false, 'mark-claim'],
    ['E in the article', key('e'), false, 'tag-entity'],
    ['E with caps lock', key('E'), false, 'tag-entity'],
    ['Ctrl+C copies, it does not mark', key('c', { ctrlKey: true }), false, null],
    ['Shift+C', key('C', { shiftKey: true }), false, null],
    ['Alt+C', key('c', { altKey: true }), false, null],
    ['Ctrl+O', key('o', { ctrlKey: true }), false, 'open-file'],
    ['Cmd+O on a Mac', key('o', { metaKey: true }), true, 'open-file'],
    ['Ctrl+O on a Mac', key('o', { ctrlKey: true }), true, null],
    ['Ctrl+Z', key('z', { ctrlKey: true }), false, 'undo'],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false, 'redo'],
    ['Ctrl+Y', key('y', { ctrlKey: true }), false, 'redo'],
    ['an unbound key', key('q'), false, null],
    ['while composing', key('c', { isComposing: true }), false, null],
  ])('%s', (_label, event, mac, expected) => {
    expect(commandForKey(event, mac)).toBe(expected);
  });

  it.each([
    ['an input', '<input id="t">', '#t'],
    ['a textarea', '<textarea id="t"></textarea>', '#t'],
    ['a select', '<select id="t"><option>a</option></select>', '#t'],
    ['an editable field', '<div contenteditable="true"><b id="t">x</b></div>', '#t'],
    ['a button in a dialog', '<dialog open><button id="t">x</button></dialog>', '#t'],
    ['an ARIA dialog', '<div role="dialog"><span id="t">x</span></div>', '#t'],
  ])('leaves keys typed into %s alone', (_label, html, selector) => {
    expect(commandForKey(key('c', {}, target(html, selector)), false)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }, target(html, selector)), false)).toBeNull();
  });

  it.each([
    ['an input', '<input id="t">'],
    ['a textarea', '<textarea id="t"></textarea>'],
    ['a select', '<select id="t"><option>a</option></select>'],
    ['a checkbox', '<input id="t" type="checkbox">'],
  ])('lets Ctrl/Cmd keys other than undo reach the app from %s', (_label, html) => {
    expect(commandForKey(key('k', { ctrlKey: true }, target(html, '#t')), false)).toBe(
      'command-palette',
    );
    expect(commandForKey(key('k', { metaKey: true }, target(html, '#t')), true)).toBe(
      'command-palette',
    );
    expect(commandForKey(key('y', { ctrlKey: true }, target(html, '#t')), false)).toBeNull();
  });

  it('keeps every key in a dialog, Ctrl/Cmd keys too', () => {
    const inDialog = target('<div role="dialog"><input id="t"></div>', '#t');
    expect(commandForKey(key('k', { ctrlKey: true }, inDialog), false)).toBeNull();
  });
});
