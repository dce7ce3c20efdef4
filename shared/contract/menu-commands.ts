// Commands the host's native menu sends to the renderer. A module without zod, so the sandboxed
// preload can import the list without bundling the contract's schemas.
export const MENU_COMMANDS = [
  'open-file',
  'open-requested',
  'open-url',
  'paste-text',
  'reload-source',
  'export',
  'toggle-theme',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
