// `Import annotations`: merges Factmark JSON, W3C Web Annotation or brat files into the library
// (all of them or none), then shows what changed and any conflicts for the user to review.
import type { ImportReport } from '../../shared/contract/calls';
import type { Command } from './types';

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
    const openId = store.getState().article?.id;
    if (openId && report.articlesUpdated > 0) await store.getState().openArticle(openId);
  },
};

export function describeImport(report: ImportReport): string {
  const parts = [
    `${report.articlesAdded} article${report.articlesAdded === 1 ? '' : 's'} added`,
    `${report.articlesUpdated} updated`,
    `${report.claimsAdded} claims and ${report.mentionsAdded} mentions added`,
  ];
  if (report.conflicts.length) parts.push(`${report.conflicts.length} conflicts to review`);
  return `Imported: ${parts.join(', ')}.`;
}
