// What every loader does last: puts the title block first, fills in the metadata a source does
// not have, and refuses a source that yielded no text at all. A heading that only repeats the
// title at the top of the body is the title shown by the source: the title block carries it.
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle, Source } from '../../../shared/model/article';
import { blockText, collapseWhitespace, makeBlock, type Block } from '../../../shared/model/blocks';
import { withoutControlCharacters } from '../../../shared/text/control-characters';

/** How a loader is told where its text came from. */
export interface LoadContext {
  /** The source as the pipeline knows it; the loader adds the `mediaType` it read. */
  source: Source;
  /** Used when the source names no title: the file name without extension, or "Pasted text". */
  fallbackTitle: string;
  /** A title the user gave, which wins over the one found in the source. */
  title?: string;
  /** The name used in error messages: the file name or the URL. */
  displayName: string;
}

export interface ExtractedParts {
  title: string | null | undefined;
  body: Block[];
  mediaType: NonNullable<Source['mediaType']>;
  byline?: string | null;
  publishedAt?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  excerpt?: string | null;
  notice?: string;
}

export function assembleArticle(context: LoadContext, parts: ExtractedParts): ExtractedArticle {
  if (parts.body.length === 0) {
    throw new ContractError('bad-source', `${context.displayName}: there is no text to read in it`);
  }
  const title =
    cleanText(context.title) ?? cleanText(parts.title) ?? cleanText(context.fallbackTitle);
  const titleBlock = makeBlock('title', [{ text: title ?? 'Untitled' }]);
  const [first, ...rest] = parts.body;
  const body =
    title && first?.type === 'heading' && sameTitle(blockText(first), title) && rest.length > 0
      ? rest
      : parts.body;
  const extracted: ExtractedArticle = {
    title: title ?? 'Untitled',
    byline: cleanText(parts.byline) ?? null,
    publishedAt: cleanText(parts.publishedAt) ?? null,
    siteName: cleanText(parts.siteName) ?? null,
    lang: cleanText(parts.lang) ?? null,
    dir: parts.dir === 'rtl' || parts.dir === 'ltr' ? parts.dir : null,
    excerpt: cleanText(parts.excerpt) ?? null,
    source: { ...context.source, mediaType: parts.mediaType },
    blocks: titleBlock ? [titleBlock, ...body] : body,
  };
  if (parts.notice) extracted.notice = parts.notice;
  return extracted;
}

/** Metadata as one line of text without control characters, or undefined when there is none. */
export function cleanText(text: string | null | undefined): string | undefined {
  const cleaned = text ? collapseWhitespace(withoutControlCharacters(text)).trim() : '';
  return cleaned || undefined;
}

/**
 * Whether a heading says the title again: the same letters and digits, ignoring case, hyphens,
 * spaces and other punctuation ("Open-weight models" and "Openweight Models" are one title).
 */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const keyA = key(a);
  return keyA !== '' && keyA === key(b);
}

/** The title a file gives when its content names none: its name without folder or extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  return cleanText(withoutExtension || base) ?? 'Untitled';
}
