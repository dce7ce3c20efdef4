// The fidelity rule of docs/text-fidelity.md, checked character by character: the canonical text
// keeps every non-white-space character of the visible source, in order, save the documented
// exceptions (control characters dropped, character references decoded, HTML list markers).
import { describe, expect, it } from 'vitest';
import { blockText, canonicalText } from '../../../shared/model/blocks';
import type { ExtractedArticle } from '../../../shared/model/article';
import { withoutControlCharacters } from '../../../shared/text/control-characters';
import type { LoadContext } from './extracted';
import { loadHtml } from './html';
import { loadMarkdown } from './markdown';
import { loadText } from './text';

const NOW = '2026-11-26T12:00:00.000Z';

function context(fileName: string): LoadContext {
  return {
    source: { kind: 'file', fileName, retrievedAt: NOW },
    fallbackTitle: fileName.replace(/\.\w+$/, ''),
    displayName: fileName,
  };
}

/** The characters a reader sees, white space aside: what the rule keeps, in order. */
function visibleCharacters(text: string): string[] {
  return [...withoutControlCharacters(text)].filter((c) => !/\s/u.test(c));
}

/**
 * Whether `canonical` keeps every visible character of `visible`, in order, adding nothing but
 * white space; on failure, where the two part (for a readable message).
 */
function keepsVisibleText(visible: string, canonical: string): true | string {
  const want = visibleCharacters(visible);
  const got = visibleCharacters(canonical);
  const at = want.findIndex((c, i) => got[i] !== c);
  if (at < 0 && want.length === got.length) return true;
  const where = at < 0 ? want.length : at;
  return `differs at visible character ${where}: source …${want.slice(where, where + 20).join('')}… text …${got.slice(where, where + 20).join('')}…`;
}

/** The article's text without a title block the loader made up from the file name. */
function bodyText(article: ExtractedArticle, fileName: string): string {
  const [title, ...rest] = article.blocks;
  const madeUp = blockText(title!) === fileName.replace(/\.\w+$/, '');
  return canonicalText(madeUp ? rest : article.blocks);
}

describe('plain text keeps what is typed', () => {
  it.each([
    ['a ranking', '15) Mother!\n16) Father\n17) Brother!'],
    [
      'numbered sections',
      'Report\n\n1. Introduction\n\nText of the introduction.\n\n2. Results\n\nMore.',
    ],
    ['bullets of every kind', 'Intro.\n\n- item\n* star item\n• dot item\n\nAfter.'],
    ['a list in a paragraph of its own, last', 'Intro.\n\n1. first\n2. second'],
    ['a lone bullet line', 'Intro.\n\n- item\n\nAfter.'],
    [
      'control characters',
      'Ti\x1btle\x07\n\nA \x1b]8;;http://x\x07link\x1b]8;;\x07 and a \x00NUL.\n',
    ],
    ['entities are text in plain text', 'AT&amp;T &eacute; stays &alpha; as typed.'],
    ['tabs, form feeds and CRLF', 'One\ttwo.\r\n\r\nThree\ffour.\r\n'],
  ])('%s', (_label, source) => {
    const article = loadText(source, context('notes.txt'));
    expect(keepsVisibleText(source, bodyText(article, 'notes.txt'))).toBe(true);
  });

  it('keeps a ranking’s numbers where a reader sees them, one line each', () => {
    const article = loadText(
      'Best films\n\n15) Mother!\n16) Father\n\n- item\n- other',
      context('r.txt'),
    );
    expect(article.blocks.map((b) => [b.type, blockText(b)])).toEqual([
      ['title', 'Best films'],
      ['paragraph', '15) Mother!'],
      ['paragraph', '16) Father'],
      ['paragraph', '- item'],
      ['paragraph', '- other'],
    ]);
  });

  it('drops control characters from the title too', () => {
    const article = loadText('Head\x1b[2Jline\n\nBody.', context('t.txt'));
    expect(article.title).toBe('Head[2Jline');
  });
});

describe('Markdown keeps its visible text and the list markers typed in it', () => {
  it.each([
    [
      'character references, named and numbered',
      'Caf&eacute; &alpha;&beta; &Omega; &hellip; &#233; &#xE9; AT&amp;T &NotEqual;',
      'Café αβ Ω … é é AT&T ≠',
    ],
    [
      'references CommonMark does not take stay as typed',
      '&copy without a semicolon, &unknown; and a lone &.',
      '&copy without a semicolon, &unknown; and a lone &.',
    ],
    ['no references in code', 'Use `&amp;` and\n\n```\n&eacute;\n```', 'Use &amp; and &eacute;'],
    [
      'list markers as typed',
      '15) Mother!\n16) Father\n\n- item\n  - nested &amp; *em*\n\n* star\n\n+ plus\n\n- [x] done',
      '15) Mother! 16) Father - item - nested & em * star + plus - [x] done',
    ],
    ['an empty list item', '- \n- two', '- - two'],
    ['a list item opening with code', '1. ```\n   code\n   ```', '1. code'],
    [
      'markup is not text',
      '# Title\n\n**bold** _em_ [link](https://x.example) \\*',
      'Title bold em link *',
    ],
    ['control characters', '# T\x1bitle\x07\n\nBody\x1b[2J text.', 'Title Body[2J text.'],
  ])('%s', (_label, source, visible) => {
    const article = loadMarkdown(source, context('note.md'));
    expect(keepsVisibleText(visible, bodyText(article, 'note.md'))).toBe(true);
  });

  it('reads a list item as a paragraph that starts with its marker', () => {
    const article = loadMarkdown('# Ranking\n\n15) Mother!\n16) Father', context('r.md'));
    expect(article.blocks.map((b) => [b.type, blockText(b)])).toEqual([
      ['title', 'Ranking'],
      ['paragraph', '15) Mother!'],
      ['paragraph', '16) Father'],
    ]);
  });
});

describe('HTML keeps its visible text; its list markers are drawn, not text', () => {
  it.each([
    [
      'references and list items',
      '<p>Caf&eacute; &alpha; AT&amp;T</p><ol start="15"><li>Mother!</li><li>Father</li></ol>',
      'Café α AT&T Mother! Father',
    ],
    [
      'control characters',
      '<p>A&#27;]8;;x&#7;link and&#0; \x1bmore</p>',
      'A]8;;xlink and\ufffd more',
    ],
  ])('%s', (_label, body, visible) => {
    const html = `<!doctype html><html><head><title>Page\x1b[2J</title></head><body>${body}</body></html>`;
    const article = loadHtml(html, { ...context('page.html'), url: undefined });
    expect(article.title).toBe('Page[2J');
    expect(keepsVisibleText(`Page[2J ${visible}`, canonicalText(article.blocks))).toBe(true);
  });
});

describe('a heading that repeats the title', () => {
  it.each([
    ['the same words', 'Open-weight models', 'Open-weight models', false],
    ['case, hyphens and spaces aside', 'Open-weight models', 'Openweight Models', false],
    ['another heading', 'Open-weight models', 'Closed models', true],
  ])('%s', (_label, title, heading, kept) => {
    const article = loadMarkdown(
      `---\ntitle: ${title}\n---\n\n## ${heading}\n\nBody.`,
      context('n.md'),
    );
    expect(article.blocks.map(blockText)).toEqual(
      kept ? [title, heading, 'Body.'] : [title, 'Body.'],
    );
  });
});
