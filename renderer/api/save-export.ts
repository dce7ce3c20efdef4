// `Export` → `Save`: the desktop host shows a native save dialog and writes the file; in the
// browser the host builds the file and the page downloads it.
import type { ExportFile, FactmarkApi } from '../../shared/contract/calls';
import type { ExportFormatId } from '../../shared/export/formats';
import { base64ToBytes } from './base64';

/**
 * Where the export went: a path on disk, a download, or nowhere (the user cancelled); with what
 * the format left out (`notices`, one line each).
 */
export type ExportOutcome =
  | { kind: 'saved'; path: string; notices: string[] }
  | { kind: 'downloaded'; fileName: string; notices: string[] }
  | { kind: 'cancelled' };

export async function saveExportWithDialog(
  api: Pick<FactmarkApi, 'saveExport'>,
  format: ExportFormatId,
  articleIds: string[],
  annotator?: string,
): Promise<ExportOutcome> {
  const { path, notices } = await api.saveExport({ format, articleIds, ...layer(annotator) });
  return path === null ? { kind: 'cancelled' } : { kind: 'saved', path, notices };
}

export async function downloadExport(
  api: Pick<FactmarkApi, 'exportAnnotations'>,
  format: ExportFormatId,
  articleIds: string[],
  annotator?: string,
  doc: Document = document,
): Promise<ExportOutcome> {
  const file = await api.exportAnnotations({ format, articleIds, ...layer(annotator) });
  download(file, doc);
  return { kind: 'downloaded', fileName: file.fileName, notices: file.notices };
}

/** The `annotator` field of a request: left out for everyone's layers, as hosts default to. */
function layer(annotator: string | undefined): { annotator?: string } {
  return annotator === undefined ? {} : { annotator };
}

function download(file: ExportFile, doc: Document): void {
  const body = file.encoding === 'base64' ? base64ToBytes(file.content) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mediaType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
