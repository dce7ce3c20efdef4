// `factmark relations --library DIR [--article ID] [--json]`: the library's links, each with
// its two ends (article title, kind, quote, or the web address), whether the end is still in
// its text (placed, orphan, missing) and who made it.
import type { Article } from '../../shared/model/article';
import { relationRows, relationTable } from '../../shared/corpus/relation-list';
import { CliError, EXIT, type CliIo } from './io';
import { openExistingLibrary } from './core-calls';

export interface RelationsOptions {
  libraryDir: string;
  /** At most one: the links that start or end in that article. */
  articleIds: readonly string[];
  json: boolean;
}

export async function printRelations(options: RelationsOptions, io: CliIo): Promise<number> {
  if (options.articleIds.length > 1) {
    throw new CliError(EXIT.usage, 'relations: give at most one --article ID.');
  }
  const [articleId] = options.articleIds;
  const library = openExistingLibrary(options.libraryDir);
  const { articles: summaries, problems } = await library.list();
  if (articleId !== undefined && !summaries.some((s) => s.id === articleId)) {
    throw new CliError(EXIT.badInput, `relations: no article ${articleId} in the library.`);
  }
  // Every article: a link into this one may start anywhere, and each end needs its quote.
  const articles: Article[] = [];
  for (const summary of summaries) {
    try {
      articles.push(await library.get(summary.id));
    } catch (err) {
      io.err(`${summary.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  for (const p of problems) io.err(`${p.file}: ${p.message}`);
  const rows = relationRows(articles, articleId);
  io.out(options.json ? JSON.stringify(rows, null, 2) : relationTable(rows));
  return EXIT.ok;
}
