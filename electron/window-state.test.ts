import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  type WindowState,
} from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 876 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1400 };

const state = (
  x: number,
  y: number,
  width = 1200,
  height = 800,
  maximized = false,
): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [monitorOnRight])).toEqual({
      bounds: { ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('reopens where it was left', () => {
    expect(placeWindow(state(1600, 100), [laptop, monitorOnRight])).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('remembers being maximised', () => {
    expect(placeWindow(state(20, 20, 1200, 800, true), [laptop]).maximized).toBe(true);
  });

  it('centres a window whose display is gone, at a size the primary display can show', () => {
    expect(placeWindow(state(2000, 100, 2400, 1300), [laptop])).toEqual({
      bounds: { width: 1440, height: 876 },
      maximized: false,
    });
  });

  it('centres a window whose title bar is above every display', () => {
    expect(placeWindow(state(100, -500), [laptop]).bounds).not.toHaveProperty('x');
  });

  it('pulls a window hanging partly off its display back inside', () => {
    expect(placeWindow(state(-900, 10), [laptop]).bounds).toEqual({
      x: 0,
      y: 10,
      width: 1200,
      height: 800,
    });
  });

  it('shrinks a window larger than its display and slides it back inside', () => {
    expect(placeWindow(state(1500, 200, 3000, 1500), [laptop, monitorOnRight]).bounds).toEqual({
      x: 1440,
      y: 0,
      width: 2560,
      height: 1400,
    });
  });

  it('never makes the window smaller than the minimum, unless the display is', () => {
    expect(placeWindow(state(10, 10, 200, 100), [laptop]).bounds).toMatchObject({
      width: 640,
      height: 420,
    });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 600, height: 400 }]).bounds).toEqual({
      width: 600,
      height: 400,
    });
  });
});

describe('parseWindowState', () => {
  it.each([
    ['not json'],
    ['null'],
    ['{}'],
    ['{"bounds":{"x":0,"y":0,"width":0,"height":10},"maximized":false}'],
    ['{"bounds":{"x":0.5,"y":0,"width":10,"height":10},"maximized":false}'],
    ['{"bounds":{"x":0,"y":0,"width":10,"height":10},"maximized":"yes"}'],
  ])('gives up on %s', (json) => {
    expect(parseWindowState(json)).toBeNull();
  });

  it('reads what saveWindowState writes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factmark-window-')), 'window-state.json');
    await saveWindowState(file, state(10, 20, 1000, 700, true));
    expect(parseWindowState(readFileSync(file, 'utf8'))).toEqual(state(10, 20, 1000, 700, true));
    await expect(loadWindowState(file)).resolves.toEqual(state(10, 20, 1000, 700, true));
  });
});

describe('loadWindowState', () => {
  it('answers null when there is no file yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-window-'));
    await expect(loadWindowState(join(dir, 'window-state.json'))).resolves.toBeNull();
  });

  it('answers null for a damaged file (the window opens at the defaults)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factmark-window-')), 'window-state.json');
    writeFileSync(file, '{"bounds": {');
    await expect(loadWindowState(file)).resolves.toBeNull();
  });
});
