// Finds Electron's executable the way the `electron` package does, but without requiring it:
// `require('electron')` downloads the binary when it is missing, and we would rather say so.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The executable inside Electron's dist folder when path.txt is missing (install.js writes it). */
const EXECUTABLE_BY_PLATFORM = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readTrimmed(path) {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * @param {object} options
 * @param {string} options.electronDir the `electron` package's folder (node_modules/electron)
 * @param {Record<string, string | undefined>} [options.env] ELECTRON_OVERRIDE_DIST_PATH is read
 * @param {string} [options.platform]
 * @param {(path: string) => boolean} [options.exists] whether an executable file is there
 * @returns {{ found: true, path: string } | { found: false, lookedIn: string[] }}
 */
export function findElectronBinary({
  electronDir,
  env = process.env,
  platform = process.platform,
  exists = isFile,
}) {
  const executable =
    readTrimmed(join(electronDir, 'path.txt')) || EXECUTABLE_BY_PLATFORM[platform] || 'electron';
  const lookedIn = [];
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    lookedIn.push(join(env.ELECTRON_OVERRIDE_DIST_PATH, executable));
  }
  lookedIn.push(join(electronDir, 'dist', executable));
  const path = lookedIn.find((candidate) => exists(candidate));
  return path ? { found: true, path } : { found: false, lookedIn };
}
