import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../../shared/contract/calls';
import { blockText } from '../../../shared/model/blocks';
import { ContractError } from '../../../shared/contract/result';
import { loadPastedText, loadSource, PASTED_TEXT_TITLE } from './index';
import { makePdf } from './make-test-pdf';
import { buildExport } from '../../../shared/export';
import { sampleInput } from '../../../shared/export/__fixtures__/sample';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadSource', () => {
  it.each([
    [
      'story.html',
      '<html><head><title>A page</title></head><body><p>Text.</p></body></html>',
      'html',
      'A page',
    ],
    ['notes.md', '# Heading one\n\nText.', 'markdown', 'Heading one'],
    ['notes.txt', 'Just text.\n\nMore.', 'text', 'notes'],
    ['no-extension', 'Just text.', 'text', 'no-extension'],
  ])('reads %s with the right loader', async (fileName, content, mediaType, title) => {
    const article = await loadSource({ fileName, bytes: bytes(content) }, NOW);
    expect(article.source).toEqual({
      kind: 'file',
      fileName,
      mediaType,
      retrievedAt: NOW.toISOString(),
    });
    expect(article.title).toBe(title);
  });

  it('keeps only the last part of a file name', async () => {
    const article = await loadSource({ fileName: '../../etc/notes.txt', bytes: bytes('x') }, NOW);
    expect(article.source.fileName).toBe('notes.txt');
  });

  it.each([
    ['no title of its own: the one given', 'A sentence that ends.\n\nAnd another.', 'Llama 4 news'],
    ['a title of its own: that one', '# Llama 4 benchmarks\n\nText.', 'Llama 4 benchmarks'],
  ])('takes a fallback title for a source with %s', async (_label, text, title) => {
    const article = await loadSource({ fileName: 'v2.md', bytes: bytes(text) }, NOW, {
      fallbackTitle: 'Llama 4 news',
    });
    expect(article.title).toBe(title);
  });

  it('resolves a saved page’s links against its address', async () => {
    const article = await loadSource(
      {
        fileName: 'page.html',
        bytes: bytes('<p><a href="/a">link</a></p>'),
        url: 'https://news.example/x/',
      },
      NOW,
    );
    expect(article.source.url).toBe('https://news.example/x/');
    expect(article.blocks[1]?.runs[0]?.marks).toEqual([
      { type: 'link', href: 'https://news.example/a' },
    ]);
  });

  it.each([
    ['empty.txt', new Uint8Array(), 'empty.txt: the file is empty'],
    ['blank.txt', bytes(' \n\n '), 'blank.txt: there is no text to read in it'],
    ['a.pdf', bytes('%PDF-1.4'), 'a.pdf: the PDF is damaged or not a PDF'],
    ['bin.txt', Uint8Array.from([1, 0, 2, 0, 3]), 'bin.txt: it holds binary data'],
  ])('refuses %s, naming it', async (fileName, data, message) => {
    await expect(loadSource({ fileName, bytes: data }, NOW)).rejects.toThrow(message);
  });

  it.each([
    ['factmark', 'Factmark JSON'],
    ['w3c', 'W3C Web Annotation JSON-LD'],
    ['doccano', 'doccano JSONL'],
    ['spacy', 'spaCy / doccano relations JSONL'],
    ['label-studio', 'Label Studio JSON'],
  ] as const)(
    'refuses a %s export opened as an article, saying what it is, with its format as data',
    async (format, name) => {
      const exported = buildExport(format, sampleInput()).files[0]!.content;
      const refusal = await loadSource({ fileName: 'export', bytes: bytes(exported) }, NOW).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ContractError);
      expect(refusal).toMatchObject({
        code: 'bad-source',
        message: `export: this is a ${name} file of annotations, not an article`,
        format,
      });
    },
  );

  it.each(['export.txt', 'export.md'])(
    'refuses an export renamed %s, as it refuses one without an extension',
    async (fileName) => {
      const exported = buildExport('factmark', sampleInput()).files[0]!.content;
      await expect(loadSource({ fileName, bytes: bytes(exported) }, NOW)).rejects.toMatchObject({
        code: 'bad-source',
        message: `${fileName}: this is a Factmark JSON file of annotations, not an article`,
        format: 'factmark',
      });
    },
  );

  it('refuses a file over the size limit before reading it', async () => {
    // A view over a lazily zeroed buffer: no 50 MB of text is built.
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 1);
    await expect(loadSource({ fileName: 'huge.txt', bytes: huge }, NOW)).rejects.toThrow(
      'huge.txt: the file is too large (50 MB); Factmark opens files up to 50 MB',
    );
  });
});

