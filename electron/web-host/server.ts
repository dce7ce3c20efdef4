// The browser mode's HTTP server: the built renderer as static files and the contract at
// `POST /api/<call>`, on loopback only, behind the access token (see access.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_API_PREFIX } from '../../shared/contract/bridge';
import type { Handlers } from '../../shared/contract/calls';
import { createCoreHandlers } from '../core/handlers';
import { LibraryWatch } from '../core/library/library-watch';
import type { AnnotatorName } from '../../shared/model/annotators';
import type { AnnotatorSettings } from '../core/annotator-settings';
import { PendingWork } from '../pending-work';
import { SECURITY_HEADERS } from '../security';
import { createAccessToken, isOwnHost } from './access';
import { answerCall } from './contract-route';
import { forbidden, sendResult, sendText } from './responses';
import { answerStatic } from './static-route';

/** The browser mode only ever listens on the loopback address. */
export const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  libraryDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to a fresh random token. */
  token?: string;
  /** The built renderer (`dist/renderer`); null serves the contract only. */
  rendererDir: string | null;
  /** `--allow-local-network`: the default handlers open local-network links without asking. */
  allowLocalNetwork?: boolean;
  /** The contract's handlers; defaults to the core handlers over `libraryDir`. */
  handlers?: Partial<Handlers>;
  /** Where unexpected failures are reported (not stdout, which carries the URL line). */
  logError?: (message: string) => void;
  /** `--annotator NAME`: who is annotating, for this run. */
  annotator?: AnnotatorName | null;
  /** Where a name chosen in the page is kept (without `--annotator`, read from it at start). */
  settings?: AnnotatorSettings;
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/?token=<token>`: the address to open. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const logError = options.logError ?? ((message: string) => console.error(message));
  // Others' changes to the library folder, told to the page while it waits for them.
  const changes = options.handlers ? null : new LibraryWatch(options.libraryDir);
  const context = {
    token: options.token ?? createAccessToken(),
    port: options.port,
    rendererDir: options.rendererDir,
    handlers:
      options.handlers ??
      createCoreHandlers({
        libraryDir: options.libraryDir,
        warmLibrary: true,
        annotator: options.annotator ?? options.settings?.read() ?? null,
        annotatorFixed: Boolean(options.annotator),
        ...(options.settings ? { settings: options.settings } : {}),
        allowLocalNetwork: options.allowLocalNetwork ?? false,
        ...(changes ? { changes } : {}),
      }),
  };
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host;
    const url = parseRequestTarget(request.url);
    const isCall = url?.pathname.startsWith(HTTP_API_PREFIX) ?? false;
    // Any other Host is a page on a name it controls reaching us through DNS rebinding.
    if (!url || !host || !isOwnHost(host, context.port)) {
      const message = 'Factmark answers only to 127.0.0.1 or localhost.';
      return isCall
        ? sendResult(response, 403, forbidden(message))
        : sendText(response, 403, `${message}\n`);
    }
    return isCall
      ? answerCall(context, request, response, url, host)
      : answerStatic(context, request, response, url);
  };

  const inFlight = new PendingWork();
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const answered = route(request, response).catch((err: unknown) => {
      // The path only: a query may hold the access token (`?token=`).
      const path = parseRequestTarget(request.url)?.pathname ?? '(unreadable path)';
      logError(`Factmark browser mode: ${request.method} ${path} failed: ${String(err)}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error.\n');
      else response.destroy();
    });
    inFlight.track(answered);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on ${LOOPBACK} is already in use.`)
          : err,
      ),
    );
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  context.port = port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${context.token}`,
    port,
    token: context.token,
    close: async () => {
      // A page waiting for changes is answered now rather than holding the close up.
      changes?.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Let a call that is saving finish its write before the connections are cut.
      await inFlight.settled(CLOSE_GRACE_MS);
      server.closeAllConnections();
      await closed;
    },
  };
}

/** How long closing waits for calls under way (a save in progress) before cutting them. */
const CLOSE_GRACE_MS = 5000;

/** Only origin-form targets (`/path?query`); an absolute-form target is not meant for us. */
function parseRequestTarget(raw: string | undefined): URL | null {
  if (!raw?.startsWith('/')) return null;
  try {
    return new URL(raw, `http://${LOOPBACK}`);
  } catch {
    return null;
  }
}
