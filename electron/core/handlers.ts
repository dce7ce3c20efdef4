// The contract's calls as plain Node services, written once and registered by both hosts
// (Electron's IPC and the browser mode's loopback HTTP) through `dispatch`, which has already
// validated each input against the contract's schema.
import type { Handlers } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { exportFile, DEFAULT_GENERATOR } from './export/export-file';
import { fetchArticle, loadPastedText, loadSource } from './loaders/index';
import { openLibrary } from './library/library-store';
import { importAnnotations } from './import/import-annotations';

export interface CoreOptions {
  libraryDir: string;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  generator?: string;
}

/** Everything but the calls that need the desktop (a save dialog, the system browser). */
export type CoreHandlers = Omit<Handlers, 'saveExport' | 'openExternal'>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createCoreHandlers(options: CoreOptions): CoreHandlers {
  const library = openLibrary(options.libraryDir);
  const now = options.now ?? (() => new Date());
  const generator = options.generator ?? DEFAULT_GENERATOR;

  return {
    listLibrary: () => library.list(),
    getArticle: ({ id }) => library.get(id),
    openFile: async ({ fileName, dataBase64 }) => {
      const bytes = decodeBase64(fileName, dataBase64);
      return library.create(await loadSource({ fileName, bytes }, now()), now());
    },
    openUrl: async ({ url }) =>
      library.create(await fetchArticle(url, { fetch: options.fetch, now }), now()),
    openText: async ({ text, title }) =>
      library.create(loadPastedText(text, { title, now: now() }), now()),
    saveArticle: ({ article, baseRevision }) => library.save(article, now(), baseRevision),
    deleteArticle: async ({ id }) => {
      await library.delete(id);
      return {};
    },
    getEntities: () => library.getRegistry(),
    saveEntities: ({ registry }) => library.saveRegistry(registry, now()),
    exportAnnotations: ({ format, articleIds }) =>
      exportFile(library, { format, articleIds, exportedAt: now(), generator }),
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
