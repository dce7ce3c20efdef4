// Reads Markdown (CommonMark with GFM tables) as an article by walking marked's tokens into
// blocks. Raw HTML is reduced to its text, never passed through: HTML blocks are read like a web
// page's content, inline tags are dropped, and what a script or style tag holds is left out.
// List markers are typed text, as in a plain-text file: an item reads as a paragraph starting
// with its marker as written (`15) Mother!`, `- [x] done`), so a ranking's numbers can be marked.
import { marked, type Token, type Tokens } from 'marked';
import type { ExtractedArticle } from '../../../shared/model/article';
import { ContractError } from '../../../shared/contract/result';
import {
  makeBlock,
  safeHref,
  type Block,
  type BlockType,
  type Mark,
  type TextRun,
} from '../../../shared/model/blocks';
import { assembleArticle, cleanText, type LoadContext } from './extracted';
import { decodeEntities } from './html-entities';
import { blocksFromElement } from './html-blocks';
import { parseHtmlDocument } from './html-document';

type BlockAttrs = Omit<Block, 'type' | 'runs'>;

/** Where a token's text goes: the block type it becomes, and a list item's marker to lead it. */
interface Flow {
  type: BlockType;
  attrs: BlockAttrs;
  /** Taken (and emptied) by the first block the list item yields. */
  marker?: { text: string };
}

/** A list item's marker as typed, with its task box: `-`, `*`, `+`, `15)`, `3.`, `- [x]`. */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\](?=[ \t]|$))?/;

/** Inline raw HTML whose content is not text to read. */
const RAW_TEXT_TAG = /^<(script|style|template|textarea|title|noscript)\b/i;

/** YAML front matter, as static site generators write it: its `title:` names the article. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function loadMarkdown(markdown: string, context: LoadContext): ExtractedArticle {
  try {
    return readMarkdown(markdown, context);
  } catch (error) {
    // marked and the token walk recurse per nesting level; thousands of nested quotes or lists
    // overflow the stack. That is a file we cannot read, not a crash.
    if (error instanceof RangeError) {
      throw new ContractError(
        'bad-source',
        `${context.displayName}: nested too deeply to read as Markdown`,
      );
    }
    throw error;
  }
}

function readMarkdown(markdown: string, context: LoadContext): ExtractedArticle {
  const frontMatter = FRONT_MATTER.exec(markdown);
  const source = frontMatter ? markdown.slice(frontMatter[0].length) : markdown;
  const tokens = marked.lexer(source, { gfm: true });

  let title = frontMatter ? frontMatterTitle(frontMatter[1]!) : undefined;
  const first = tokens.findIndex((t) => t.type !== 'space');
  const leading = tokens[first];
  if (leading?.type === 'heading' && (leading as Tokens.Heading).depth === 1) {
    // A leading level-1 heading is the title; the title block carries it, so it leaves the body.
    title ??= cleanText(runsText(inlineRuns((leading as Tokens.Heading).tokens)));
    tokens.splice(first, 1);
  }

  const reader = new MarkdownReader();
  reader.blocks(tokens, { type: 'paragraph', attrs: {} });
  return assembleArticle(context, { title, body: reader.result, mediaType: 'markdown' });
}

class MarkdownReader {
  readonly result: Block[] = [];

  blocks(tokens: readonly Token[], flow: Flow): void {
    for (const token of tokens) this.block(token, flow);
  }

  private push(type: BlockType, runs: TextRun[], flow: Flow, attrs: BlockAttrs = flow.attrs): void {
    const marker = flow.marker?.text;
    const block = makeBlock(type, marker ? [{ text: `${marker} ` }, ...runs] : runs, attrs);
    if (!block) return;
    this.result.push(block);
    if (flow.marker) flow.marker.text = '';
  }

  private block(token: Token, flow: Flow): void {
    switch (token.type) {
      case 'heading': {
        const { depth, tokens } = token as Tokens.Heading;
        // The title is the only level-1 heading; another `#` heading ranks just below it.
        this.push('heading', inlineRuns(tokens), flow, { level: Math.max(2, depth) });
        break;
      }
      case 'paragraph':
      case 'text': {
        const { tokens, text } = token as Tokens.Paragraph | Tokens.Text;
        this.push(flow.type, tokens ? inlineRuns(tokens) : [{ text: decodeEntities(text) }], flow);
        break;
      }
      case 'blockquote':
        this.blocks((token as Tokens.Blockquote).tokens, { ...flow, type: 'quote' });
        break;
      case 'list':
        this.markerAlone(flow);
        this.list(token as Tokens.List);
        break;
      case 'code':
        this.markerAlone(flow);
        this.push(
          'code',
          [{ text: (token as Tokens.Code).text }],
          { ...flow, marker: undefined },
          {},
        );
        break;
      case 'table':
        this.markerAlone(flow);
        this.table(token as Tokens.Table);
        break;
      case 'html':
        this.markerAlone(flow);
        this.rawHtml((token as Tokens.HTML).text);
        break;
      default:
        // space, hr, def (link definitions) and checkboxes carry no text to read
        break;
    }
  }

  private list(list: Tokens.List): void {
    for (const item of list.items) {
      const flow: Flow = {
        type: 'paragraph',
        attrs: {},
        marker: { text: LIST_MARKER.exec(item.raw)?.[0].trim() ?? '' },
      };
      this.blocks(item.tokens, flow);
      this.markerAlone(flow); // an empty item is its marker alone
    }
  }

  /** A list item's marker not yet placed, as a paragraph of its own: before a code block. */
  private markerAlone(flow: Flow): void {
    if (flow.marker?.text) this.push('paragraph', [], flow, {});
  }

  private table(table: Tokens.Table): void {
    const rows = [table.header, ...table.rows];
    const cellFlow: Flow = { type: 'tableCell', attrs: {} };
    rows.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        const attrs: BlockAttrs = { row, column };
        if (row === 0) attrs.header = true;
        this.push('tableCell', inlineRuns(cell.tokens), cellFlow, attrs);
      }),
    );
  }

  /** An HTML block is read as a web page's content would be: its text, in blocks. */
  private rawHtml(html: string): void {
    if (!html.trim() || /^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
    const document = parseHtmlDocument(`<!doctype html><body>${html}</body>`);
    this.result.push(...blocksFromElement(document.body));
  }
}

