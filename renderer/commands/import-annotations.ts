// `Import annotations`: merges Factmark JSON, W3C Web Annotation or brat files into the library
// (all of them or none), then shows what changed and any conflicts for the user to review.
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
    if (report) await store.getState().showImportReport(report);
  },
};
