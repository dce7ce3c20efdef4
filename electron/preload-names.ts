// The contract's call names and menu commands as plain lists, for the preload. Importing them
// from shared/contract/calls.ts would bundle zod and every schema into the sandboxed preload
// (about 70 ms of loading before the page can start); here only their types are imported, and
// the compiler checks that these lists name every call and command, no more, no less.
import type { CallName, MenuCommand } from '../shared/contract/calls';

export const PRELOAD_CALL_NAMES = [
  'listLibrary',
  'getArticle',
  'openFile',
  'getOpenProgress',
  'cancelOpen',
  'openDesktopFile',
  'openUrl',
  'openText',
  'saveArticle',
  'saveAnnotations',
  'reloadArticle',
  'deleteArticle',
  'getEntities',
  'saveEntities',
  'exportAnnotations',
  'saveExport',
  'importAnnotations',
  'getCorpus',
  'searchLibrary',
  'getAnnotator',
  'setAnnotator',
  'getLayers',
  'setLayerDone',
  'linkAnnotations',
  'unlinkAnnotations',
  'listRelations',
  'openExternal',
] as const satisfies readonly CallName[];

export const PRELOAD_MENU_COMMANDS = [
  'open-file',
  'open-requested',
  'open-url',
  'paste-text',
  'reload-source',
  'export',
  'toggle-theme',
  'undo',
  'redo',
] as const satisfies readonly MenuCommand[];

/** Compiles only when `Listed` covers all of `All`; names what is missing otherwise. */
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const everyCallListed: Covers<CallName, (typeof PRELOAD_CALL_NAMES)[number]> = true;
const everyCommandListed: Covers<MenuCommand, (typeof PRELOAD_MENU_COMMANDS)[number]> = true;
void everyCallListed;
void everyCommandListed;
