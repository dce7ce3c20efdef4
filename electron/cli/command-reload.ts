// `factmark reload --article ID [--from FILE|URL] --library DIR`: reads an article's source again
// (its URL, or the file given), re-anchors its annotations, saves, and prints the counts by state.
import { basename } from 'node:path';
import type { CallInput } from '../../shared/contract/calls';
import { isUrl, readAsBase64 } from './command-import';
import type { CoreCaller } from './core-calls';
import { CliError, EXIT, type CliIo } from './io';

export interface ReloadOptions {
  articleIds: readonly string[];
  from: string | undefined;
}

export async function reloadArticle(
  { articleIds, from }: ReloadOptions,
  core: CoreCaller,
  io: CliIo,
): Promise<number> {
  if (articleIds.length !== 1) {
    throw new CliError(EXIT.usage, 'reload: name one article with --article ID.');
  }
  const id = articleIds[0]!;
  const input: CallInput<'reloadArticle'> = { id };
  if (from !== undefined) {
    input.from = isUrl(from)
      ? { kind: 'url', url: from }
      : { kind: 'file', fileName: basename(from), dataBase64: await readAsBase64(from) };
  } else {
    const { title, source } = await core.call('getArticle', { id });
    if (source.kind !== 'url' || !source.url) {
      const what = source.kind === 'paste' ? 'pasted text' : (source.fileName ?? 'a file');
      throw new CliError(
        EXIT.badInput,
        `${id} (${title}) was read from ${what}, and no path to it is kept: give the file with --from FILE.`,
      );
    }
  }
  const { article, counts } = await core.call('reloadArticle', input);
  if (counts.unchanged) {
    io.out(`${article.id}\t${article.title}\tunchanged: the text is the same, nothing was written`);
    return EXIT.ok;
  }
  io.out(
    `${article.id}\t${article.title}\t${counts.anchored} anchored\t${counts.drifted} drifted\t${counts.orphaned} orphaned`,
  );
  if (counts.drifted + counts.orphaned > 0) {
    io.err(
      'Drifted annotations are placed but need review; orphaned ones are kept under "orphans".',
    );
  }
  return EXIT.ok;
}
