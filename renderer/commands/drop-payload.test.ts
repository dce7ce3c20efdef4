import { describe, expect, it } from 'vitest';
import { mayOpen, NOTHING_TO_OPEN, readDrop, type DroppedData } from './drop-payload';

function dropped(files: File[], data: Record<string, string> = {}): DroppedData {
  return { files, getData: (format) => data[format] ?? '' };
}

describe('readDrop', () => {
  const page = new File(['<p>Hi</p>'], 'news.html', { type: 'text/html' });
  const notes = new File(['# Notes'], 'notes.md');

  it('opens the dropped files, in order, even when a link comes with them', () => {
    expect(readDrop(dropped([page, notes], { 'text/uri-list': 'https://example.com/a' }))).toEqual({
      kind: 'files',
      files: [page, notes],
    });
  });

  it.each([
    ['a uri-list', { 'text/uri-list': 'https://example.com/news' }, 'https://example.com/news'],
    [
      'a uri-list with comments and several links (the first counts)',
      { 'text/uri-list': '# from a browser\r\nhttp://example.com/a\r\nhttps://example.com/b' },
      'http://example.com/a',
    ],
    [
      'plain text that is a link',
      { 'text/plain': '  https://example.com/x?y=1  ' },
      'https://example.com/x?y=1',
    ],
    [
      'a plain link when the uri-list holds none',
      { 'text/uri-list': 'file:///etc/passwd', 'text/plain': 'https://example.com/' },
      'https://example.com/',
    ],
  ])('opens %s as a URL', (_label, data, url) => {
    expect(readDrop(dropped([], data))).toEqual({ kind: 'url', url });
  });

  it.each([
    ['nothing at all', {}, NOTHING_TO_OPEN],
    ['a sentence of text', { 'text/plain': 'Meta released Llama 4' }, NOTHING_TO_OPEN],
    [
      'a text that merely contains a link',
      { 'text/plain': 'see https://example.com' },
      NOTHING_TO_OPEN,
    ],
    [
      'a file: link',
      { 'text/uri-list': 'file:///home/me/a.html', 'text/plain': 'file:///home/me/a.html' },
      'file:///home/me/a.html: only http and https links open.',
    ],
    [
      'a javascript: link',
      { 'text/plain': 'javascript:alert(1)' },
      'javascript:alert(1): only http and https links open.',
    ],
  ])('refuses %s with a message', (_label, data, message) => {
    expect(readDrop(dropped([], data))).toEqual({ kind: 'unsupported', message });
  });
});

describe('mayOpen', () => {
  it.each([
    [['Files'], true],
    [['text/uri-list', 'text/plain'], true],
    [['text/plain'], false],
    [['text/html', 'text/plain'], false],
    [[], false],
  ])('%j → %s', (types, expected) => {
    expect(mayOpen(types)).toBe(expected);
  });
});
