// The two calls only the desktop app answers: saving an export where the user chooses, and
// opening a link in the system browser. Electron's dialog and shell come in as functions so
// these run (and are tested) without Electron.
import { extname } from 'node:path';
import type { Handlers } from '../shared/contract/calls';
import { ContractError } from '../shared/contract/result';
import { EXPORT_FORMATS } from '../shared/export/formats';
import { isExternalLink } from './security';

export interface DesktopServices {
  exportAnnotations: Handlers['exportAnnotations'];
  /** Asks where to save; null when the user cancels. */
  chooseSavePath(
    suggestedName: string,
    filter: { name: string; extensions: string[] },
  ): Promise<string | null>;
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  openInBrowser(url: string): Promise<void>;
}

export type DesktopHandlers = Pick<Handlers, 'saveExport' | 'openExternal'>;

export function createDesktopHandlers(services: DesktopServices): DesktopHandlers {
  return {
    async saveExport({ format, articleIds, annotator }) {
      const file = await services.exportAnnotations({
        format,
        articleIds,
        ...(annotator === undefined ? {} : { annotator }),
      });
      const described = EXPORT_FORMATS.find((f) => f.id === format);
      const extension = described?.folder
        ? 'zip'
        : (described?.extension ?? extname(file.fileName).slice(1));
      const path = await services.chooseSavePath(file.fileName, {
        name: described?.label ?? 'Export',
        extensions: extension ? [extension] : ['*'],
      });
      if (path === null) return { path: null, notices: [] };
      try {
        await services.writeFile(
          path,
          file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
        );
      } catch (err) {
        if (err instanceof ContractError) throw err; // already names the file and the reason
        const reason = err instanceof Error ? err.message : String(err);
        throw new ContractError('io', `${path}: the export could not be written (${reason}).`);
      }
      return { path, notices: file.notices };
    },

    async openExternal({ url }) {
      // The contract's pattern already allows only these schemes; parse as well, so a
      // string that merely starts like a link never reaches the system's URL handler.
      if (!isExternalLink(url)) {
        throw new ContractError('invalid-input', `${url}: only http(s) and mailto links open.`);
      }
      await services.openInBrowser(url);
      return {};
    },
  };
}
