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

/**
 * Saves the export where the user chooses (desktop) or downloads it (browser), after saving
 * pending annotations: the host exports what is on disk. True once exported; what went wrong
 * is shown as a notice.
 */
export async function saveExport(
  { store, host }: Pick<CommandContext, 'store' | 'host'>,
  { format, articleId, annotator }: ExportRequest,
): Promise<boolean> {
  const state = store.getState();
  // At first the library holds only its first screen of rows; exporting it needs them all.
  if (articleId === null && !(await state.completeLibrary())) return false;
  const ids = articleId === null ? store.getState().summaries.map((s) => s.id) : [articleId];
  if (ids.length === 0) return false;
  try {
    if (!(await state.flushSaves())) {
      state.notify(
        'error',
        'Export stopped: some changes are not saved yet, so the export would miss them.',
      );
      return false;
    }
    const outcome = await host.saveExport(format, ids, annotator);
    if (outcome.kind === 'saved') state.notify('info', `Exported to ${outcome.path}.`);
    if (outcome.kind === 'downloaded') state.notify('info', `Downloaded ${outcome.fileName}.`);
    return true;
  } catch (err) {
    state.notify('error', `Export failed: ${errorMessage(err)}`);
    return false;
  }
}
