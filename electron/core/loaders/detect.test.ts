import { describe, expect, it } from 'vitest';
import { decodeText, detectKind, extensionOf } from './detect';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectKind', () => {
  it.each([
    ['page.html', '<p>x</p>', 'html'],
    ['PAGE.HTM', 'x', 'html'],
    ['doc.xhtml', 'x', 'html'],
    ['notes.md', '# x', 'markdown'],
    ['notes.markdown', 'x', 'markdown'],
    ['notes.txt', '<html>', 'text'],
    ['README', 'Plain words', 'text'],
    ['saved-page', '<!DOCTYPE html><html><body>x', 'html'],
    ['saved-page', '\ufeff  <html lang="en">', 'html'],
    ['data.csv', 'a,b\n1,2', 'text'],
    ['report.pdf', 'anything', 'pdf'],
    ['report.txt', '%PDF-1.7\n…', 'pdf'],
    ['download', 'junk before the header %PDF-1.4\n', 'pdf'],
  ])('%s → %s', (fileName, content, kind) => {
    expect(detectKind(fileName, bytes(content))).toBe(kind);
  });

  it.each([
    ['letter.docx', 'x', 'letter.docx: documents of word processors are not supported'],
    ['scan.png', 'x', 'scan.png: it is an image'],
    ['photo', '\xff\xd8\xff\xe0', 'photo: it is an image'],
    ['bundle.bin', 'PK\x03\x04', 'bundle.bin: it is a ZIP archive or an office document'],
    ['page.mhtml', 'x', 'page.mhtml: web archives are not supported'],
  ])('refuses %s', (fileName, content, message) => {
    const data = Uint8Array.from(content, (c) => c.charCodeAt(0));
    expect(() => detectKind(fileName, data)).toThrow(message);
  });

  it('names the reason with a bad-source code', () => {
    try {
      detectKind('x.docx', bytes('x'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'ContractError', code: 'bad-source' });
    }
  });
});

describe('decodeText', () => {
  it.each([
    ['UTF-8', [...bytes('Zoë — 🦙')], 'text', 'Zoë — 🦙'],
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, ...bytes('hi')], 'text', 'hi'],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00], 'text', 'hé'],
    ['UTF-16BE with a BOM', [0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9], 'text', 'hé'],
    [
      'Windows-1252 when not UTF-8',
      [0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94],
      'text',
      'café “q”',
    ],
    [
      'a charset the page declares',
      [...bytes('<meta charset="iso-8859-1"><p>caf'), 0xe9],
      'html',
      '<meta charset="iso-8859-1"><p>café',
    ],
    [
      'an http-equiv declaration',
      [
        ...bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
        0xc4,
        0xe0,
      ],
      'html',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">Да',
    ],
    [
      'UTF-8 despite a page declaring UTF-16',
      [...bytes('<meta charset="utf-16">é')],
      'html',
      '<meta charset="utf-16">é',
    ],
    [
      'an unknown charset as UTF-8',
      [...bytes('<meta charset="x-klingon">é')],
      'html',
      '<meta charset="x-klingon">é',
    ],
  ] as const)('decodes %s', (_label, data, kind, expected) => {
    expect(decodeText('f', Uint8Array.from(data), kind)).toBe(expected);
  });

  it('prefers a charset the caller knows (an HTTP header)', () => {
    expect(decodeText('f', Uint8Array.from([0xc4, 0xe0]), 'text', 'windows-1251')).toBe('Да');
  });

  // Bytes as each encoder writes them, so the decoders are checked against real encodings.
  const JAPANESE = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]; // 日本語 in Shift_JIS
  const KOREAN = [0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee]; // 한국어 in EUC-KR
  const CHINESE = [0xd6, 0xd0, 0xce, 0xc4]; // 中文 in GBK
  it.each([
    ['Shift_JIS', 'Shift_JIS', JAPANESE, '日本語'],
    ['Shift_JIS by its Windows name', 'windows-31j', JAPANESE, '日本語'],
    ['EUC-KR', 'EUC-KR', KOREAN, '한국어'],
    ['GBK', 'GBK', CHINESE, '中文'],
    ['GB2312, read as GBK', 'gb2312', CHINESE, '中文'],
    ['Latin-1, read as Windows-1252', 'ISO-8859-1', [0x93, 0x63, 0x61, 0x66, 0xe9, 0x94], '“café”'],
  ])('decodes %s from a header or a page’s declaration', (_label, charset, data, expected) => {
    expect(decodeText('f', Uint8Array.from(data), 'text', charset)).toBe(expected);
    const page = Uint8Array.from([...bytes(`<meta charset="${charset}"><p>`), ...data]);
    expect(decodeText('f', page, 'html')).toBe(`<meta charset="${charset}"><p>${expected}`);
  });

  it('reads UTF-16 text with a BOM whatever a page declares', () => {
    const utf16 = Buffer.from('\ufeff<meta charset="iso-8859-1"><p>日本', 'utf16le');
    expect(decodeText('f', utf16, 'html')).toBe('<meta charset="iso-8859-1"><p>日本');
  });

  it.each([
    ['NUL bytes', [0x41, 0x00, 0x42, 0x43]],
    ['control characters', Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))],
  ])('refuses binary data: %s', (_label, data) => {
    expect(() => decodeText('blob.txt', Uint8Array.from(data), 'text')).toThrow(
      'blob.txt: it holds binary data, not text',
    );
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.HTML', 'html'],
    ['dir.v2/file', ''],
    ['.hidden', ''],
    ['x.tar.gz', 'gz'],
  ])('%s → %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
