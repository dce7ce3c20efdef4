// Finds an installed Electron binary without `require('electron')`, which tries to download
// one. Returns the path, or the reason there is none.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function findElectronBinary(): { path: string } | { reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const packageDir = resolve(__dirname, '..', '..', 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const candidates: string[] = [];
  if (override)
    candidates.push(join(override, process.platform === 'win32' ? 'electron.exe' : 'electron'));
  if (existsSync(pathFile))
    candidates.push(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  candidates.push(join(packageDir, 'dist', 'electron'));
  const found = candidates.find((c) => existsSync(c));
  if (found) return { path: found };
  return {
    reason: `no Electron binary (looked for ${candidates.join(', ')}; electron's download is not possible on this machine)`,
  };
}
