import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotatorSettingsFile, webHostSettingsPath } from './annotator-settings';
import { nodeAtomicFs, type AtomicFs } from './fs/atomic-write';

let folder: string;
let path: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-settings-'));
  path = join(folder, 'settings.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the annotator settings file', () => {
  it('has no name while the file is missing', () => {
    expect(annotatorSettingsFile(path).read()).toBeNull();
  });

  it.each([
    ['not JSON', '{"annotator": "Dana"'],
    ['not an object', '["Dana"]'],
    ['a name that is not one', '{"annotator": "Dana/Bob"}'],
    ['no name', '{"theme": "dark"}'],
    ['empty', ''],
  ])('reads a damaged file (%s) as no name chosen, and leaves it as it is', async (_l, content) => {
    await writeFile(path, content);
    expect(annotatorSettingsFile(path).read()).toBeNull();
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('saves the name, keeping the other settings, and reads it back', async () => {
    await writeFile(path, '{"windowBounds": {"width": 900}}');
    await annotatorSettingsFile(path).save('Zoë');
    expect(annotatorSettingsFile(path).read()).toBe('Zoë');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      windowBounds: { width: 900 },
      annotator: 'Zoë',
    });
  });

  it('makes its folder, and replaces a damaged file when a name is chosen', async () => {
    const nested = join(folder, 'config', 'factmark', 'web-host.json');
    await annotatorSettingsFile(nested).save('Dana');
    expect(annotatorSettingsFile(nested).read()).toBe('Dana');
    await writeFile(path, '{oops');
    await annotatorSettingsFile(path).save('Bob');
    expect(annotatorSettingsFile(path).read()).toBe('Bob');
  });

  it('writes atomically: a write that fails leaves the previous name, and no temp file', async () => {
    await annotatorSettingsFile(path).save('Dana');
    const failing: AtomicFs = {
      ...nodeAtomicFs,
      rename: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(annotatorSettingsFile(path, failing).save('Bob')).rejects.toThrow(
      /settings\.json could not be saved/,
    );
    expect(annotatorSettingsFile(path).read()).toBe('Dana');
    expect(await readdir(folder)).toEqual(['settings.json']);
  });
});

describe('the browser mode’s settings path', () => {
  it.each([
    [{ FACTMARK_CONFIG_DIR: '/cfg' }, '/cfg/web-host.json'],
    [{ XDG_CONFIG_HOME: '/xdg' }, '/xdg/factmark/web-host.json'],
    [{ FACTMARK_CONFIG_DIR: '', XDG_CONFIG_HOME: '/xdg' }, '/xdg/factmark/web-host.json'],
  ])('%o → %s', (env, expected) => {
    expect(webHostSettingsPath(env)).toBe(expected);
  });

  it('falls back to ~/.config/factmark', () => {
    expect(webHostSettingsPath({})).toMatch(/\.config\/factmark\/web-host\.json$/);
  });
});
