// The security settings both hosts share, kept in one place so a unit test can check them
// without launching Electron: the renderer's web preferences, the CSP, the response headers,
// and what counts as our own app origin.
import type { WebPreferences } from 'electron';

/** The privileged scheme the desktop app serves its renderer from (`app://factmark/…`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'factmark';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The renderer may load only its own scripts and styles; no inline script, no plugins, no
 * framing, no form posts. `img-src data:` lets the bundler inline small images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers on every response either host sends to the renderer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

/**
 * The renderer's web preferences: isolated, sandboxed, no Node. Only `preload` varies (its
 * path depends on where the app is installed).
 */
export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Link schemes the user may open in the system browser (after clicking them). */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True when `url` parses and is an http(s) or mailto link. */
export function isExternalLink(url: string): boolean {
  return EXTERNAL_PROTOCOLS.has(parseUrl(url)?.protocol ?? '');
}

/**
 * True when `url` is a page of our own renderer (`app://factmark/…`). Compared by protocol
 * and host because Node's URL gives custom schemes an opaque origin (`"null"`).
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** The parts of Electron's WebFrameMain the IPC sender check looks at. */
export interface CallerFrame {
  url: string;
  parent: unknown;
}

/**
 * True when an IPC call comes from the top frame of our own renderer. A null frame (navigated
 * away or destroyed since it sent) and any subframe are refused.
 */
export function isTrustedCaller(frame: CallerFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
