import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../shared/contract/calls';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(platform: NodeJS.Platform, isPackaged = true, recentFiles: string[] = []) {
  const sent: MenuCommand[] = [];
  const showAbout = vi.fn();
  const openRecent = vi.fn();
  const clearRecent = vi.fn();
  const template = buildMenuTemplate(
    { send: (command) => sent.push(command), showAbout, openRecent, clearRecent },
    { platform, isPackaged, recentFiles },
  );
  const items = flatten(template);
  const byLabel = (label: string) => items.find((item) => item.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { template, items, byLabel, click, sent, showAbout, openRecent, clearRecent };
}

describe('buildMenuTemplate', () => {
  it.each([
    ['Open File…', 'open-file', 'CmdOrCtrl+O'],
    ['Open URL…', 'open-url', 'CmdOrCtrl+L'],
    ['Paste Text…', 'paste-text', 'CmdOrCtrl+Shift+V'],
    ['Export…', 'export', 'CmdOrCtrl+Shift+E'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Toggle Dark Mode', 'toggle-theme', 'CmdOrCtrl+Shift+D'],
  ] as const)('%s sends %s (%s)', (label, command, accelerator) => {
    const menu = build('linux');
    expect(menu.byLabel(label)?.accelerator).toBe(accelerator);
    menu.click(label);
    expect(menu.sent).toEqual([command]);
  });

  it('reaches every menu command of the contract but open-requested (sent by main itself)', () => {
    const menu = build('linux');
    for (const item of menu.items) (item.click as (() => void) | undefined)?.();
    expect(new Set(menu.sent)).toEqual(
      new Set(MENU_COMMANDS.filter((command) => command !== 'open-requested')),
    );
  });

  it('lists recent files under File › Open Recent, newest first, and opens the one clicked', () => {
    const files = ['/home/ana/report.pdf', '/home/ana/R&D notes.md'];
    const menu = build('linux', true, files);
    const recent = menu.byLabel('Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      '/home/ana/report.pdf',
      '/home/ana/R&&D notes.md',
      'separator',
      'Clear Recently Opened',
    ]);
    menu.click('/home/ana/R&&D notes.md');
    expect(menu.openRecent).toHaveBeenCalledWith('/home/ana/R&D notes.md');
    menu.click('Clear Recently Opened');
    expect(menu.clearRecent).toHaveBeenCalledOnce();
    expect(menu.byLabel('Clear Recently Opened')?.enabled).toBe(true);
  });

  it('shows an empty Open Recent with nothing to clear', () => {
    const menu = build('linux');
    expect(menu.byLabel('No Recent Files')?.enabled).toBe(false);
    expect(menu.byLabel('Clear Recently Opened')?.enabled).toBe(false);
  });

  it('has File, Edit, View and Help, with Quit, clipboard and zoom roles', () => {
    const menu = build('linux');
    expect(menu.template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const roles = menu.items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
      ]),
    );
  });

  it('gives every shortcut to one item only', () => {
    const accelerators = build('linux').items.flatMap((item) => item.accelerator ?? []);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows the About panel from Help', () => {
    const menu = build('linux');
    menu.click('About Factmark');
    expect(menu.showAbout).toHaveBeenCalledOnce();
  });

  it('puts the application menu first on macOS, with Quit in it', () => {
    const menu = build('darwin');
    expect(menu.template[0]).toEqual({ role: 'appMenu' });
    expect(menu.items.filter((item) => item.role === 'quit')).toEqual([]);
  });

  it('uses Ctrl+Y for Redo on Windows', () => {
    expect(build('win32').byLabel('Redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (packaged: boolean) => build('linux', packaged).items.map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
