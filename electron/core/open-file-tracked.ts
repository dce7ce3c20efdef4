// Opens a file as a library article under a job id: its progress is reported to the job table
// page by page, and a cancel ends the loader worker at once. A cancelled open writes nothing.
import type { Article } from '../../shared/model/article';
import type { LibraryStore } from './library/library-store';
import { baseName, loadSource, type LoaderLimits, type SourceFile } from './loaders/index';
import type { OpenJobs } from './open-jobs';

export interface TrackedOpenDeps {
  library: Pick<LibraryStore, 'create'>;
  jobs: OpenJobs;
  now: () => Date;
  limits?: Partial<LoaderLimits>;
}

export async function openFileTracked(
  { library, jobs, now, limits }: TrackedOpenDeps,
  jobId: string,
  file: SourceFile,
): Promise<Article> {
  const job = jobs.start(jobId);
  const name = baseName(file.fileName);
  try {
    job.throwIfCancelled(name);
    const extracted = await loadSource(file, now(), {
      signal: job.signal,
      onProgress: (done, total) => job.report({ done, total, stage: 'pages' }),
      limits,
    });
    // The last page may have been read just as the user pressed Cancel: still write nothing.
    job.throwIfCancelled(name);
    job.report({ done: 0, total: 0, stage: 'saving' });
    return await library.create(extracted, now());
  } finally {
    job.finish();
  }
}
