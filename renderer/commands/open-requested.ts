// Opens the files the desktop host was asked to open by path (File › Open Recent, the command
// line, a second launch), one after another, each with progress and Cancel. The host sends
// this command when files are waiting; the app also runs it at start for the launch's own.
// In the browser mode there are never any.
import { ContractError } from '../../shared/contract/result';
import type { Command } from './types';

/** A bound on one round, should a host keep answering files. */
const MAX_FILES_AT_ONCE = 100;
/** Errors about the host rather than one file: asking again would fail the same way. */
const HOST_ERRORS: ReadonlySet<string> = new Set(['unsupported', 'network', 'internal']);

let draining = false;

export const openRequested: Command<'open-requested'> = {
  name: 'open-requested',
  label: 'Open requested files',
  keys: [],
  isEnabled: () => true,
  run: async ({ store, host }) => {
    // One round at a time: a notice that arrives meanwhile is served by the round under way.
    if (draining) return;
    draining = true;
    try {
      for (let i = 0; i < MAX_FILES_AT_ONCE; i++) {
        let stop = false;
        // A file that fails is reported by openTracked; the round goes on with the next one.
        await store.getState().openTracked('a file', async (jobId) => {
          try {
            const opened = await host.openRequestedFile(jobId);
            stop = opened === null;
            return opened;
          } catch (err) {
            stop = err instanceof ContractError && HOST_ERRORS.has(err.code);
            throw err;
          }
        });
        if (stop) break;
      }
    } finally {
      draining = false;
    }
  },
};
