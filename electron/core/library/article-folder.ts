// The `articles/` folder's listing: the names of the article files in it and the id each holds,
// shared by the library store and the corpus cache so both see the same files.
import { readdir } from 'node:fs/promises';
import { ARTICLE_ID_SOURCE } from '../../../shared/model/ids';
import { ioError } from '../fs/io-error';

const ARTICLE_FILE = new RegExp(`^(${ARTICLE_ID_SOURCE})\\.json$`);

/** The article file names in `articlesFolder`; none when the folder does not exist yet. */
export async function listArticleFiles(articlesFolder: string): Promise<string[]> {
  try {
    return (await readdir(articlesFolder)).filter((name) => ARTICLE_FILE.test(name));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw ioError(articlesFolder, 'could not be read', error);
  }
}

/** The article id an article file name (one `listArticleFiles` returned) holds. */
export function articleIdOfFile(file: string): string {
  return ARTICLE_FILE.exec(file)![1]!;
}
