// `Import annotations`: merges Factmark JSON, W3C Web Annotation or brat files into the library
// (all of them or none), then shows what changed and any conflicts for the user to review.
import type { ImportReport } from '../../shared/contract/calls';
import { plural } from '../../shared/text/plural';
import type { Command } from './types';
import { formatName } from '../../shared/import/recognise';

export const importAnnotations: Command<'import-annotations'> = {
  name: 'import-annotations',
  label: 'Import annotations',
  keys: [{ key: 'i', mod: true, shift: true }],
  isEnabled: (state) => state.opening === null,
  run: async ({ store, host }) => {
    // The open article's pending edits go to disk first, so the merge sees them.
    await store.getState().flushSaves();
    const report = await host.pickAndImportAnnotations();
    if (!report) return;
    const state = store.getState();
    state.notify('info', describeImport(report));
    for (const conflict of report.conflicts.slice(0, 5))
      state.notify('error', `Import conflict: ${conflict.message}`);
    await state.loadLibrary();
    // New entities are in the stored registry now; the page's copy must learn them.
    if (report.entitiesAdded > 0) await state.loadEntities();
    // The open article may be one the import updated: show it as now stored. (openArticle
    // would keep the copy in memory, as it is already open.) Unsaved edits stay in memory.
    const open = store.getState().article;
    if (open && report.articlesUpdated > 0 && !store.getState().unsavedArticles[open.id]) {
      await store.getState().openWith(open.title, async () => {
        const stored = await host.api.getArticle({ id: open.id });
        if (stored.revision !== undefined)
          store.getState().rememberRevision(open.id, stored.revision);
        return stored;
      });
    }
  },
};

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
