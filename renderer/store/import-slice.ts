// Merging annotation files into the library, from `Import annotations` or from the offer an
// export opened as an article gets: the report as a notice, then the library, the entities and
// the open article as now stored.
import type { ImportReport } from '../../shared/contract/calls';
import { formatName } from '../../shared/import/recognise';
import { plural } from '../../shared/text/plural';
import type { EncodedFile } from '../api/annotation-file';
import { errorMessage, type SliceCreator } from './types';

export interface ImportSlice {
  /** Imports `files` (all of them or none) and shows what changed; false when it failed. */
  importFiles(files: EncodedFile[]): Promise<boolean>;
  /** Shows an import's report and reads again what it changed. */
  showImportReport(report: ImportReport): Promise<void>;
}

export const createImportSlice: SliceCreator<ImportSlice> = (deps) => (_set, get) => ({
  importFiles: async (files) => {
    // The open article's pending edits go to disk first, so the merge sees them.
    await get().flushSaves();
    let report: ImportReport;
    try {
      report = await deps.api.importAnnotations({ files });
    } catch (error) {
      get().notify('error', `Could not import: ${errorMessage(error)}`);
      return false;
    }
    await get().showImportReport(report);
    return true;
  },
  showImportReport: async (report) => {
    const state = get();
    state.notify('info', describeImport(report));
    for (const conflict of report.conflicts.slice(0, 5))
      state.notify('error', `Import conflict: ${conflict.message}`);
    await state.loadLibrary();
    // New entities are in the stored registry now; the page's copy must learn them.
    if (report.entitiesAdded > 0) await state.loadEntities();
    // The open article may be one the import updated: show it as now stored. (openArticle
    // would keep the copy in memory, as it is already open.) Unsaved edits stay in memory.
    const open = get().article;
    if (open && report.articlesUpdated > 0 && !get().unsavedArticles[open.id]) {
      await get().openWith(open.title, async () => {
        const stored = await deps.api.getArticle({ id: open.id });
        if (stored.revision !== undefined) get().rememberRevision(open.id, stored.revision);
        return stored;
      });
    }
  },
});

export function describeImport(report: ImportReport): string {
  const parts = [
    `${plural(report.articlesAdded, 'article')} added`,
    `${report.articlesUpdated} updated`,
    `${plural(report.claimsAdded, 'claim')} and ${plural(report.mentionsAdded, 'mention')} added`,
  ];
  if (report.relationsAdded) parts.push(`${plural(report.relationsAdded, 'link')} added`);
  if (report.conflicts.length)
    parts.push(`${plural(report.conflicts.length, 'conflict')} to review`);
  const formats = [...new Set(report.recognised.map((r) => formatName(r.format)))];
  const read = formats.length > 0 ? ` (read as ${formats.join(', ')})` : '';
  return `Imported: ${parts.join(', ')}${read}.`;
}
