import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultLibraryDir } from './library-dir';

describe('defaultLibraryDir', () => {
  it.each([
    ['linux', {}, join('/home/ada', '.config', 'Factmark', 'library')],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, join('/xdg', 'Factmark', 'library')],
    ['linux', { XDG_CONFIG_HOME: '' }, join('/home/ada', '.config', 'Factmark', 'library')],
    ['freebsd', {}, join('/home/ada', '.config', 'Factmark', 'library')],
    [
      'darwin',
      { XDG_CONFIG_HOME: '/xdg' },
      join('/home/ada', 'Library', 'Application Support', 'Factmark', 'library'),
    ],
    ['win32', { APPDATA: '/roaming' }, join('/roaming', 'Factmark', 'library')],
    ['win32', {}, join('/home/ada', 'AppData', 'Roaming', 'Factmark', 'library')],
  ] as const)('%s with %j', (platform, env, expected) => {
    expect(defaultLibraryDir({ platform, env, home: '/home/ada' })).toBe(expected);
  });

  it('lives in the app data folder Electron uses', () => {
    const context = { platform: 'linux' as const, env: {}, home: '/home/ada' };
    expect(defaultLibraryDir(context)).toBe(join(appDataDir(context), 'Factmark', 'library'));
  });
});
