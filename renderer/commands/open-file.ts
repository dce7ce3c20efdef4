// `Open file` (Ctrl/Cmd+O): the file chooser, then the host reads the file as an article.
import type { Command } from './types';

let choosing = false;

export const openFile: Command<'open-file'> = {
  name: 'open-file',
  label: 'Open file',
  keys: [{ key: 'o', mod: true }],
  isEnabled: (state) => state.opening === null,
  run: async ({ store, host }) => {
    // A second Ctrl+O while the chooser is up (or a menu click too) must not stack choosers.
    if (choosing) return;
    choosing = true;
    try {
      await store.getState().openTracked('a file', (jobId) => host.pickAndOpenFile(jobId));
    } finally {
      choosing = false;
    }
  },
};
