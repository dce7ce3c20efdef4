// The renderer's one handle on its host: the typed contract plus the few things whose
// behaviour depends on the transport. Nothing outside renderer/api/ knows which host it is.
import type { Article } from '../../shared/model/article';
import { type FactmarkApi, type ImportReport, type MenuCommand } from '../../shared/contract/calls';
import type { ExportFormatId } from '../../shared/export/formats';
import { createApi } from './client';
import { bridgeTransport, findBridge } from './electron-transport';
import { httpTransport } from './http-transport';
import { pickAndImportAnnotations, pickAndOpenFile } from './pick-file';
import { downloadExport, saveExportWithDialog, type ExportOutcome } from './save-export';

export interface HostClient {
  readonly api: FactmarkApi;
  /** 'desktop' inside Electron, 'browser' in the browser mode. */
  readonly mode: 'desktop' | 'browser';
  /** Shows a file chooser and opens the chosen file; null when the user cancels. */
  pickAndOpenFile(): Promise<Article | null>;
  /** Shows a chooser for annotation files and merges them in; null when the user cancels. */
  pickAndImportAnnotations(): Promise<ImportReport | null>;
  /** Saves an export where the user chooses (desktop) or downloads it (browser). */
  saveExport(format: ExportFormatId, articleIds: string[]): Promise<ExportOutcome>;
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
      pickAndOpenFile: () => pickAndOpenFile(api),
      pickAndImportAnnotations: () => pickAndImportAnnotations(api),
      saveExport: (format, ids) => saveExportWithDialog(api, format, ids),
      onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    };
  }
  const api = createApi(httpTransport());
  return {
    api,
    mode: 'browser',
    pickAndOpenFile: () => pickAndOpenFile(api),
    pickAndImportAnnotations: () => pickAndImportAnnotations(api),
    saveExport: (format, ids) => downloadExport(api, format, ids),
    onMenuCommand: () => () => {},
  };
}
