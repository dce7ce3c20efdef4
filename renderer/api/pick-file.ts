// `Open file` in both modes: the page's own file chooser, then the bytes go to the host's
// openFile call, which reads them as an article. The host never sees a path from the page.
import type { Article } from '../../shared/model/article';
import { MAX_SOURCE_BYTES, type FactmarkApi, type ImportReport } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { withRefusedFile, type EncodedFile } from './annotation-file';
import { bytesToBase64 } from './base64';

/** What the chooser offers: the kinds of source the host can read. */
export const OPENABLE_FILES =
  '.html,.htm,.xhtml,.md,.markdown,.txt,.text,.pdf,text/html,text/markdown,text/plain,application/pdf';

/** Shows the file chooser; resolves null when the user cancels. */
export function chooseFile(doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = OPENABLE_FILES;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Reads a chosen source file; refuses an empty, oversized or unreadable one, naming it. */
export async function readSourceFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<EncodedFile> {
  if (file.size === 0) {
    throw new ContractError('bad-source', `${file.name}: the file is empty.`);
  }
  if (file.size > MAX_SOURCE_BYTES) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    throw new ContractError(
      'bad-source',
      `${file.name}: the file is ${mb(file.size)} MB; Factmark reads files up to ${mb(MAX_SOURCE_BYTES)} MB.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ContractError('bad-source', `${file.name}: the file could not be read (${reason}).`);
  }
  return { fileName: file.name, dataBase64: bytesToBase64(bytes) };
}

/** Reads a chosen file and opens it as a new library article. */
export async function openChosenFile(
  api: Pick<FactmarkApi, 'openFile'>,
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  jobId?: string,
): Promise<Article> {
  const encoded = await readSourceFile(file);
  try {
    return await api.openFile(jobId ? { ...encoded, jobId } : encoded);
  } catch (error) {
    throw withRefusedFile(error, encoded); // an export: the page can offer to import it
  }
}

export async function pickAndOpenFile(
  api: Pick<FactmarkApi, 'openFile'>,
  jobId?: string,
): Promise<Article | null> {
  const file = await chooseFile();
  return file ? openChosenFile(api, file, jobId) : null;
}

/** What the import chooser offers: Factmark JSON, W3C JSON-LD, brat (.ann, .txt, .conf). */
export const IMPORTABLE_FILES =
  '.json,.jsonld,.ann,.txt,.conf,application/json,application/ld+json';

/** Shows a chooser for several files; resolves an empty list when the user cancels. */
export function chooseFiles(accept: string, doc: Document = document): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

/** Reads chosen annotation files and merges them into the library; null when cancelled. */
export async function pickAndImportAnnotations(
  api: Pick<FactmarkApi, 'importAnnotations'>,
): Promise<ImportReport | null> {
  const files = await chooseFiles(IMPORTABLE_FILES);
  if (files.length === 0) return null;
  const encoded = [];
  for (const file of files) {
    if (file.size > MAX_SOURCE_BYTES) {
      throw new ContractError('bad-source', `${file.name}: the file is too large to import.`);
    }
    encoded.push({
      fileName: file.name,
      dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    });
  }
  return api.importAnnotations({ files: encoded });
}
