// Reads Markdown (CommonMark with GFM tables and strikethrough) as an article by walking
// markdown-it's tokens into blocks. markdown-it parses in linear time with a nesting limit, so a
// hostile file (a megabyte of `_a_a…`, runs of `[`, `> > > …`) reads in well under a second.
// Raw HTML is reduced to its text, never passed through: HTML blocks are read like a web page's
// content, inline tags are dropped, and what a script or style tag holds is left out.
// List markers are typed text, as in a plain-text file: an item reads as a paragraph starting
// with its marker as written (`15) Mother!`, `- [x] done`), so a ranking's numbers can be marked.
import MarkdownIt, { type Token } from 'markdown-it';
import type { ExtractedArticle } from '../../../shared/model/article';
import { ContractError } from '../../../shared/contract/result';
import { makeBlock, safeHref, textRun } from '../../../shared/model/blocks';
import type { Block, BlockAttrs, BlockType, Mark, TextRun } from '../../../shared/model/blocks';
import { assembleArticle, cleanText, type LoadContext } from './extracted';
import { blocksFromElement } from './html-blocks';
import { parseHtmlDocument } from './html-document';
import { markdownPieces } from './markdown-pieces';

/** Where a token's text goes: the block type it becomes, and a list item's marker to lead it. */
interface Flow {
  type: BlockType;
  attrs: BlockAttrs;
  /** Taken (and emptied) by the first block the list item yields. */
  marker?: { text: string };
}

/**
 * Block nesting (quotes, lists) markdown-it follows. Past it markdown-it stops reading the
 * block, so a file that reaches it is refused rather than read with text missing.
 */
const MAX_NESTING = 100;

const parser = new MarkdownIt('commonmark', { maxNesting: MAX_NESTING })
  .enable('table')
  .enable('strikethrough');
// Inline content without a character any inline rule starts at (markdown-it's terminator
// characters) is one text token: it skips the inline parser, whose state per token made a list of
// 200,000 plain items spend a fifth of its time there. A paragraph longer than any an article has
// (a megabyte on one line) is read as its plain text too: markdown-it's inline rules are linear
// but slow on such runs (2-4 s for 1 MB of `*a`), and a paragraph that long is a dump, not prose
// whose emphasis matters.
const INLINE_MARKUP = /[\n!#$%&*+\-:<=>@[\\\]^_`{}~]/;
const LONG_INLINE = 50_000;
const PLAIN_INLINE_TYPE = 'fm_plain_inline';
parser.core.ruler.before('inline', 'fm_plain_inline', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    const { content } = token;
    if (content.length <= LONG_INLINE && INLINE_MARKUP.test(content)) continue;
    const text = new state.Token('text', '', 0);
    text.content = content;
    token.type = PLAIN_INLINE_TYPE;
    token.children = [text];
  }
});
parser.core.ruler.after('inline', 'fm_plain_inline_back', (state) => {
  for (const token of state.tokens) if (token.type === PLAIN_INLINE_TYPE) token.type = 'inline';
});
// markdown-it reads a link it finds unsafe (`javascript:`) as literal text, markup and URL
// included; take every link as a link and let `safeHref` drop the unsafe target instead.
parser.validateLink = () => true;

/** Inline raw HTML whose content is not text to read. */
const RAW_TEXT_TAG = /^<(script|style|template|textarea|title|noscript)\b/i;

/** YAML front matter, as static site generators write it: its `title:` names the article. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function loadMarkdown(markdown: string, context: LoadContext): ExtractedArticle {
  const frontMatter = FRONT_MATTER.exec(markdown);
  const source = frontMatter ? markdown.slice(frontMatter[0].length) : markdown;
  let title = frontMatter ? frontMatterTitle(frontMatter[1]!) : undefined;
  const reader = new MarkdownReader();
  let first = true;
  for (const piece of markdownPieces(source)) {
    const tokens = parser.parse(piece, {});
    if (tokens.some((t) => t.nesting === 1 && t.level >= MAX_NESTING - 1)) {
      throw new ContractError(
        'bad-source',
        `${context.displayName}: nested too deeply to read as Markdown`,
      );
    }
    if (first && tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') {
      // A leading level-1 heading is the title; the title block carries it, so it leaves the body.
      title ??= cleanText(runsText(inlineRuns(tokens[1]?.children ?? [])));
      tokens.splice(0, 3);
    }
    first = false;
    reader.read(tokens);
  }
  return assembleArticle(context, { title, body: reader.result, mediaType: 'markdown' });
}

/** Where the next inline token's text goes, set by the block token that opens it. */
type InlineTarget =
  { kind: 'flow' } | { kind: 'heading'; level: number } | { kind: 'cell'; attrs: BlockAttrs };

class MarkdownReader {
  readonly result: Block[] = [];
  private readonly flows: Flow[] = [{ type: 'paragraph', attrs: {} }];
  private target: InlineTarget = { kind: 'flow' };
  private row = -1;
  private column = -1;

  read(tokens: readonly Token[]): void {
    for (const token of tokens) this.token(token);
  }

  private get flow(): Flow {
    return this.flows[this.flows.length - 1]!;
  }

