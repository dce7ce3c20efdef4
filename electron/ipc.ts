// Registers the contract on the one IPC channel the preload uses. Every call is checked for
// its sender (our top frame, in our window) and goes through the same `dispatch` as the
// browser mode.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CALL_CHANNEL } from '../shared/contract/bridge';
import type { Handlers } from '../shared/contract/calls';
import { dispatch } from '../shared/contract/dispatch';
import type { CallResult } from '../shared/contract/result';
import type { PendingWork } from './pending-work';
import { isTrustedCaller } from './security';

export function registerContract(
  handlers: Partial<Handlers>,
  isOurWindow: (contents: WebContents) => boolean,
  pending: PendingWork,
): void {
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<CallResult<unknown>> => {
      if (!isOurWindow(event.sender) || !isTrustedCaller(event.senderFrame)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden', message: 'Calls are accepted only from Factmark’s window.' },
        });
      }
      // Tracked so that quitting waits for a save under way.
      return pending.track(dispatch(handlers, String(name), input));
    },
  );
}
