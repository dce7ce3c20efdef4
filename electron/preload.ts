// The preload of the sandboxed renderer: exposes the contract on `window.factmarkHost` with
// contextBridge, and nothing else (never ipcRenderer itself).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, IPC_CALL_CHANNEL, IPC_MENU_CHANNEL } from '../shared/contract/bridge';
import type { CallResult } from '../shared/contract/result';
import { createHostBridge } from './preload-bridge';

const bridge = createHostBridge({
  invoke: (name, input) =>
    ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input) as Promise<CallResult<unknown>>,
  listenToMenu(listener) {
    const onMessage = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(IPC_MENU_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(IPC_MENU_CHANNEL, onMessage);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
