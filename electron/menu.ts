// The native menu as data: items either use an Electron role (clipboard, zoom, quit) or send
// one of the contract's MENU_COMMANDS to the renderer, which owns what they do.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract/calls';

export interface MenuActions {
  /** Sends a command to the renderer. */
  send(command: MenuCommand): void;
  showAbout(): void;
  /** File › Open Recent › a file. */
  openRecent(path: string): void;
  /** File › Open Recent › Clear Recently Opened. */
  clearRecent(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Unpackaged builds get Reload and the developer tools. */
  isPackaged: boolean;
  /** Files for Open Recent, newest first (absolute paths). */
  recentFiles?: readonly string[];
}

export function buildMenuTemplate(
  actions: MenuActions,
  { platform, isPackaged, recentFiles = [] }: MenuOptions,
): MenuItemConstructorOptions[] {
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({ label, accelerator, click: () => actions.send(name) });
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('Open File…', 'open-file', 'CmdOrCtrl+O'),
        { label: 'Open &Recent', submenu: recentSubmenu(actions, recentFiles, platform) },
        command('Open URL…', 'open-url', 'CmdOrCtrl+L'),
        command('Paste Text…', 'paste-text', 'CmdOrCtrl+Shift+V'),
        command('Reload from Source', 'reload-source'),
        { type: 'separator' },
        command('Export…', 'export', 'CmdOrCtrl+Shift+E'),
        // On macOS, Quit lives in the application menu.
        ...(platform === 'darwin'
          ? []
          : [
              { type: 'separator' } as const,
              { role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const,
            ]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and redo act on annotations, so the renderer decides what they mean (inside a
        // text field it may hand them back to the field).
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        // Cut, paste and select-all keep their shortcuts working in text fields (on macOS
        // a shortcut exists only through a menu item).
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        command('Toggle Dark Mode', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
        ...developer,
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About Factmark', click: () => actions.showAbout() }],
    },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

function recentSubmenu(
  actions: MenuActions,
  recentFiles: readonly string[],
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const files: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : recentFiles.map((path) => ({
          // `&` marks a mnemonic on Windows and Linux; a file name's own is doubled to show.
          label: platform === 'darwin' ? path : path.replace(/&/g, '&&'),
          click: () => actions.openRecent(path),
        }));
  return [
    ...files,
    { type: 'separator' },
    {
      label: 'Clear Recently Opened',
      enabled: recentFiles.length > 0,
      click: () => actions.clearRecent(),
    },
  ];
}
