// Views the first screen does not show, each in a chunk of its own that loads the first time it
// is shown: the reading view (Tiptap and ProseMirror), the corpus view and the dialogs. The
// suggestion engine loads the same way (suggest/compute-suggestions). Once the first screen is
// painted, `preloadLaterViews` fetches them, so none waits when first used.
import { lazy } from 'react';

const load = {
  readingView: () => import('./ReadingView'),
  corpusView: () => import('./CorpusView'),
  exportDialog: () => import('./ExportDialog'),
  openUrlDialog: () => import('./OpenUrlDialog'),
  pasteTextDialog: () => import('./PasteTextDialog'),
  tagEntityDialog: () => import('./TagEntityDialog'),
  commandPalette: () => import('./CommandPalette'),
  shortcutsHelp: () => import('./ShortcutsHelp'),
};

export const ReadingView = lazy(async () => ({ default: (await load.readingView()).ReadingView }));
export const CorpusView = lazy(async () => ({ default: (await load.corpusView()).CorpusView }));
export const ExportDialog = lazy(async () => ({
  default: (await load.exportDialog()).ExportDialog,
}));
export const OpenUrlDialog = lazy(async () => ({
  default: (await load.openUrlDialog()).OpenUrlDialog,
}));
export const PasteTextDialog = lazy(async () => ({
  default: (await load.pasteTextDialog()).PasteTextDialog,
}));
export const TagEntityDialog = lazy(async () => ({
  default: (await load.tagEntityDialog()).TagEntityDialog,
}));
export const CommandPalette = lazy(async () => ({
  default: (await load.commandPalette()).CommandPalette,
}));
export const ShortcutsHelp = lazy(async () => ({
  default: (await load.shortcutsHelp()).ShortcutsHelp,
}));

/** Fetches every later view's chunk (a module loads once; lazy then finds it ready). */
export function preloadLaterViews(): void {
  for (const chunk of Object.values(load)) void chunk();
}
