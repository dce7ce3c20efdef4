// Who may talk to the browser mode: a caller holding the access token (in the address once,
// then in a header the page keeps per tab), reaching us by a loopback name (no DNS
// rebinding), from our own origin (no CSRF). The cookie a visit leaves behind opens the
// renderer's files only: browsers send cookies to every port of 127.0.0.1, so it holds a key
// derived from the token, never the token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Characters a token may hold: it travels in a URL and a header without escaping. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~-]+$/;
/** A token given from outside must be at least this long (a fresh one is 43 characters). */
export const MIN_TOKEN_LENGTH = 32;
const MAX_TOKEN_LENGTH = 512;

/** A fresh unguessable token (256 bits, base64url). */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Checks a token given from outside (FACTMARK_TOKEN); throws a readable Error. */
export function checkTokenFormat(token: string, origin: string): string {
  if (!TOKEN_CHARACTERS.test(token)) {
    throw new Error(`${origin}: the access token may hold only letters, digits and . _ ~ -`);
  }
  if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) {
    throw new Error(
      `${origin}: the access token must be ${MIN_TOKEN_LENGTH} to ${MAX_TOKEN_LENGTH} characters long ` +
        `(it has ${token.length}); a short one can be guessed. Leave it unset for a random one.`,
    );
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

/**
 * The cookie's name: one per port, so that two browser modes on one machine keep their own
 * (cookies ignore ports, so a name is the only way to tell them apart).
 */
export function filesCookieName(port: number): string {
  return `factmark_files_${port}`;
}

/** What the files cookie holds: derived from the token, useless as one. */
export function filesKey(token: string): string {
  return createHash('sha256').update(`factmark renderer files\0${token}`).digest('base64url');
}

/** The `Set-Cookie` value that lets the page load its files again after a reload. */
export function filesCookie(token: string, port: number): string {
  // No `Secure`: the browser mode is plain http on loopback (so no `__Host-` prefix either).
  // No Max-Age: a session cookie, since the token changes whenever the host restarts.
  return `${filesCookieName(port)}=${filesKey(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The files key the request's cookie carries, if any. */
export function cookieFilesKey(cookieHeader: string | undefined, port: number): string | null {
  return readCookie(cookieHeader, filesCookieName(port));
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
