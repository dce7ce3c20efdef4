// The loading pipeline: from a file's bytes, a fetched page or pasted text to an extracted
// article, through the loader its type calls for. Every refusal names the source and the reason.
import { MAX_SOURCE_BYTES } from '../../../shared/contract/calls';
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle, Source } from '../../../shared/model/article';
import { detectKind } from './detect';
import { titleFromFileName, type LoadContext } from './extracted';
import { formatSize } from './format-size';
import { readInWorker, type WorkerRunOptions } from './worker-runner';

export { NOT_AN_ARTICLE_NOTICE } from './html-notices';
export { fetchArticle, type FetchArticleOptions } from './url';
export { DEFAULT_LOADER_LIMITS, type LoaderLimits } from './worker-runner';

export interface SourceFile {
  /** The name the user's file has; only its last part is shown and kept. */
  fileName: string;
  bytes: Uint8Array;
  /** Where the file was saved from, if known: relative links in a page resolve against it. */
  url?: string;
}

export const PASTED_TEXT_TITLE = 'Pasted text';

/** Cancelling, progress and limits of the loader worker, which reads every source. */
export interface SourceLoadOptions extends WorkerRunOptions {
  /** The title when the source names none (instead of the file name): a reload keeps the
   * article's own title rather than taking the name of the file it was read again from. */
  fallbackTitle?: string;
}

/** Reads a file the user chose, in the loader worker. */
export async function loadSource(
  file: SourceFile,
  now: Date = new Date(),
  options: SourceLoadOptions = {},
): Promise<ExtractedArticle> {
  const fileName = baseName(file.fileName);
  if (file.bytes.byteLength === 0) {
    throw new ContractError('bad-source', `${fileName}: the file is empty`);
  }
  assertSourceSize(fileName, file.bytes.byteLength);
  const kind = detectKind(fileName, file.bytes);
  const source: Source = { kind: 'file', fileName, retrievedAt: now.toISOString() };
  if (file.url) source.url = file.url;
  const context = {
    source,
    fallbackTitle: options.fallbackTitle ?? titleFromFileName(fileName),
    displayName: fileName,
    url: file.url,
  };
  return readInWorker({ kind, content: { bytes: file.bytes }, context }, options);
}

/** Refuses a file over MAX_SOURCE_BYTES, naming it (callers that read by path check first). */
export function assertSourceSize(name: string, bytes: number): void {
  if (bytes > MAX_SOURCE_BYTES) {
    throw new ContractError(
      'bad-source',
      `${name}: the file is too large (${formatSize(bytes)}); Factmark opens files up to ${formatSize(MAX_SOURCE_BYTES)}`,
    );
  }
}

/** Reads text the user pasted: a copied page's HTML is read as a page, anything else as text. */
export async function loadPastedText(
  text: string,
  options: { title?: string; now?: Date } & Pick<WorkerRunOptions, 'limits'> = {},
): Promise<ExtractedArticle> {
  if (!text.trim()) {
    throw new ContractError('bad-source', `${PASTED_TEXT_TITLE}: there is no text to open`);
  }
  const context: LoadContext = {
    source: { kind: 'paste', retrievedAt: (options.now ?? new Date()).toISOString() },
    fallbackTitle: PASTED_TEXT_TITLE,
    displayName: PASTED_TEXT_TITLE,
  };
  if (options.title?.trim()) context.title = options.title;
  const kind = looksLikeHtml(text) ? 'html' : 'text';
  const content = { text: text.replace(/^\ufeff/, '') };
  return readInWorker({ kind, content, context }, { limits: options.limits });
}

/** Text that starts with markup a page or a copied fragment of one starts with. */
function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|ul|ol|table|blockquote|span|a|meta)[\s>]/i.test(
    text,
  );
}

/** The last part of a file name given with its folders (either slash), as messages show it. */
export function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() || fileName;
}
