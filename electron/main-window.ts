// The one application window: opened where it was last left, showing the renderer
// from app://factmark/, with its size and place saved as they change.
import { BrowserWindow, screen } from 'electron';
import type { PendingWork } from './pending-work';
import { APP_ENTRY_URL, webPreferences } from './security';
import {
  loadWindowState,
  MIN_SIZE,
  placeWindow,
  saveWindowState,
  type WindowState,
} from './window-state';

/** Waits this long after the last move or resize before writing the state. */
const SAVE_DELAY_MS = 500;

export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
  pending: PendingWork;
}

/**
 * Creates the window (hidden until its first paint) and starts loading the renderer. The
 * window is answered at once, before the page has loaded, so that the page's first calls
 * already come from a known window.
 */
export async function openMainWindow(
  options: MainWindowOptions,
): Promise<{ mainWindow: BrowserWindow; loaded: Promise<void> }> {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const placement = placeWindow(
    await loadWindowState(options.stateFile),
    [primary, ...others].map((display) => display.workArea),
  );
  const mainWindow = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Factmark',
    show: false,
    webPreferences: webPreferences(options.preloadPath),
  });
  if (placement.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow.show());
  rememberWindowState(mainWindow, options);
  return { mainWindow, loaded: mainWindow.loadURL(APP_ENTRY_URL) };
}

function rememberWindowState(mainWindow: BrowserWindow, options: MainWindowOptions): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    const state: WindowState = {
      bounds: mainWindow.getNormalBounds(),
      maximized: mainWindow.isMaximized(),
    };
    options.pending
      .track(saveWindowState(options.stateFile, state))
      .catch((err: unknown) =>
        console.error(`Factmark: ${options.stateFile}: window state not saved: ${String(err)}`),
      );
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  mainWindow.on('resize', saveSoon);
  mainWindow.on('move', saveSoon);
  mainWindow.on('maximize', saveSoon);
  mainWindow.on('unmaximize', saveSoon);
  mainWindow.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
