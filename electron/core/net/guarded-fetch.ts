// One HTTP(S) request whose destination is checked where it is decided: the host name is
// resolved in the socket's own `lookup`, and every address it resolves to must pass the
// network policy before the socket connects. A name that resolves to a public address when
// asked first and to 127.0.0.1 when connected (DNS rebinding) is therefore still refused.
// Redirects are not followed here: the caller checks and follows each hop.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ContractError } from '../../../shared/contract/result';
import { checkDestination, isIpLiteral, type NetworkPolicy } from './address-policy';

/** What the URL loader needs of a fetch: one request, redirects left to the caller. */
export type FetchPage = (
  url: URL,
  init: { signal: AbortSignal; headers: Record<string, string>; redirect?: 'manual' },
) => Promise<Response>;

/** Resolves a host name to every address it has (the system resolver by default). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardedFetchOptions {
  policy: NetworkPolicy;
  /** tests give a resolver of their own, to play a rebinding name without DNS */
  resolve?: ResolveHost;
}

const systemResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A fetch that connects only to addresses the policy allows. */
export function guardedFetch({ policy, resolve = systemResolve }: GuardedFetchOptions): FetchPage {
  return (url, { signal, headers }) =>
    new Promise<Response>((settle, fail) => {
      const host = url.hostname;
      // A literal address is never looked up: the socket connects to it as written.
      if (isIpLiteral(host)) {
        checkDestination({ url: url.href, host, address: host.replace(/^\[|\]$/g, '') }, policy);
      }
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
        signal,
        // No pooled sockets: one opened for a host allowed earlier must not serve a later call.
        agent: false,
        lookup: checkedLookup(url.href, policy, resolve),
      });
      request.on('response', (response) => {
        try {
          settle(toResponse(response, url));
        } catch (error) {
          response.destroy();
          fail(error);
        }
      });
      request.on('error', fail);
      request.end();
    });
}

/** A socket `lookup` that refuses the connection when any address of the name is not allowed. */
function checkedLookup(url: string, policy: NetworkPolicy, resolve: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        for (const { address } of all) checkDestination({ url, host: hostname, address }, policy);
        const usable = options.family ? all.filter((a) => a.family === options.family) : all;
        const first = usable[0];
        if (!first) {
          const error = Object.assign(new Error(`no address for ${hostname}`), {
            code: 'ENOTFOUND',
          });
          throw error;
        }
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

/** The answer as a web Response, decompressed, so the loader reads every transport alike. */
function toResponse(message: IncomingMessage, url: URL): Response {
  const status = message.statusCode ?? 0;
  if (status < 200 || status > 599) {
    throw new ContractError('network', `${url.href}: the server answered status ${status}`);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, one);
    }
  }
  let body: Readable = message;
  const decoder = decoderFor(headers.get('content-encoding'));
  if (decoder) {
    body = message.pipe(decoder);
    message.on('error', (error) => decoder.destroy(error));
    headers.delete('content-encoding');
    headers.delete('content-length'); // it counted the compressed bytes
  }
  if (NULL_BODY_STATUSES.has(status)) message.resume();
  const response = new Response(
    NULL_BODY_STATUSES.has(status)
      ? null
      : (Readable.toWeb(body) as NodeReadableStream<Uint8Array> as ReadableStream<Uint8Array>),
    { status, statusText: message.statusMessage ?? '', headers },
  );
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}

function decoderFor(encoding: string | null) {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}
