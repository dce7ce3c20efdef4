// The `articles/` folder's listing: the names of the article files in it and the id each holds,
// shared by the library store and the corpus cache so both see the same files. Conflict copies
// that sync tools leave (see ./sync-copies) are not articles of their own: the store merges them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_ID_SOURCE } from '../../../shared/model/ids';
import { ioError } from '../fs/io-error';
import { oneDriveCandidateOf } from './sync-copies';

const ARTICLE_FILE = new RegExp(`^(${ARTICLE_ID_SOURCE})\\.json$`);

/** The article file names in `articlesFolder`; none when the folder does not exist yet. */
export async function listArticleFiles(articlesFolder: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(articlesFolder)).filter((name) => ARTICLE_FILE.test(name));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw ioError(articlesFolder, 'could not be read', error);
  }
  const all = new Set(names);
  const files: string[] = [];
  for (const name of names) {
    const original = oneDriveCandidateOf(name, all);
    if (original && (await holdsArticle(join(articlesFolder, name), articleIdOfFile(original)))) {
      continue; // OneDrive's copy of `original` (`art_x-LAPTOP.json` holding art_x)
    }
    files.push(name);
  }
  return files;
}

/** Whether the file at `path` is an article file of article `id`. */
async function holdsArticle(path: string, id: string): Promise<boolean> {
  const content = await readFile(path, 'utf8').catch(() => '');
  try {
    const json = JSON.parse(content) as { article?: { id?: unknown } } | null;
    return json?.article?.id === id;
  } catch {
    return false;
  }
}

/** The article id an article file name (one `listArticleFiles` returned) holds. */
export function articleIdOfFile(file: string): string {
  return ARTICLE_FILE.exec(file)![1]!;
}
