// `factmark import <file|url|export>… --library DIR`: articles (web pages, Markdown, text,
// URLs) become library articles; annotation files (Factmark JSON, W3C JSON-LD, brat .ann or a
// brat folder) are merged into the library, all of them or none.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';
import type { CoreCaller } from './core-calls';
import { isAnnotationFile } from '../core/import/read-annotation-files';
import { importAnnotationFiles } from '../core/import/import-annotations';
import { openLibrary } from '../core/library/library-store';
import { CliError, EXIT, type CliIo } from './io';
import { formatName } from '../../shared/import/recognise';

/** A source named by URL (`https://…`) rather than by a path. */
export const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

export async function importSources(
  sources: readonly string[],
  core: CoreCaller,
  libraryDir: string,
  io: CliIo,
  /** Who is importing: the layer imported annotations go to, and the library's writer. */
  annotator?: string,
): Promise<number> {
  if (sources.length === 0)
    throw new CliError(EXIT.usage, 'import: name at least one file or URL.');
  const annotationFiles: string[] = [];
  const articleSources: string[] = [];
  for (const source of sources) {
    if (!isUrl(source) && (await isAnnotationFile(source))) annotationFiles.push(source);
    else articleSources.push(source);
  }
  let failed = await importArticles(articleSources, core, io);
  if (
    annotationFiles.length > 0 &&
    !(await mergeAnnotations(annotationFiles, libraryDir, io, annotator))
  )
    failed++;
  return failed === 0 ? EXIT.ok : EXIT.badInput;
}

async function mergeAnnotations(
  paths: string[],
  libraryDir: string,
  io: CliIo,
  annotator: string | undefined,
): Promise<boolean> {
  try {
    const report = await importAnnotationFiles(
      openLibrary(libraryDir, { annotator: annotator ?? null }),
      paths,
      new Date(),
      annotator === undefined ? {} : { annotator },
    );
    io.out(
      `merged ${paths.length} annotation file${paths.length === 1 ? '' : 's'}: ` +
        `${report.articlesAdded} articles added, ${report.articlesUpdated} updated, ` +
        `${report.claimsAdded} claims and ${report.mentionsAdded} mentions added, ${report.entitiesAdded} entities added` +
        (report.relationsAdded ? `, ${report.relationsAdded} links added` : ''),
    );
    for (const { fileName, format } of report.recognised) {
      io.err(`${fileName}: read as ${formatName(format)}`);
    }
    for (const c of report.conflicts) io.err(`conflict: ${c.message}`);
    for (const w of report.warnings) io.err(`warning: ${w}`);
    return true;
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)} (nothing was imported)`);
    return false;
  }
}

async function importArticles(
  sources: readonly string[],
  core: CoreCaller,
  io: CliIo,
): Promise<number> {
  let failed = 0;
  for (const [i, source] of sources.entries()) {
    const progress = sources.length > 1 ? `[${i + 1}/${sources.length}] ` : '';
    try {
      const article = isUrl(source)
        ? await core.call('openUrl', { url: source })
        : await core.call('openFile', {
            fileName: basename(source),
            dataBase64: await readAsBase64(source),
          });
      io.out(`${progress}${article.id}\t${article.title}`);
    } catch (err) {
      failed++;
      io.err(`${progress}${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (sources.length > 1) io.err(`imported ${sources.length - failed} of ${sources.length}`);
  return failed;
}

export async function readAsBase64(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(EXIT.badInput, `${path}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(
      EXIT.badInput,
      `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new CliError(
      EXIT.badInput,
      `${path}: ${Math.round(size / 1e6)} MB is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit`,
    );
  }
  return (await readFile(path)).toString('base64');
}
