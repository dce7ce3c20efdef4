// What every loader does last: puts the title block first, fills in the metadata a source does
// not have, and refuses a source that yielded no text at all.
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle, Source } from '../../../shared/model/article';
import { collapseWhitespace, makeBlock, type Block } from '../../../shared/model/blocks';

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
  const extracted: ExtractedArticle = {
    title: title ?? 'Untitled',
    byline: cleanText(parts.byline) ?? null,
    publishedAt: cleanText(parts.publishedAt) ?? null,
    siteName: cleanText(parts.siteName) ?? null,
    lang: cleanText(parts.lang) ?? null,
    dir: parts.dir === 'rtl' || parts.dir === 'ltr' ? parts.dir : null,
    excerpt: cleanText(parts.excerpt) ?? null,
    source: { ...context.source, mediaType: parts.mediaType },
    blocks: titleBlock ? [titleBlock, ...parts.body] : parts.body,
  };
  if (parts.notice) extracted.notice = parts.notice;
  return extracted;
}

/** Metadata as one line of text, or undefined when there is none. */
export function cleanText(text: string | null | undefined): string | undefined {
  const cleaned = text ? collapseWhitespace(text).trim() : '';
  return cleaned || undefined;
}

/** The title a file gives when its content names none: its name without folder or extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  return cleanText(withoutExtension || base) ?? 'Untitled';
}
