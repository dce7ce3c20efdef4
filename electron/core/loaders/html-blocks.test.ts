import { describe, expect, it } from 'vitest';
import { blockText, type Block } from '../../../shared/model/blocks';
import { blocksFromElement } from './html-blocks';
import { parseHtmlDocument } from './html-document';

function read(html: string, url = 'https://news.example/a/story.html'): Block[] {
  return blocksFromElement(parseHtmlDocument(`<!doctype html><body>${html}</body>`, url).body);
}

/** A block as one line: its type, the attributes that matter, and its text. */
function describeBlock(block: Block): string {
  const { type, runs: _runs, ...attrs } = block;
  const shown = Object.entries(attrs).map(([k, v]) => `${k}=${String(v)}`);
  return `${type}${shown.length ? `(${shown.join(',')})` : ''}: ${blockText(block)}`;
}

describe('blocksFromElement', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two  words</p>', ['paragraph: One', 'paragraph: Two words']],
    [
      'text between blocks',
      'loose <p>inner</p> tail',
      ['paragraph: loose', 'paragraph: inner', 'paragraph: tail'],
    ],
    [
      'headings rank below the title',
      '<h1>A</h1><h3>B</h3>',
      ['heading(level=2): A', 'heading(level=3): B'],
    ],
    [
      'nested lists with numbers',
      '<ol start="3"><li>three<ul><li>sub</li></ul></li><li>four</li></ol>',
      [
        'listItem(ordered=true,depth=0,number=3): three',
        'listItem(ordered=false,depth=1): sub',
        'listItem(ordered=true,depth=0,number=4): four',
      ],
    ],
    [
      'a list item of two paragraphs numbers only the first',
      '<ol><li><p>a</p><p>b</p></li></ol>',
      ['listItem(ordered=true,depth=0,number=1): a', 'listItem(ordered=true,depth=0): b'],
    ],
    [
      'text straight inside a list',
      '<ul> stray <li>item</li></ul>',
      ['paragraph: stray', 'listItem(ordered=false,depth=0): item'],
    ],
    [
      'quotes keep each paragraph',
      '<blockquote><p>q1</p><p>q2</p></blockquote>',
      ['quote: q1', 'quote: q2'],
    ],
    [
      'tables by row and column',
      '<table><tr><th>h1</th><th colspan="2">h2</th><th>h3</th></tr><tr><td>c</td><td></td><td>d</td></tr></table>',
      [
        'tableCell(row=0,column=0,header=true): h1',
        'tableCell(row=0,column=1,header=true): h2',
        'tableCell(row=0,column=3,header=true): h3',
        'tableCell(row=1,column=0): c',
        'tableCell(row=1,column=2): d',
      ],
    ],
    ['a break reads as a space', '<p>line<br>next</p>', ['paragraph: line next']],
    [
      'figure captions are paragraphs',
      '<figure><img src="x.png"><figcaption>Caption</figcaption></figure>',
      ['paragraph: Caption'],
    ],
    [
      'an image with alt text is a placeholder, never fetched',
      '<p>Before</p><figure><img src="https://cdn.example/chart.png" alt=" MMLU  scores "><figcaption>Fig. 1</figcaption></figure>',
      [
        'paragraph: Before',
        'paragraph(placeholder=image): [Image: MMLU scores]',
        'paragraph: Fig. 1',
      ],
    ],
    [
      'a picture is one placeholder, from its img',
      '<picture><source srcset="a.webp"><img src="a.png" alt="Llama logo"></picture>',
      ['paragraph(placeholder=image): [Image: Llama logo]'],
    ],
    [
      'an image alone in a paragraph or link is a placeholder',
      '<p><a href="/big.png"><img src="small.png" alt="Benchmark table"></a></p>',
      ['paragraph(placeholder=image): [Image: Benchmark table]'],
    ],
    [
      'images without alt text, decorative or inside a line of text are left out',
      '<img src="a.png"><img src="b.png" alt=""><img src="c.png" alt="x" role="presentation"><img alt="gone" hidden><p>Nice <img src="s.png" alt="smiley"> work</p>',
      ['paragraph: Nice work'],
    ],
    [
      'chrome, scripts and hidden text are left out',
      '<nav>menu</nav><p>body<script>evil()</script><style>p{}</style></p><footer>foot</footer><aside>side</aside><form><button>Go</button></form><p hidden>gone</p><svg><text>svg</text></svg>',
      ['paragraph: body'],
    ],
    [
      'MathML keeps its text, not its TeX',
      '<p>x <math><semantics><mi>a</mi><annotation>\\alpha</annotation></semantics></math></p>',
      ['paragraph: x a'],
    ],
  ])('%s', (_label, html, expected) => {
    expect(read(html).map(describeBlock)).toEqual(expected);
  });

  it('keeps code verbatim, with <br> as a line break', () => {
    const [code] = read('<pre><code>if (x) {\n  y();<br>}</code></pre>');
    expect(code).toEqual({ type: 'code', runs: [{ text: 'if (x) {\n  y();\n}' }] });
  });

  it('turns inline elements into marks', () => {
    const [block] = read(
      '<p><b>bold</b> <i>it</i> <code>c</code> <strong><em>both</em></strong></p>',
    );
    expect(block?.runs).toEqual([
      { text: 'bold', marks: [{ type: 'bold' }] },
      { text: ' ' },
      { text: 'it', marks: [{ type: 'italic' }] },
      { text: ' ' },
      { text: 'c', marks: [{ type: 'code' }] },
      { text: ' ' },
      { text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
    ]);
  });

  it('reads no mark from an element named like an Object member', () => {
    const [block] = read('<p>Some <constructor>inside</constructor> <tostring>x</tostring></p>');
    expect(block?.runs).toEqual([{ text: 'Some inside x' }]);
  });

  it('reads table rows as the DOM orders them: head, body and own rows, foot', () => {
    const blocks = read(
      '<table><caption>Scores</caption><tfoot><tr><td>foot</td></tr></tfoot>' +
        '<tbody><tr><td>body</td></tr></tbody><thead><tr><th>head</th></tr></thead></table>',
    );
    expect(blocks.map(describeBlock)).toEqual([
      'paragraph: Scores',
      'tableCell(row=0,column=0,header=true): head',
      'tableCell(row=1,column=0): body',
      'tableCell(row=2,column=0): foot',
    ]);
  });

  it.each([
    ['a number', '3', 3],
    ['a number after spaces, with a plus', ' +2', 2],
    ['zero', '0', 1],
    ['not a number', 'wide', 1],
    ['past the limit', '5000', 1000],
    ['digits then more', '2px', 2],
  ])('counts a colspan of %s as the DOM does', (_, colspan, span) => {
    const blocks = read(`<table><tr><td colspan="${colspan}">a</td><td>b</td></tr></table>`);
    expect(blocks.map((b) => b.column)).toEqual([0, span]);
  });

  it.each([
    ['an absolute link', 'https://other.example/x', 'https://other.example/x'],
    ['a relative link, against the page', '../b/c.html', 'https://news.example/b/c.html'],
    ['a root-relative link', '/about', 'https://news.example/about'],
    ['a mailto link', 'mailto:desk@news.example', 'mailto:desk@news.example'],
    ['a javascript: link, dropped', 'javascript:alert(1)', undefined],
    ['a disguised javascript: link, dropped', ' JaVaScRiPt:alert(1)', undefined],
    ['a data: link, dropped', 'data:text/html,<script>alert(1)</script>', undefined],
    ['a fragment-only link, resolved', '#notes', 'https://news.example/a/story.html#notes'],
  ])('%s', (_label, href, expected) => {
    const [block] = read(`<p><a href="${href.replace(/"/g, '&quot;')}">text</a></p>`);
    expect(block?.runs).toEqual([
      expected ? { text: 'text', marks: [{ type: 'link', href: expected }] } : { text: 'text' },
    ]);
  });

  it('resolves links against a <base> in the page', () => {
    const document = parseHtmlDocument(
      '<base href="https://cdn.example/docs/"><p><a href="page.html">x</a></p>',
      'https://news.example/a/',
    );
    const [block] = blocksFromElement(document.body);
    expect(block?.runs[0]?.marks).toEqual([
      { type: 'link', href: 'https://cdn.example/docs/page.html' },
    ]);
  });

  it('resolves links of a saved page against the address it gives (its canonical URL)', () => {
    const document = parseHtmlDocument('<p><a href="/next">x</a></p>');
    const [block] = blocksFromElement(document.body, { baseUrl: 'https://news.example/a/' });
    expect(block?.runs[0]?.marks).toEqual([{ type: 'link', href: 'https://news.example/next' }]);
  });

  it('drops relative links when the page has no address', () => {
    const document = parseHtmlDocument('<p><a href="page.html">x</a></p>');
    expect(blocksFromElement(document.body)[0]?.runs).toEqual([{ text: 'x' }]);
  });

  it('leaves out what the skip option names', () => {
    const blocks = read('<div class="ad">Buy</div><p>Read</p>').length;
    const document = parseHtmlDocument('<div class="ad">Buy</div><p>Read</p>');
    const skipped = blocksFromElement(document.body, { skip: (e) => e.classList.contains('ad') });
    expect(blocks).toBe(2);
    expect(skipped.map(blockText)).toEqual(['Read']);
  });
});
