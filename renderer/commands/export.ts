// `Export`: the dialog with a format choice and `Save`; and the save itself, which the dialog runs.
import type { ExportFormatId } from '../../shared/export/formats';
import { errorMessage } from '../store/types';
import type { Command, CommandContext } from './types';

export const exportAnnotations: Command<'export'> = {
  name: 'export',
  label: 'Export',
  keys: [{ key: 'e', mod: true, shift: true }],
  isEnabled: (state) => state.article !== null || state.summaries.length > 0,
  run: ({ store }) => store.getState().openDialog({ kind: 'export' }),
};

export interface ExportRequest {
  format: ExportFormatId;
  /** The article to export, or null for the whole library. */
  articleId: string | null;
  /** Whose layers: a name or `adjudicated`; every layer when left out. */
  annotator?: string;
}

/** What an export did: where it went, and what its format left out (empty when nothing). */
export interface ExportDone {
  /** "Exported to …" or "Downloaded …"; null when the person cancelled the save. */
  where: string | null;
  notices: string[];
}

/**
 * Saves the export where the user chooses (desktop) or downloads it (browser), after saving
 * pending annotations: the host exports what is on disk. Null when nothing was exported; what
 * went wrong is shown as a notice.
 */
export async function saveExport(
  { store, host }: Pick<CommandContext, 'store' | 'host'>,
  { format, articleId, annotator }: ExportRequest,
): Promise<ExportDone | null> {
  const state = store.getState();
  // At first the library holds only its first screen of rows; exporting it needs them all.
  if (articleId === null && !(await state.completeLibrary())) return null;
  const ids = articleId === null ? store.getState().summaries.map((s) => s.id) : [articleId];
  if (ids.length === 0) return null;
  try {
    if (!(await state.flushSaves())) {
      state.notify(
        'error',
        'Export stopped: some changes are not saved yet, so the export would miss them.',
      );
      return null;
    }
    const outcome = await host.saveExport(format, ids, annotator);
    if (outcome.kind === 'cancelled') return { where: null, notices: [] };
    const where =
      outcome.kind === 'saved' ? `Exported to ${outcome.path}.` : `Downloaded ${outcome.fileName}.`;
    state.notify('info', where);
    return { where, notices: outcome.notices };
  } catch (err) {
    state.notify('error', `Export failed: ${errorMessage(err)}`);
    return null;
  }
}
