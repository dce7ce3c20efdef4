// Builds an export of library articles: the files a format writes (`buildExport` in shared/),
// and the single file the contract's exportAnnotations answers, checked before it leaves.
import type { ExportFile } from '../../../shared/contract/calls';
import { ContractError } from '../../../shared/contract/result';
import { FactmarkExportSchema } from '../../../shared/export/factmark-json';
import {
  buildExport,
  exportFormat,
  type ExportBundle,
  type ExportFormatId,
} from '../../../shared/export/index';
import type { Article } from '../../../shared/model/article';
import type { LibraryStore } from '../library/library-store';

export const DEFAULT_GENERATOR = 'Factmark 0.1.0';

export interface ExportRequest {
  format: ExportFormatId;
  articleIds: readonly string[];
  exportedAt: Date;
  generator?: string;
}

/** The files `format` writes for the given library articles (several for a folder format). */
export async function exportBundle(
  library: LibraryStore,
  request: ExportRequest,
): Promise<ExportBundle> {
  const ids = [...new Set(request.articleIds)];
  const articles: Article[] = [];
  for (const id of ids) articles.push(await library.get(id));
  const registry = await library.getRegistry();
  return buildExport(request.format, {
    articles,
    entities: registry.entities,
    exportedAt: request.exportedAt.toISOString(),
    generator: request.generator ?? DEFAULT_GENERATOR,
  });
}

/** The export as one file, for formats that write one; the native format is validated. */
export async function exportFile(
  library: LibraryStore,
  request: ExportRequest,
): Promise<ExportFile> {
  const format = exportFormat(request.format);
  const { files } = await exportBundle(library, request);
  const [file] = files;
  if (!file || files.length > 1) {
    throw new ContractError(
      'unsupported',
      `${format.label} writes a folder of ${files.length} files; save it with Save in the desktop app`,
    );
  }
  if (request.format === 'factmark') assertValidFactmarkExport(file.content);
  return { fileName: file.path, mediaType: format.mediaType, content: file.content };
}

/** A span that does not quote its text would break the format's promise: refuse to hand it out. */
function assertValidFactmarkExport(content: string): void {
  const checked = FactmarkExportSchema.safeParse(JSON.parse(content));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ContractError(
      'internal',
      `The export is not valid Factmark JSON (${issue?.path.join('.')}: ${issue?.message}); nothing was written`,
    );
  }
}