  private push(type: BlockType, runs: TextRun[], flow: Flow, attrs: BlockAttrs = flow.attrs): void {
    const marker = flow.marker?.text;
    const block = makeBlock(type, marker ? [{ text: `${marker} ` }, ...runs] : runs, attrs);
    if (!block) return;
    this.result.push(block);
    if (flow.marker) flow.marker.text = '';
  }

  private token(token: Token): void {
    switch (token.type) {
      case 'inline':
        this.inline(inlineRuns(token.children ?? []));
        break;
      case 'heading_open':
        // The title is the only level-1 heading; another `#` heading ranks just below it.
        this.target = { kind: 'heading', level: Math.max(2, Number(token.tag.slice(1))) };
        break;
      case 'blockquote_open':
        // The marker object is shared: the quote's first block takes it.
        this.flows.push({ ...this.flow, type: 'quote' });
        break;
      case 'list_item_open':
        this.flows.push({ type: 'paragraph', attrs: {}, marker: { text: listMarker(token) } });
        break;
      case 'blockquote_close':
        this.flows.pop();
        break;
      case 'list_item_close':
        this.markerAlone(this.flows.pop()!); // an empty item is its marker alone
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'table_open':
        this.markerAlone(this.flow);
        this.row = -1;
        break;
      case 'fence':
      case 'code_block':
        this.markerAlone(this.flow);
        this.push('code', [{ text: token.content }], { ...this.flow, marker: undefined }, {});
        break;
      case 'html_block':
        this.markerAlone(this.flow);
        this.rawHtml(token.content);
        break;
      case 'tr_open':
        this.row += 1;
        this.column = -1;
        break;
      case 'th_open':
      case 'td_open': {
        this.column += 1;
        const attrs: BlockAttrs = { row: this.row, column: this.column };
        if (this.row === 0) attrs.header = true;
        this.target = { kind: 'cell', attrs };
        break;
      }
      case 'heading_close':
      case 'th_close':
      case 'td_close':
        this.target = { kind: 'flow' };
        break;
      default:
        // paragraphs open and close around their inline token; hr and the rest carry no text
        break;
    }
  }

  private inline(runs: TextRun[]): void {
    const target = this.target;
    if (target.kind === 'heading') this.push('heading', runs, this.flow, { level: target.level });
    else if (target.kind === 'cell') {
      this.push('tableCell', runs, { type: 'tableCell', attrs: {} }, target.attrs);
    } else this.push(this.flow.type, runs, this.flow);
  }

  /** A list item's marker not yet placed, as a paragraph of its own: before a code block. */
  private markerAlone(flow: Flow): void {
    if (flow.marker?.text) this.push('paragraph', [], flow, {});
  }

  /** An HTML block is read as a web page's content would be: its text, in blocks. */
  private rawHtml(html: string): void {
    if (!html.trim() || /^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
    const document = parseHtmlDocument(`<!doctype html><body>${html}</body>`);
    this.result.push(...blocksFromElement(document.body));
  }
}

/** A list item's marker as typed: `-`, `*`, `+`, `15)`, `3.` (a task box stays in its text). */
function listMarker(item: Token): string {
  return `${item.info}${item.markup}`;
}

/** Inline tokens as text runs with marks; a raw-text tag hides what follows up to its end tag. */
function inlineRuns(tokens: readonly Token[]): TextRun[] {
  const runs: TextRun[] = [];
  const open: Mark[][] = [[]];
  let skipUntil: string | null = null;
  const marks = () => open[open.length - 1]!;
  const push = (text: string) => {
    if (text) runs.push(textRun(text, marks()));
  };
  const enter = (mark: Mark) => open.push([...marks().filter((m) => m.type !== mark.type), mark]);
  for (const token of tokens) {
    if (skipUntil) {
      if (token.type === 'html_inline' && token.content.toLowerCase().startsWith(skipUntil)) {
        skipUntil = null;
      }
      continue;
    }
    switch (token.type) {
      case 'text':
        push(token.content);
        break;
      case 'softbreak':
        push('\n');
        break;
      case 'hardbreak':
        push(' ');
        break;
      case 'code_inline':
        runs.push({ text: token.content, marks: [...marks(), { type: 'code' }] });
        break;
      case 'strong_open':
        enter({ type: 'bold' });
        break;
      case 'em_open':
        enter({ type: 'italic' });
        break;
      case 'link_open': {
        const href = safeHref(String(token.attrGet('href') ?? ''));
        if (href) enter({ type: 'link', href });
        else open.push(marks());
        break;
      }
      case 's_open':
        open.push(marks());
        break;
      case 'strong_close':
      case 'em_close':
      case 'link_close':
      case 's_close':
        open.pop();
        break;
      case 'html_inline': {
        // Tags are dropped; a raw-text one hides what follows up to its end tag.
        const tag = RAW_TEXT_TAG.exec(token.content);
        if (tag && !/\/\s*>$/.test(token.content)) skipUntil = `</${tag[1]!.toLowerCase()}`;
        else if (/^<br\b/i.test(token.content)) push(' ');
        break;
      }
      default:
        // images and anything a plugin adds: nothing to read
        break;
    }
  }
  return runs;
}

function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

function frontMatterTitle(yaml: string): string | undefined {
  const line = /^title:[ \t]*(.+)$/m.exec(yaml)?.[1];
  return cleanText(line?.replace(/^(["'])(.*)\1\s*$/, '$2'));
}
