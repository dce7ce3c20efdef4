// The renderer's one handle on its host: the typed contract plus the few things whose
// behaviour depends on the transport. Nothing outside renderer/api/ knows which host it is.
import type { Article } from '../../shared/model/article';
import { type FactmarkApi, type ImportReport, type MenuCommand } from '../../shared/contract/calls';
import type { ExportFormatId } from '../../shared/export/formats';
import { createApi } from './client';
import { bridgeTransport, findBridge } from './electron-transport';
import { httpTransport } from './http-transport';
import { takeAccessToken, type TokenScope } from './access-token';
import { openChosenFile, pickAndImportAnnotations, pickAndOpenFile } from './pick-file';
import { pickReloadFile, type ReloadFile } from './pick-reload-file';
import { downloadExport, saveExportWithDialog, type ExportOutcome } from './save-export';

export interface HostClient {
  readonly api: FactmarkApi;
  /** 'desktop' inside Electron, 'browser' in the browser mode. */
  readonly mode: 'desktop' | 'browser';
  /**
   * Shows a file chooser and opens the chosen file; null when the user cancels. With a
   * `jobId`, the open can be followed (`getOpenProgress`) and cancelled (`cancelOpen`).
   */
  pickAndOpenFile(jobId?: string): Promise<Article | null>;
  /** Opens a file the user dropped on the window (see `pickAndOpenFile` for `jobId`). */
  openDroppedFile(file: File, jobId?: string): Promise<Article>;
  /**
   * Opens the next file the desktop host was asked to open (Open Recent, command line);
   * null when none is waiting (always, in the browser mode).
   */
  openRequestedFile(jobId?: string): Promise<Article | null>;
  /** Shows a chooser for annotation files and merges them in; null when the user cancels. */
  pickAndImportAnnotations(): Promise<ImportReport | null>;
  /** Shows a file chooser for the file to reload an article from; null when cancelled. */
  pickReloadFile(): Promise<ReloadFile | null>;
  /** Saves an export where the user chooses (desktop) or downloads it (browser). */
  /** `annotator`: whose layers (`all` when left out), a name, or `adjudicated`. */
  saveExport(
    format: ExportFormatId,
    articleIds: string[],
    annotator?: string,
  ): Promise<ExportOutcome>;
  /** Native menu commands (desktop only); returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function connectToHost(scope: object = globalThis): HostClient {
  const bridge = findBridge(scope);
  if (bridge) {
    const api = createApi(bridgeTransport(bridge));
    return {
      api,
      mode: 'desktop',
      // The host's own dialog, so the host knows the path (for Open Recent).
      pickAndOpenFile: async (jobId) =>
        (await api.openDesktopFile(jobId ? { source: 'dialog', jobId } : { source: 'dialog' }))
          .article,
      openDroppedFile: (file, jobId) => openChosenFile(api, file, jobId),
      openRequestedFile: async (jobId) =>
        (
          await api.openDesktopFile(
            jobId ? { source: 'requested', jobId } : { source: 'requested' },
          )
        ).article,
      pickAndImportAnnotations: () => pickAndImportAnnotations(api),
      pickReloadFile,
      saveExport: (format, ids, annotator) => saveExportWithDialog(api, format, ids, annotator),
      onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    };
  }
  const api = createApi(httpTransport(takeAccessToken(scope as Partial<TokenScope>)));
  return {
    api,
    mode: 'browser',
    pickAndOpenFile: (jobId) => pickAndOpenFile(api, jobId),
    openDroppedFile: (file, jobId) => openChosenFile(api, file, jobId),
    openRequestedFile: async () => null,
    pickAndImportAnnotations: () => pickAndImportAnnotations(api),
    pickReloadFile,
    saveExport: (format, ids, annotator) => downloadExport(api, format, ids, annotator),
    onMenuCommand: () => () => {},
  };
}
