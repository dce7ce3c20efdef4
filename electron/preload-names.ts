// The contract's call names and menu commands as plain lists, for the preload. Importing them
// from shared/contract/calls.ts would bundle zod and every schema into the sandboxed preload
// (about 70 ms of loading before the page can start); here only the calls' type is imported, and
// the compiler checks that the list names every call, no more, no less.
import type { CallName } from '../shared/contract/calls';

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
  'listAnnotators',
  'getLayers',
  'setLayerDone',
  'linkAnnotations',
  'unlinkAnnotations',
  'listRelations',
  'waitForLibraryChanges',
  'openExternal',
] as const satisfies readonly CallName[];

/** The menu's commands come from a module without zod, so they are imported as they are. */
export { MENU_COMMANDS as PRELOAD_MENU_COMMANDS } from '../shared/contract/menu-commands';

/** Compiles only when `Listed` covers all of `All`; names what is missing otherwise. */
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const everyCallListed: Covers<CallName, (typeof PRELOAD_CALL_NAMES)[number]> = true;
void everyCallListed;
