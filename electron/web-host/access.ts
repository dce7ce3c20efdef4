// Who may talk to the browser mode: a caller holding the access token (query once, then the
// cookie), reaching us by a loopback name (no DNS rebinding), from our own origin (no CSRF).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOKEN_COOKIE } from '../../shared/contract/bridge';

/** Characters a token may hold: it travels in a URL and a cookie without escaping. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;

/** A fresh unguessable token (256 bits, base64url). */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Checks a token given from outside (FACTMARK_TOKEN); throws a readable Error. */
export function checkTokenFormat(token: string, origin: string): string {
  if (!TOKEN_PATTERN.test(token)) {
    throw new Error(`${origin}: the access token may hold only letters, digits and . _ ~ -`);
  }
  return token;
}

/** Constant-time comparison; hashing first hides the expected token's length too. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** The value of cookie `name` in a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return null;
}

/** The `Set-Cookie` value that keeps the page's access across reloads. */
export function tokenCookie(token: string): string {
  // No `Secure`: the browser mode is plain http on loopback. No Max-Age: a session cookie,
  // since the token changes whenever the host restarts.
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The token the request carries in its cookie, if any. */
export function cookieToken(cookieHeader: string | undefined): string | null {
  return readCookie(cookieHeader, TOKEN_COOKIE);
}

/**
 * True when the `Host` header names us by loopback address or `localhost` with our port. Any
 * other name means a page reached us through a DNS name it controls (DNS rebinding).
 */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  const names = ['127.0.0.1', 'localhost'];
  const allowed = names.map((name) => `${name}:${port}`);
  if (port === 80) allowed.push(...names);
  return allowed.includes(host);
}

/**
 * True when a request may come from this page: no `Origin` (a same-origin GET, or a client
 * that is not a browser) or exactly our own origin, as reached through `hostHeader`.
 */
export function isOwnOrigin(originHeader: string | undefined, hostHeader: string): boolean {
  if (originHeader === undefined) return true;
  return originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/**
 * Fetch metadata, where the browser sends it: only our own pages (`same-origin`) or the user
 * typing the URL (`none`) are accepted.
 */
export function isOwnFetchSite(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}
