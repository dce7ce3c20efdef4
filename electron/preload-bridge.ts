// Builds the object the preload puts on `window.factmarkHost`: one method per contract call and
// a menu subscription, over two narrow transport functions. Kept apart from preload.ts (which
// only wires Electron in) so it can be tested without Electron.
import type { FactmarkHostBridge } from '../shared/contract/bridge';
import type { CallName, MenuCommand } from '../shared/contract/calls';
import type { CallResult } from '../shared/contract/result';
import { PRELOAD_CALL_NAMES, PRELOAD_MENU_COMMANDS } from './preload-names';

export interface BridgeTransport {
  /** Sends a contract call to the main process and answers its result envelope. */
  invoke(name: CallName, input: unknown): Promise<CallResult<unknown>>;
  /** Listens for menu messages (whatever arrives); answers a function that stops listening. */
  listenToMenu(listener: (message: unknown) => void): () => void;
}

const MENU_COMMAND_SET: ReadonlySet<unknown> = new Set(PRELOAD_MENU_COMMANDS);

export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMAND_SET.has(value);
}

export function createHostBridge(transport: BridgeTransport): FactmarkHostBridge {
  const calls = Object.fromEntries(
    PRELOAD_CALL_NAMES.map((name) => [name, (input: unknown) => transport.invoke(name, input)]),
  ) as Omit<FactmarkHostBridge, 'onMenuCommand'>;
  return {
    ...calls,
    onMenuCommand(listener) {
      // Only known commands get through, and only the command itself: never the IPC event,
      // whose `sender` would hand the page the ipcRenderer.
      return transport.listenToMenu((message) => {
        if (isMenuCommand(message)) listener(message);
      });
    },
  };
}
