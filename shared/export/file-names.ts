// File names for exports: a readable slug of the article title, unique within one bundle.
import type { Article } from '../model/article';

/** Longest slug kept, in characters: names stay readable and well under file-system limits. */
const MAX_SLUG_LENGTH = 60;

/** `Llama 4 lands: 73.5% on MMLU` → `llama-4-lands-73-5-on-mmlu`; '' when nothing is left. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/**
 * One base name per article, in order: the slug of its title (its id when the title has no
 * Latin letters or digits), with `-2`, `-3`… added where two articles would share a name.
 */
export function articleBaseNames(articles: readonly Pick<Article, 'id' | 'title'>[]): string[] {
  const used = new Set<string>();
  return articles.map((a) => {
    const base = slugify(a.title) || a.id;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

/** The name of a single-file export: the article's slug for one article, else a generic one. */
export function bundleBaseName(articles: readonly Pick<Article, 'id' | 'title'>[]): string {
  return articles.length === 1 ? articleBaseNames(articles)[0]! : 'factmark-export';
}
