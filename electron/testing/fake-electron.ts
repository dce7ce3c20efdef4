// A stand-in for the `electron` module, for testing the main process's wiring where the
// Electron binary cannot run. It records what the main process registers and lets a test
// play the app's events. Used through `vi.mock('electron', …)`.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export function createFakeElectron() {
  const userData = mkdtempSync(join(tmpdir(), 'factmark-userdata-'));
  const state = {
    userData,
    order: [] as string[],
    appEvents: new EventEmitter(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windows: [] as InstanceType<typeof FakeWindow>[],
    menuTemplate: null as unknown,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    blockedUrls: null as unknown,
    saveDialogAnswer: { canceled: true, filePath: '' },
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    openedExternally: [] as string[],
  };

  class FakeWebContents extends EventEmitter {
    sent: unknown[][] = [];
    windowOpenHandler: Listener | null = null;
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
      state.appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1100, height: 700 };
    }
  }

  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };

  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => state.order.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => state.appEvents.on(event, listener),
      whenReady: () => whenReady,
      isReady: () => true,
      getPath: (name: string) => join(userData, name === 'userData' ? '' : name),
      // What Electron answers when started as `electron main.cjs`: its own version.
      getVersion: () => '45.5.0',
      setAboutPanelOptions: () => {},
      showAboutPanel: () => {},
      quit: () => state.order.push('quit'),
      exit: (code: number) => state.order.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: () => state.order.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.order.push('protocol.handle');
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
        setDevicePermissionHandler: () => {},
        webRequest: { onBeforeRequest: (filter: unknown) => (state.blockedUrls = filter) },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menuTemplate = menu),
    },
    dialog: {
      showSaveDialog: async () => state.saveDialogAnswer,
      showOpenDialog: async () => state.openDialogAnswer,
      showErrorBox: (title: string, message: string) => state.order.push(`error: ${message}`),
    },
    shell: {
      openExternal: async (url: string) => {
        state.openedExternally.push(url);
      },
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    BrowserWindow: FakeWindow,
  };
  return { state, electron, ready };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
