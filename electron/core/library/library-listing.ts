// Lists the library's article summaries from its index (./summary-index) and the files: a file
// the index does not know is read; an indexed one counts only once a `stat` shows it unchanged,
// else it is read again. Asked for the newest `limit` only, it checks just those, so the first
// screen of a library of 10,000 articles costs one folder listing and a few dozen `stat`s.
import type { LibraryProblem } from '../../../shared/contract/calls';
import type { ArticleSummary } from '../../../shared/model/article';
import { forEachLimited } from './for-each-limited';
import type { FileStamp, SummaryIndex } from './summary-index';

/** Files read at once: enough to keep the disk busy, few enough for any OS. */
const CONCURRENCY = 32;
/**
 * Files checked between two turns of the event loop. A `stat` is checked synchronously: 10,000
 * of them through the thread pool's promises cost several times the CPU (and queue the other
 * calls' reads behind them); in batches, a call that arrives meanwhile waits a few ms at most.
 */
const STATS_PER_TURN = 500;

/** What reading one article file gave. */
export type FileRead =
  | { state: 'ok'; summary: ArticleSummary }
  | { state: 'damaged'; problem: LibraryProblem }
  | { state: 'missing' };

export interface ListingSources {
  index: SummaryIndex;
  /** The article files in the folder now. */
  files: readonly string[];
  /** The file's stamp, read synchronously (see STATS_PER_TURN); undefined when it is gone. */
  stat(file: string): FileStamp | undefined;
  read(file: string): Promise<FileRead>;
}

export interface Listing {
  /** Most recently changed first; with `limit`, the newest `limit` of them. */
  articles: ArticleSummary[];
  problems: LibraryProblem[];
  /** How many articles the library holds in all (those not checked counted as indexed). */
  total: number;
}

export async function listSummaries(sources: ListingSources, limit?: number): Promise<Listing> {
  const { index, files } = sources;
  const indexed: string[] = [];
  const unindexed: string[] = [];
  for (const file of files) (index.has(file) ? indexed : unindexed).push(file);
  const toCheck = limit === undefined ? indexed : index.newestFirst(indexed).slice(0, limit);
  const articles: ArticleSummary[] = [];
  const problems: LibraryProblem[] = [];

  const readAndRemember = async (file: string, stamp: FileStamp) => {
    const read = await sources.read(file);
    if (read.state === 'ok') {
      articles.push(read.summary);
      index.remember(file, stamp, read.summary);
    } else {
      index.forget(file);
      if (read.state === 'damaged') problems.push(read.problem);
    }
  };
  // Files the index does not know are read whole. For the first screen of a library with more
  // of them than a screen (one without its index yet), only the `limit` written last are: a
  // file's time stands in for its article's until the whole list reads them all.
  const stamped = await stampsOf(unindexed, sources.stat);
  const toRead =
    limit === undefined || stamped.length <= limit
      ? stamped
      : stamped.sort((a, b) => b[1].mtimeMs - a[1].mtimeMs).slice(0, limit);
  await forEachLimited(toRead, CONCURRENCY, ([file, stamp]) => readAndRemember(file, stamp));
  const changed: Array<[string, FileStamp]> = [];
  for (const [file, stamp] of await stampsOf(toCheck, sources.stat, index)) {
    const summary = index.lookup(file, stamp);
    if (summary) articles.push(summary);
    else changed.push([file, stamp]);
  }
  await forEachLimited(changed, CONCURRENCY, ([file, stamp]) => readAndRemember(file, stamp));
  index.retainOnly(new Set(files));

  articles.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return {
    articles: limit === undefined ? articles : articles.slice(0, limit),
    problems,
    total: articles.length + (indexed.length - toCheck.length) + (stamped.length - toRead.length),
  };
}

/** Each file's stamp, in batches between turns of the event loop; a file gone is left out. */
async function stampsOf(
  files: readonly string[],
  stat: ListingSources['stat'],
  index?: SummaryIndex,
): Promise<Array<[string, FileStamp]>> {
  const stamps: Array<[string, FileStamp]> = [];
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % STATS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const stamp = stat(files[i]!);
    if (stamp) stamps.push([files[i]!, stamp]);
    else index?.forget(files[i]!); // deleted while listing
  }
  return stamps;
}