describe('loadSource with other files', () => {
  it('refuses a 60 MB file, giving its size', async () => {
    const huge = new Uint8Array(60 * 1024 * 1024);
    await expect(loadSource({ fileName: 'dump.txt', bytes: huge }, NOW)).rejects.toThrow(
      'dump.txt: the file is too large (60 MB); Factmark opens files up to 50 MB',
    );
  });

  it.each(['report.pdf', 'report-without-extension'])(
    'reads %s as a PDF, with pages on its blocks',
    async (fileName) => {
      const pdf = makePdf([{ texts: [{ x: 72, y: 700, size: 11, text: 'Scout fits one GPU.' }] }]);
      const article = await loadSource({ fileName, bytes: pdf }, NOW);
      expect(article.source.mediaType).toBe('pdf');
      expect(article.blocks[1]).toEqual({
        type: 'paragraph',
        page: 1,
        runs: [{ text: 'Scout fits one GPU.' }],
      });
    },
  );

  it('reads a saved Shift_JIS page in its declared charset', async () => {
    const page = Uint8Array.from([
      ...bytes('<html><head><meta charset="Shift_JIS"><title>T</title></head><body><p>'),
      ...[0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], // 日本語
      ...bytes('</p></body></html>'),
    ]);
    const article = await loadSource({ fileName: 'jp.html', bytes: page }, NOW);
    expect(article.blocks.map(blockText)).toEqual(['T', '日本語']);
  });

  it.each([
    ['UTF-16LE with a BOM', Buffer.from('\ufeffCafé notes\n\nText.', 'utf16le')],
    ['Latin-1 that is not valid UTF-8', Buffer.from('Café notes\n\nText.', 'latin1')],
  ])('reads a text file in %s', async (_label, data) => {
    const article = await loadSource({ fileName: 'notes.txt', bytes: data }, NOW);
    expect(article.blocks.map(blockText)).toEqual(['Café notes', 'Text.']);
  });
});

describe('loadPastedText', () => {
  it('reads plain text with "Pasted text" as the fallback title', async () => {
    const article = await loadPastedText('Meta released Llama 4.\n\nIt has two models.', {
      now: NOW,
    });
    expect(article.title).toBe(PASTED_TEXT_TITLE);
    expect(article.source).toEqual({
      kind: 'paste',
      mediaType: 'text',
      retrievedAt: NOW.toISOString(),
    });
    expect(article.blocks.map(blockText)).toEqual([
      PASTED_TEXT_TITLE,
      'Meta released Llama 4.',
      'It has two models.',
    ]);
  });

  it('reads a copied piece of a page as HTML, without its scripts', async () => {
    const article = await loadPastedText('<p>Copied <b>text</b>.</p><script>alert("x")</script>', {
      now: NOW,
    });
    expect(article.source.mediaType).toBe('html');
    expect(article.blocks.map(blockText)).toEqual([PASTED_TEXT_TITLE, 'Copied text.']);
  });

  it('uses the title the user gave', async () => {
    expect((await loadPastedText('Some text.', { title: 'My clip' })).title).toBe('My clip');
  });

  it('refuses empty text', async () => {
    await expect(loadPastedText('  \n ')).rejects.toThrow('Pasted text: there is no text to open');
  });
});
