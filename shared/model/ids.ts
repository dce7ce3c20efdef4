// Ids are a type prefix and a random part: readable in exports, unique without coordination.
export type IdPrefix = 'art' | 'clm' | 'men' | 'ent' | 'evi' | 'rel';

/** What an article id looks like (also its file name in the library, without `.json`). */
export const ARTICLE_ID_SOURCE = 'art_[A-Za-z0-9_-]+';
export const ARTICLE_ID = new RegExp(`^${ARTICLE_ID_SOURCE}$`);

export const isArticleId = (value: string): boolean => ARTICLE_ID.test(value);

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
