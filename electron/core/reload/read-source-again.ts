// Reading an article's source again for a reload: the file the user chose again, a URL given, or
// the URL the article came from. Files and pasted text keep no path, so they need to be given.
import { ContractError } from '../../../shared/contract/result';
import type { Article, ExtractedArticle } from '../../../shared/model/article';
import {
  fetchArticle,
  loadSource,
  type FetchArticleOptions,
  type LoaderLimits,
} from '../loaders/index';

/** Where to read the article from now: a file's bytes or a URL. */
export type ReloadFrom =
  { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'url'; url: string };

export interface ReadAgainOptions {
  fetch?: FetchArticleOptions['fetch'];
  network?: FetchArticleOptions['network'];
  now: () => Date;
  limits?: Partial<LoaderLimits>;
}

export async function readSourceAgain(
  article: Article,
  from: ReloadFrom | undefined,
  options: ReadAgainOptions,
): Promise<ExtractedArticle> {
  const chosen = from ?? storedUrl(article);
  if (chosen.kind === 'file') {
    return loadSource({ fileName: chosen.fileName, bytes: chosen.bytes }, options.now(), {
      fallbackTitle: article.title,
      limits: options.limits,
    });
  }
  // A stored URL came from a file that may have been imported: it gets every check a typed
  // one does (scheme, local network, each redirect) before anything is sent.
  return fetchArticle(chosen.url, {
    fetch: options.fetch,
    network: options.network,
    now: options.now,
    limits: options.limits,
  });
}

/** The article's own URL, for an article opened from one; a clear refusal otherwise. */
function storedUrl(article: Article): ReloadFrom {
  const { source } = article;
  if (source.kind === 'url' && source.url) return { kind: 'url', url: source.url };
  const what =
    source.kind === 'paste'
      ? 'pasted text'
      : `the file ${source.fileName ? `“${source.fileName}”` : 'it was opened from'}`;
  throw new ContractError(
    'invalid-input',
    `${article.title}: it was read from ${what}, and Factmark keeps no path to it; choose the file to reload it from`,
  );
}
