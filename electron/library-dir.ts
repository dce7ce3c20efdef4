// Where the library lives when no `--library` is given: the folder Electron calls `userData`
// for an app named Factmark, so the desktop app and the browser mode share one library.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Factmark';

export interface PlatformContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

function currentPlatform(): PlatformContext {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/** Electron's `app.getPath('appData')`, computed the way Electron does, without Electron. */
export function appDataDir(context: PlatformContext = currentPlatform()): string {
  const { platform, env, home } = context;
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** `<appData>/Factmark/library`, e.g. `~/.config/Factmark/library` on Linux. */
export function defaultLibraryDir(context: PlatformContext = currentPlatform()): string {
  return join(appDataDir(context), APP_NAME, 'library');
}
