// Choosing the file to reload an article from (files and pasted text keep no path): the page's
// own file chooser in both modes; the bytes go to the host's reloadArticle call.
import type { EncodedFile } from './annotation-file';
import { chooseFile, readSourceFile } from './pick-file';

export interface ReloadFile extends EncodedFile {
  kind: 'file';
}

/** Reads a chosen file for a reload; refuses an empty or oversized one, naming it. */
export async function readReloadFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<ReloadFile> {
  return { kind: 'file', ...(await readSourceFile(file)) };
}

/** Shows the file chooser; null when the user cancels. */
export async function pickReloadFile(): Promise<ReloadFile | null> {
  const file = await chooseFile();
  return file ? readReloadFile(file) : null;
}
