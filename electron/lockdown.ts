// Electron-side guards that cannot be expressed as web preferences: no permissions, no
// navigation, no new windows or webviews, and no network requests from the renderer.
import type { Session, WebContents } from 'electron';

/** Denies every permission (camera, notifications, clipboard reads …) and device access. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The renderer never needs the network: articles are fetched by the main process. This
  // holds even if something slipped past the CSP.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

/**
 * Blocks navigation, new windows and webviews in a web contents. Links are opened only
 * through the contract's `openExternal`, which the renderer calls on a user's click.
 */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
