// Remembers the window's size and place between runs (a small JSON file in userData) and
// puts it back only where a display can still show it.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './core/fs/atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const WindowStateSchema = z.object({ bounds: RectSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

/** Where and how large to open the window; no x/y lets Electron centre it. */
export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 640, height: 420 } as const;
/** How much of the title bar must land on a display for a saved place to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

export function parseWindowState(json: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Decides where the window opens given the saved state and the displays' work areas (the
 * first being the primary display). A window whose title bar would land on no display (a
 * monitor unplugged since) is centred on the primary one; otherwise it opens where it was,
 * shrunk to fit and moved to lie wholly inside the work area it lands on.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): WindowPlacement {
  const primary = workAreas[0];
  const wanted = saved?.bounds ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const home = saved ? workAreas.find((area) => showsTitleBar(area, saved.bounds)) : undefined;
  const area = home ?? primary;
  const width = fit(wanted.width, MIN_SIZE.width, area?.width);
  const height = fit(wanted.height, MIN_SIZE.height, area?.height);
  if (!home || !saved) return { bounds: { width, height }, maximized: saved?.maximized ?? false };
  const x = clamp(saved.bounds.x, home.x, home.x + home.width - width);
  const y = clamp(saved.bounds.y, home.y, home.y + home.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fit(size: number, min: number, max: number | undefined): number {
  const upper = max ?? size;
  return Math.max(Math.min(size, upper), Math.min(min, upper));
}

function showsTitleBar(area: Rect, window: Rect): boolean {
  const titleBar = { x: window.x, y: window.y, width: window.width, height: MIN_VISIBLE.height };
  const overlapWidth =
    Math.min(area.x + area.width, titleBar.x + titleBar.width) - Math.max(area.x, titleBar.x);
  const overlapHeight =
    Math.min(area.y + area.height, titleBar.y + titleBar.height) - Math.max(area.y, titleBar.y);
  return overlapWidth >= MIN_VISIBLE.width && overlapHeight >= MIN_VISIBLE.height;
}

/** The saved state, or null when there is none yet or it cannot be read (then: defaults). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  const json = await readFile(file, 'utf8').catch(() => null);
  return json === null ? null : parseWindowState(json);
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}
