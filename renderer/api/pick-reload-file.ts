// Choosing the file to reload an article from (files and pasted text keep no path): the page's
// own file chooser in both modes; the bytes go to the host's reloadArticle call.
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { bytesToBase64 } from './base64';
import { chooseFile } from './pick-file';

export interface ReloadFile {
  kind: 'file';
  fileName: string;
  dataBase64: string;
}

/** Reads a chosen file for a reload; refuses an empty or oversized one, naming it. */
export async function readReloadFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<ReloadFile> {
  if (file.size === 0) throw new ContractError('bad-source', `${file.name}: the file is empty.`);
  if (file.size > MAX_SOURCE_BYTES) {
    throw new ContractError('bad-source', `${file.name}: the file is too large to reload from.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ContractError('bad-source', `${file.name}: the file could not be read (${reason}).`);
  }
  return { kind: 'file', fileName: file.name, dataBase64: bytesToBase64(bytes) };
}

/** Shows the file chooser; null when the user cancels. */
export async function pickReloadFile(): Promise<ReloadFile | null> {
  const file = await chooseFile();
  return file ? readReloadFile(file) : null;
}
