// The desktop app's main process: app lifecycle, the locked-down window, the native menu, and
// the contract's handlers (core + save dialog + system browser) on IPC.
import { join, resolve } from 'node:path';
import {
  app,
  dialog,
  Menu,
  protocol,
  session,
  shell,
  type BrowserWindow,
  type WebContents,
} from 'electron';
import { version } from '../package.json';
import { IPC_MENU_CHANNEL } from '../shared/contract/bridge';
import type { MenuCommand } from '../shared/contract/calls';
import { createCoreHandlers } from './core/handlers';
import { LibraryWatch } from './core/library/library-watch';
import { annotatorSettingsFile } from './core/annotator-settings';
import { READABLE_EXTENSIONS } from './core/loaders/detect';
import { writeFileAtomic } from './core/fs/atomic-write';
import { APP_SCHEME_REGISTRATION, createRendererResponder } from './app-protocol';
import { createDesktopHandlers } from './desktop-handlers';
import { findFileArgs, findLibraryArg } from './host-args';
import { registerContract } from './ipc';
import { lockDownContents, lockDownSession } from './lockdown';
import { openMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { OpenRequests } from './open-requests';
import { RecentFiles } from './recent-files';
import { PendingWork } from './pending-work';
import { APP_SCHEME } from './security';

/** How long quitting waits for saves under way. */
const QUIT_GRACE_MS = 10_000;

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const libraryArg = findLibraryArg(process.argv);
const pending = new PendingWork();
let mainWindow: BrowserWindow | null = null;
let openRequests: OpenRequests | null = null;
/** Others' changes to the library folder, told to the window while it waits for them. */
let libraryWatch: LibraryWatch | null = null;
/** Files asked for before the app was ready: this launch's own, a second launch's, macOS's. */
const earlyFiles: string[] = fileArgs(process.argv, process.cwd());

// Both must happen before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
app.enableSandbox();

// One window, one process per library: a second launch brings the first to the front. A run
// given its own `--library` (tests, a second library) stands alone.
if (libraryArg === null && !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (`factmark report.pdf`) hands its files to this one, which opens them.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    requestFiles(fileArgs(argv, workingDirectory));
  });
  // macOS: a file dropped on the Dock icon or opened with the app from the Finder.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestFiles([path]);
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) showWindow().catch(fail);
  });
  let waitedForSaves = false;
  app.on('will-quit', (event) => {
    // The window's wait for changes ends now, not after the grace period below.
    libraryWatch?.close();
    if (pending.size === 0 || waitedForSaves) return;
    // Finish writing what is being saved, then quit for real (waiting once, not forever).
    event.preventDefault();
    waitedForSaves = true;
    void pending.settled(QUIT_GRACE_MS).then(() => app.quit());
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererResponder(rendererDir));
  app.setAboutPanelOptions({ applicationName: 'Factmark', applicationVersion: version });

  const libraryDir = libraryArg ? resolve(libraryArg) : join(app.getPath('userData'), 'library');
  // Our version from package.json, bundled in: app.getVersion() answers Electron's own when
  // the app is started as `electron dist/electron/main.cjs` (as the end-to-end tests do).
  // The annotator's name lives in the app's settings, chosen at first start (see docs/team.md).
  const settings = annotatorSettingsFile(join(app.getPath('userData'), 'settings.json'));
  libraryWatch = new LibraryWatch(libraryDir);
  const core = createCoreHandlers({
    libraryDir,
    generator: `Factmark ${version}`,
    warmLibrary: true,
    annotator: settings.read(),
    settings,
    changes: libraryWatch,
  });
  const desktop = createDesktopHandlers({
    exportAnnotations: core.exportAnnotations,
    chooseSavePath: async (suggestedName, filter) => {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [filter, { name: 'All files', extensions: ['*'] }],
      };
      const choice = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    writeFile: writeFileAtomic,
    openInBrowser: (url) => shell.openExternal(url),
  });
  const send = (command: MenuCommand) => mainWindow?.webContents.send(IPC_MENU_CHANNEL, command);
  const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
  await recent.load();
  const requests = new OpenRequests({
    openFile: core.openFile,
    chooseFile: async () => {
      const options = {
        properties: ['openFile' as const],
        filters: [
          { name: 'Articles', extensions: [...READABLE_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const choice = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    recent,
    // The page asks for queued files itself once it starts, so a message sent before it
    // listens is not lost.
    notifyRenderer: () => send('open-requested'),
    onRecentChanged: () => setMenu(),
  });
  registerContract(
    { ...core, ...desktop, openDesktopFile: requests.openDesktopFile },
    isMainWindow,
    pending,
  );

  const setMenu = () => {
    const template = buildMenuTemplate(
      {
        send,
        showAbout: () => app.showAboutPanel(),
        openRecent: (path) => requests.request([path], 'recent'),
        clearRecent: () => void requests.clearRecent(),
      },
      { platform: process.platform, isPackaged: app.isPackaged, recentFiles: recent.list() },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  setMenu();
  openRequests = requests;
  requestFiles(earlyFiles.splice(0));
  await showWindow();
}

/** The files named on a command line; the app's own path is not one of them when unpackaged. */
function fileArgs(argv: readonly string[], cwd: string): string[] {
  return findFileArgs(argv, { defaultApp: !app.isPackaged, cwd });
}

function requestFiles(paths: string[]): void {
  if (paths.length === 0) return;
  if (openRequests) openRequests.request(paths, 'command-line');
  else earlyFiles.push(...paths);
}

async function showWindow(): Promise<void> {
  const opened = await openMainWindow({
    preloadPath,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    pending,
  });
  mainWindow = opened.mainWindow;
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await opened.loaded;
}

function isMainWindow(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents;
}

function fail(err: unknown): void {
  const reason = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox(
    'Factmark could not start',
    `${reason}\n\nThe app looks for its pages in ${rendererDir}.`,
  );
  app.exit(1);
}
