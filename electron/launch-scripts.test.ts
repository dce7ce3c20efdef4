// Tests of the plain Node scripts behind `npm start` (scripts/*.mjs): finding Electron's
// binary without `require('electron')`, and a free port for the browser mode.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { findFreePort } from '../scripts/free-port.mjs';

/** An `electron` package folder with, optionally, path.txt and a dist executable. */
function electronPackage(options: { pathTxt?: string; executable?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-electron-pkg-'));
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.executable) {
    const file = join(dir, 'dist', options.executable);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the executable path.txt names inside dist/', () => {
    const dir = electronPackage({ pathTxt: 'electron', executable: 'electron' });
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toEqual({
      found: true,
      path: join(dir, 'dist', 'electron'),
    });
  });

  it('reports where it looked when the binary was never downloaded', () => {
    const dir = electronPackage({});
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toEqual({
      found: false,
      lookedIn: [join(dir, 'dist', 'electron')],
    });
  });

  it('reports a path.txt whose file is missing', () => {
    const dir = electronPackage({ pathTxt: 'electron\n' });
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toEqual({
      found: false,
      lookedIn: [join(dir, 'dist', 'electron')],
    });
  });

  it.each([
    ['darwin', join('Electron.app', 'Contents', 'MacOS', 'Electron')],
    ['win32', 'electron.exe'],
    ['linux', 'electron'],
  ])('knows the executable on %s without path.txt', (platform, executable) => {
    const dir = electronPackage({});
    const lookup = findElectronBinary({ electronDir: dir, env: {}, platform });
    expect(lookup).toEqual({ found: false, lookedIn: [join(dir, 'dist', executable)] });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = electronPackage({ pathTxt: 'electron', executable: 'electron' });
    const override = mkdtempSync(join(tmpdir(), 'factmark-electron-override-'));
    writeFileSync(join(override, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override };
    expect(findElectronBinary({ electronDir: dir, env, platform: 'linux' })).toEqual({
      found: true,
      path: join(override, 'electron'),
    });
  });

  it('lists both places when neither has the binary', () => {
    const dir = electronPackage({ pathTxt: 'electron' });
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' };
    expect(findElectronBinary({ electronDir: dir, env, platform: 'linux' })).toEqual({
      found: false,
      lookedIn: [join('/nowhere', 'electron'), join(dir, 'dist', 'electron')],
    });
  });

  it('does not take a folder for the executable', () => {
    const dir = electronPackage({ pathTxt: 'electron' });
    mkdirSync(join(dir, 'dist', 'electron'), { recursive: true });
    expect(findElectronBinary({ electronDir: dir, env: {}, platform: 'linux' }).found).toBe(false);
  });
});

describe('findFreePort', () => {
  it('answers the preferred port when it is free, the next one when it is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const next = await findFreePort(port);
      expect(next).toBeGreaterThan(port);
      await expect(findFreePort(next)).resolves.toBe(next);
    } finally {
      taken.close();
    }
  });

  it('gives up after its attempts', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(findFreePort(port, { attempts: 1 })).rejects.toThrow(
        `No free port on 127.0.0.1 between ${port} and ${port}.`,
      );
    } finally {
      taken.close();
    }
  });
});
