// `factmark import <file|url>… --library DIR`: each source becomes a library article.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';
import type { CoreCaller } from './core-calls';
import { CliError, EXIT, type CliIo } from './io';

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

export async function importSources(sources: readonly string[], core: CoreCaller, io: CliIo): Promise<number> {
  if (sources.length === 0) throw new CliError(EXIT.usage, 'import: name at least one file or URL.');
  let failed = 0;
  for (const [i, source] of sources.entries()) {
    const progress = sources.length > 1 ? `[${i + 1}/${sources.length}] ` : '';
    try {
      const article = isUrl(source)
        ? await core.call('openUrl', { url: source })
        : await core.call('openFile', { fileName: basename(source), dataBase64: await readAsBase64(source) });
      io.out(`${progress}${article.id}\t${article.title}`);
    } catch (err) {
      failed++;
      io.err(`${progress}${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (sources.length > 1) io.err(`imported ${sources.length - failed} of ${sources.length}`);
  return failed === 0 ? EXIT.ok : EXIT.badInput;
}

async function readAsBase64(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(EXIT.badInput, `${path}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(EXIT.badInput, `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new CliError(EXIT.badInput, `${path}: ${Math.round(size / 1e6)} MB is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit`);
  }
  return (await readFile(path)).toString('base64');
}
