// The contract's calls as plain Node services, written once and registered by both hosts
// (Electron's IPC and the browser mode's loopback HTTP) through `dispatch`, which has already
// validated each input against the contract's schema.
import type { Handlers } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { exportFile, DEFAULT_GENERATOR } from './export/export-file';
import { fetchArticle, loadPastedText, loadSource, type LoaderLimits } from './loaders/index';
import type { NetworkPolicy } from './net/address-policy';
import type { FetchPage } from './net/guarded-fetch';
import { openLibrary } from './library/library-store';
import { importAnnotations } from './import/import-annotations';
import { CorpusCache } from './library/corpus-cache';
import { readSourceAgain } from './reload/read-source-again';
import { openFileTracked } from './open-file-tracked';
import { OpenJobs } from './open-jobs';
import { libraryAnnotators } from './library/library-annotators';
import type { LibraryWatch } from './library/library-watch';
import { nodeAtomicFs } from './fs/atomic-write';
import type { AnnotatorName } from '../../shared/model/annotators';
import type { AnnotatorSettings } from './annotator-settings';

export interface CoreOptions {
  libraryDir: string;
  /** The transport for web pages (tests); by default one that checks every connection. */
  fetch?: FetchPage;
  /** Open local-network addresses without asking (`--allow-local-network`). */
  allowLocalNetwork?: boolean;
  now?: () => Date;
  generator?: string;
  /** A window is about to list the library: read its index now (the hosts, not the CLI). */
  warmLibrary?: boolean;
  /** The loader worker's time budget and memory cap (tests give a small budget). */
  loaderLimits?: Partial<LoaderLimits>;
  /** Who is annotating (`--annotator`, or the host's settings); null until a name is chosen. */
  annotator?: AnnotatorName | null;
  /** `--annotator` was given: the name is the host's, not the settings'. */
  annotatorFixed?: boolean;
  /** Where a name chosen in the app is remembered (the hosts' settings file). */
  settings?: AnnotatorSettings;
  /**
   * The watch on the library folder (the hosts; closed by them): waitForLibraryChanges answers
   * from it, and this host's writes are noted in it. Without one, nothing is live.
   */
  changes?: LibraryWatch;
}

/** Everything but the calls that need the desktop (save and open dialogs, the system browser). */
export type CoreHandlers = Omit<Handlers, 'saveExport' | 'openExternal' | 'openDesktopFile'>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createCoreHandlers(options: CoreOptions): CoreHandlers {
  const changes = options.changes;
  const library = openLibrary(options.libraryDir, {
    annotator: options.annotator ?? null,
    ...(changes ? { fs: changes.recordingWrites(nodeAtomicFs) } : {}),
  });
  // Read the library index while the window loads: the first listing then needs only a stat
  // per row it shows. A CLI command may never list, so it does not pay for it.
  if (options.warmLibrary) library.warmUp();
  const now = options.now ?? (() => new Date());
  const generator = options.generator ?? DEFAULT_GENERATOR;
  const corpus = new CorpusCache(options.libraryDir);
  const jobs = new OpenJobs();
  const limits = options.loaderLimits;
  // The host's own allowance, plus the hosts the person allowed in this call.
  const network = (allowLocalHosts: readonly string[] = []): NetworkPolicy => ({
    allowLocalNetwork: options.allowLocalNetwork ?? false,
    allowLocalHosts,
  });

  return {
    listLibrary: ({ limit }) => library.list(limit === undefined ? {} : { limit }),
    getArticle: ({ id }) => library.get(id),
    openFile: async ({ fileName, dataBase64, jobId }) => {
      const bytes = decodeBase64(fileName, dataBase64);
      if (jobId === undefined) {
        return library.create(await loadSource({ fileName, bytes }, now(), { limits }), now());
      }
      return openFileTracked({ library, jobs, now, limits }, jobId, { fileName, bytes });
    },
    getOpenProgress: async ({ jobId }) => jobs.progress(jobId),
    cancelOpen: async ({ jobId }) => {
      jobs.cancel(jobId);
      return {};
    },
    openUrl: async ({ url, allowLocalHosts }) =>
      library.create(
        await fetchArticle(url, {
          fetch: options.fetch,
          network: network(allowLocalHosts),
          now,
          limits,
        }),
        now(),
      ),
    openText: async ({ text, title }) =>
      library.create(await loadPastedText(text, { title, now: now(), limits }), now()),
    saveArticle: ({ article, baseRevision }) => library.save(article, now(), baseRevision),
    saveAnnotations: ({ id, baseRevision, ...change }) =>
      library.saveAnnotations(id, change, now(), baseRevision),
    reloadArticle: async ({ id, from, baseRevision, allowLocalHosts }) => {
      const stored = await library.get(id);
      const source =
        from?.kind === 'file'
          ? { ...from, bytes: decodeBase64(from.fileName, from.dataBase64) }
          : from;
      const extracted = await readSourceAgain(stored, source, {
        fetch: options.fetch,
        network: network(allowLocalHosts),
        now,
        limits,
      });
      return library.reload(id, extracted, now(), baseRevision);
    },
    deleteArticle: async ({ id }) => {
      await library.delete(id);
      return {};
    },
    getEntities: () => library.getRegistry(),
    saveEntities: ({ registry, baseRevision }) =>
      library.saveRegistry(registry, now(), baseRevision),
    exportAnnotations: ({ format, articleIds, annotator }) =>
      exportFile(library, {
        format,
        articleIds,
        exportedAt: now(),
        generator,
        ...(annotator === undefined ? {} : { annotator }),
      }),
    getCorpus: ({ unlessVersion }) => corpus.corpus(unlessVersion),
    searchLibrary: async ({ query, limit }) => ({
      hits: await corpus.search(query, limit === undefined ? {} : { limit }),
    }),
    getAnnotator: async () => ({
      annotator: library.annotator(),
      fixed: options.annotatorFixed ?? false,
    }),
    setAnnotator: async ({ annotator }) => {
      const fixed = options.annotatorFixed ? library.annotator() : null;
      if (fixed && fixed !== annotator) {
        throw new ContractError(
          'invalid-input',
          `This window writes as ${fixed}, the name it was started with (--annotator); ` +
            `start it again to annotate as ${annotator}`,
        );
      }
      library.setAnnotator(annotator);
      if (!fixed) await options.settings?.save(annotator);
      return { annotator };
    },
    listAnnotators: async () => ({ annotators: await libraryAnnotators(options.libraryDir) }),
    getLayers: async ({ id }) => ({ layers: await library.layers(id) }),
    setLayerDone: async ({ id, done }) => {
      await library.setDone(id, done, now());
      return {};
    },
    linkAnnotations: async ({ relations }) => ({ added: await library.link(relations) }),
    unlinkAnnotations: async ({ links }) => ({ removed: await library.unlink(links) }),
    listRelations: async ({ article }) => ({ relations: await library.relationsOf(article) }),
    waitForLibraryChanges: async ({ after }) =>
      changes ? changes.wait(after) : { cursor: '', articles: [], all: false, live: false },
    importAnnotations: ({ files }) =>
      importAnnotations(
        library,
        files.map((f) => ({
          name: f.fileName,
          content: Buffer.from(decodeBase64(f.fileName, f.dataBase64)).toString('utf8'),
        })),
        now(),
      ),
  };
}

/** The file's bytes; Buffer.from would quietly skip characters that are not base64. */
function decodeBase64(fileName: string, data: string): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact)) {
    throw new ContractError(
      'bad-source',
      `${fileName}: the file's data did not arrive intact (not base64)`,
    );
  }
  return Buffer.from(compact, 'base64');
}
