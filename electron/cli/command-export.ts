// `factmark export --library DIR --format F [--article ID… | --all] [--out PATH]`: single-file
// formats go to PATH (or standard output); folder formats (brat) write their files into PATH.
import { join } from 'node:path';
import { EXPORT_FORMAT_IDS, exportFormat, type ExportFormatId } from '../../shared/export/formats';
import { writeFileAtomic } from '../core/fs/atomic-write';
import { exportBundle } from '../core/export/export-file';
import { FactmarkExportSchema } from '../../shared/export/factmark-json';
import { ALL_LAYERS } from '../../shared/export/layer-selection';
import { CliError, EXIT, type CliIo } from './io';
import { openExistingLibrary } from './core-calls';

export interface ExportOptions {
  libraryDir: string;
  format: string | undefined;
  articleIds: readonly string[];
  all: boolean;
  out: string | undefined;
  /** `all` (default), an annotator's name, or `adjudicated`. */
  annotator?: string | undefined;
}

export async function exportAnnotations(options: ExportOptions, io: CliIo): Promise<number> {
  const formatId = options.format ?? 'factmark';
  if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(formatId)) {
    throw new CliError(
      EXIT.usage,
      `export: unknown format "${formatId}" (one of: ${EXPORT_FORMAT_IDS.join(', ')}).`,
    );
  }
  const format = exportFormat(formatId as ExportFormatId);
  if (options.all === options.articleIds.length > 0) {
    throw new CliError(EXIT.usage, 'export: give either --article ID (one or more) or --all.');
  }
  const library = openExistingLibrary(options.libraryDir);
  const articleIds = options.all
    ? (await library.list()).articles.map((a) => a.id)
    : [...options.articleIds];
  if (articleIds.length === 0)
    throw new CliError(EXIT.badInput, 'export: the library has no articles.');
  let bundle;
  try {
    bundle = await exportBundle(library, {
      format: format.id,
      articleIds,
      exportedAt: new Date(),
      annotator: options.annotator ?? ALL_LAYERS,
    });
  } catch (err) {
    throw new CliError(
      EXIT.badInput,
      `export: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (format.id === 'factmark') FactmarkExportSchema.parse(JSON.parse(bundle.files[0]!.content));

  const articles = `${articleIds.length} article${articleIds.length === 1 ? '' : 's'}`;
  if (format.folder) {
    if (!options.out || options.out === '-') {
      throw new CliError(
        EXIT.usage,
        `export: ${format.label} writes a folder; name it with --out DIR.`,
      );
    }
    for (const file of bundle.files)
      await writeFileAtomic(join(options.out, ...file.path.split('/')), file.content);
    io.err(`wrote ${bundle.files.length} files into ${options.out} (${articles})`);
  } else if (!options.out || options.out === '-') {
    io.out(bundle.files[0]!.content);
  } else {
    await writeFileAtomic(options.out, bundle.files[0]!.content);
    io.err(`wrote ${options.out} (${articles})`);
  }
  // On standard error, so an export written to standard output stays the file alone.
  for (const notice of bundle.notices) io.err(notice);
  return EXIT.ok;
}
