// Fetches a web page and reads it as an article: http(s) only, a few redirects (each checked
// against the network policy: no local-network address unless allowed, no https → http), a
// time limit and a size cap, and a message that says what went wrong (no such host, refused…).
import { MAX_SOURCE_BYTES } from '../../../shared/contract/calls';
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle } from '../../../shared/model/article';
import { detectKind, type SourceKind } from './detect';
import { titleFromFileName } from './extracted';
import type { NetworkPolicy } from '../net/address-policy';
import { guardedFetch, type FetchPage } from '../net/guarded-fetch';
import { checkLink } from '../net/link-policy';
import { formatSize } from './format-size';
import { readInWorker, type LoaderLimits } from './worker-runner';

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchArticleOptions {
  /** What the person allowed beyond the public internet (nothing by default). */
  network?: NetworkPolicy;
  /** The transport; by default one that checks each connection against `network`. */
  fetch?: FetchPage;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => Date;
  /** The loader worker's limits for reading the page once fetched. */
  limits?: Partial<LoaderLimits>;
}

const ACCEPT = 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** Fetches `address` and reads it as an article; every failure is a ContractError naming it. */
export async function fetchArticle(
  address: string,
  options: FetchArticleOptions = {},
): Promise<ExtractedArticle> {
  const {
    network = {},
    fetch = guardedFetch({ policy: network }),
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxBytes = MAX_SOURCE_BYTES,
    now = () => new Date(),
  } = options;
  const url = parseAddress(address);
  const name = url.href;
  checkLink(url, network);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await followRedirects(fetch, url, network, controller.signal);
    const finalUrl = response.url || url.href;
    if (!response.ok) {
      await response.body?.cancel();
      throw new ContractError(
        'network',
        `${name}: the server answered ${describeStatus(response)}`,
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    const declaredKind = kindOfContentType(name, contentType);
    const bytes = await readCapped(name, response, maxBytes);
    if (bytes.byteLength === 0) throw new ContractError('bad-source', `${name}: the page is empty`);
    const kind = declaredKind ?? detectKind(name, bytes);
    const context = {
      source: { kind: 'url' as const, url: finalUrl, retrievedAt: now().toISOString() },
      fallbackTitle: titleFromAddress(finalUrl),
      displayName: name,
      url: finalUrl,
    };
    const content = { bytes, charset: charsetOf(contentType) };
    return await readInWorker({ kind, content, context }, { limits: options.limits });
  } catch (error) {
    if (error instanceof ContractError) throw error;
    if (controller.signal.aborted) {
      throw new ContractError(
        'network',
        `${name}: no complete answer within ${formatSeconds(timeoutMs)}; the site may be slow or unreachable`,
      );
    }
    throw networkError(name, error);
  } finally {
    clearTimeout(timer);
  }
}

/** The address as typed; "example.com/page" gets https:// in front, as a browser's bar does. */
function parseAddress(address: string): URL {
  const trimmed = address.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(trimmed)
      ? `https://${trimmed}`
      : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ContractError('bad-source', `${trimmed}: not a web address`);
  }
  if (url.protocol === 'file:') {
    throw new ContractError(
      'bad-source',
      `${trimmed}: to read a file on this computer, use Open file`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ContractError(
      'bad-source',
      `${trimmed}: only http and https addresses can be opened`,
    );
  }
  return url;
}

/** Follows up to MAX_REDIRECTS redirects by hand, so that they can be counted and checked. */
async function followRedirects(
  fetch: FetchPage,
  start: URL,
  network: NetworkPolicy,
  signal: AbortSignal,
): Promise<Response> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: ACCEPT } });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) {
      // Node's fetch reports the URL it asked for; make sure a test double's answer does too.
      return response.url ? response : withUrl(response, url);
    }
    await response.body?.cancel();
    if (redirects >= MAX_REDIRECTS) {
      throw new ContractError('network', `${start.href}: more than ${MAX_REDIRECTS} redirects`);
    }
    const next = new URL(location, url);
    checkLink(next, network, url);
    url = next;
  }
}

function withUrl(response: Response, url: URL): Response {
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}

/** The loader a content type calls for; undefined when the server did not say (sniff it). */
function kindOfContentType(name: string, contentType: string): SourceKind | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return undefined;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  throw new ContractError(
    'bad-source',
    `${name}: the address serves ${type}, not a web page or text`,
  );
}

/**
 * What a page is called when it names nothing: a PDF's file name ("report.pdf" → "report"),
 * else the site's host name.
 */
function titleFromAddress(address: string): string {
  const url = new URL(address);
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return /\.pdf$/i.test(last) ? titleFromFileName(last) : url.hostname;
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}

/** Reads the body, stopping as soon as it passes `maxBytes`. */
async function readCapped(name: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ContractError('bad-source', `${name}: the page is larger than ${formatSize(maxBytes)}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function describeStatus(response: Response): string {
  const text = response.statusText ? ` ${response.statusText}` : '';
  const hint =
    response.status === 404 || response.status === 410
      ? ' (the page does not exist)'
      : response.status === 401 || response.status === 403
        ? ' (the page needs a login or refuses this app)'
        : response.status >= 500
          ? ' (the site has a problem; try again later)'
          : '';
  return `${response.status}${text}${hint}`;
}

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME_MISMATCH)/;

/** Turns fetch's TypeError("fetch failed") and its cause into a message about the address. */
export function networkError(name: string, error: unknown): ContractError {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code ?? '';
  const host = (() => {
    try {
      return new URL(name).hostname;
    } catch {
      return name;
    }
  })();
  let reason: string;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    reason = `the server ${host} could not be found (check the address and your connection)`;
  } else if (code === 'ECONNREFUSED') {
    reason = `${host} refused the connection`;
  } else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    reason = 'the connection was closed before the page arrived';
  } else if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    reason = `${host} did not answer`;
  } else if (TLS_CODE.test(code)) {
    reason = `the secure connection failed (${code}); the site's certificate is not trusted`;
  } else {
    const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
    reason = `the page could not be fetched (${detail})`;
  }
  return new ContractError('network', `${name}: ${reason}`);
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds === 1 ? '1 second' : `${Number(seconds.toFixed(1))} seconds`;
}
