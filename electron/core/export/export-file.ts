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
import { entityResolver, resolveEntityReferences } from '../../../shared/model/registry-ops';
import type { LibraryStore } from '../library/library-store';
import { zipSync, strToU8 } from 'fflate';
import {
  ALL_LAYERS,
  LayerSelectionError,
  selectLayers,
  type LayerSelection,
} from '../../../shared/export/layer-selection';
import { UNNAMED_ANNOTATOR } from '../../../shared/team/layers';

export const DEFAULT_GENERATOR = 'Factmark 0.1.0';

export interface ExportRequest {
  format: ExportFormatId;
  articleIds: readonly string[];
  exportedAt: Date;
  generator?: string;
  /** Whose layers: `all` (the default, each annotation attributed), a name, or `adjudicated`. */
  annotator?: LayerSelection;
}

/** The files `format` writes for the given library articles (several for a folder format). */
export async function exportBundle(
  library: LibraryStore,
  request: ExportRequest,
): Promise<ExportBundle> {
  const ids = [...new Set(request.articleIds)];
  const registry = await library.getRegistry();
  // Merges and deletions live in the registry: every format sees references already resolved.
  const resolve = entityResolver(registry);
  const articles: Article[] = [];
  for (const id of ids) {
    articles.push(resolveEntityReferences(registry, await library.get(id), resolve));
  }
  let selected: Article[];
  try {
    selected = selectLayers(
      articles,
      request.format,
      request.annotator ?? ALL_LAYERS,
      UNNAMED_ANNOTATOR,
    );
  } catch (err) {
    if (err instanceof LayerSelectionError) throw new ContractError('invalid-input', err.message);
    throw err;
  }
  return buildExport(request.format, {
    articles: selected,
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
  const { files, notices } = await exportBundle(library, request);
  if (format.folder) return { ...zipFolder(format.id, request.articleIds.length, files), notices };
  const [file] = files;
  if (!file || files.length > 1) {
    throw new ContractError('internal', `${format.label} made ${files.length} files; expected one`);
  }
  if (request.format === 'factmark') assertValidFactmarkExport(file.content);
  return {
    fileName: file.path,
    mediaType: format.mediaType,
    encoding: 'utf8',
    content: file.content,
    notices,
  };
}

/** A folder format travels as one zip file holding its folder (`<name>/<files>`). */
function zipFolder(
  formatId: string,
  articleCount: number,
  files: ExportBundle['files'],
): Omit<ExportFile, 'notices'> {
  const txt = files.find((f) => f.path.endsWith('.txt'));
  const base = articleCount === 1 && txt ? txt.path.replace(/\.txt$/, '') : 'factmark-export';
  const folder = `${base}.${formatId}`;
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f.path}`, strToU8(f.content)]));
  const zip = zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return {
    fileName: `${folder}.zip`,
    mediaType: 'application/zip',
    encoding: 'base64',
    content: Buffer.from(zip).toString('base64'),
  };
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
