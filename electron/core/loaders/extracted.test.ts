import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../../shared/model/blocks';
import { assembleArticle, titleFromFileName, type LoadContext } from './extracted';

describe('titleFromFileName', () => {
  it.each([
    ['llama4-news.txt', 'llama4-news'],
    ['C:\\Users\\ana\\Report 2025.final.md', 'Report 2025.final'],
    ['/home/ana/notes', 'notes'],
    ['.bashrc', '.bashrc'],
    ['', 'Untitled'],
  ])('%j → %j', (fileName, title) => {
    expect(titleFromFileName(fileName)).toBe(title);
  });
});

describe('assembleArticle', () => {
  const context: LoadContext = {
    source: { kind: 'paste', retrievedAt: '2026-11-26T12:00:00.000Z' },
    fallbackTitle: 'Pasted text',
    displayName: 'Pasted text',
  };
  const body = [makeBlock('paragraph', [{ text: 'Body.' }])!];

  it('puts the title first and fills the missing metadata with null', () => {
    expect(
      assembleArticle(context, { title: ' A \n title ', body, mediaType: 'text', dir: 'auto' }),
    ).toEqual({
      title: 'A title',
      byline: null,
      publishedAt: null,
      siteName: null,
      lang: null,
      dir: null,
      excerpt: null,
      source: { ...context.source, mediaType: 'text' },
      blocks: [{ type: 'title', runs: [{ text: 'A title' }] }, ...body],
    });
  });

  it('uses the fallback title when the source has none', () => {
    expect(assembleArticle(context, { title: '  ', body, mediaType: 'text' }).title).toBe(
      'Pasted text',
    );
  });
});