/** Inline tokens as text runs with marks; `skipping` carries an open raw-text tag along. */
function inlineRuns(tokens: readonly Token[]): TextRun[] {
  const runs: TextRun[] = [];
  const state = { skipUntil: null as string | null };
  collectInline(tokens, [], runs, state);
  return runs;
}

function collectInline(
  tokens: readonly Token[],
  marks: readonly Mark[],
  runs: TextRun[],
  state: { skipUntil: string | null },
): void {
  const push = (text: string) => {
    if (text) runs.push(marks.length ? { text, marks: marks as Mark[] } : { text });
  };
  const withMark = (mark: Mark) => [...marks.filter((m) => m.type !== mark.type), mark];
  for (const token of tokens) {
    if (state.skipUntil) {
      if (token.type === 'html' && token.text.toLowerCase().startsWith(state.skipUntil)) {
        state.skipUntil = null;
      }
      continue;
    }
    switch (token.type) {
      case 'text':
        if (token.tokens) collectInline(token.tokens, marks, runs, state);
        else push(decodeEntities(token.text));
        break;
      case 'escape':
        push(token.text);
        break;
      case 'strong':
        collectInline(token.tokens ?? [], withMark({ type: 'bold' }), runs, state);
        break;
      case 'em':
        collectInline(token.tokens ?? [], withMark({ type: 'italic' }), runs, state);
        break;
      case 'codespan':
        runs.push({ text: token.text, marks: withMark({ type: 'code' }) });
        break;
      case 'link': {
        const href = safeHref(token.href);
        const inner = href ? withMark({ type: 'link', href }) : marks;
        collectInline(token.tokens ?? [], inner, runs, state);
        break;
      }
      case 'del':
        collectInline(token.tokens ?? [], marks, runs, state);
        break;
      case 'br':
        push(' ');
        break;
      case 'html': {
        // Tags are dropped; a raw-text one hides what follows up to its end tag.
        const open = RAW_TEXT_TAG.exec(token.text);
        if (open && !/\/\s*>$/.test(token.text)) state.skipUntil = `</${open[1]!.toLowerCase()}`;
        else if (/^<br\b/i.test(token.text)) push(' ');
        break;
      }
      default:
        // images, checkboxes and anything an extension adds: nothing to read
        break;
    }
  }
}

function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

function frontMatterTitle(yaml: string): string | undefined {
  const line = /^title:[ \t]*(.+)$/m.exec(yaml)?.[1];
  return cleanText(line?.replace(/^(["'])(.*)\1\s*$/, '$2'));
}
