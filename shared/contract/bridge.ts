// What Electron's preload puts on `window.factmarkHost`: one method per call of the contract,
// each answering the raw result envelope (the renderer's client checks it against the call's
// output schema), and a subscription to the native menu. Nothing else crosses.
import type { CallInput, CallName, MenuCommand } from './calls';
import type { CallResult } from './result';

export const BRIDGE_GLOBAL = 'factmarkHost';
/** The single IPC channel the preload uses to carry contract calls. */
export const IPC_CALL_CHANNEL = 'factmark:call';
/** The IPC channel on which the main process sends menu commands. */
export const IPC_MENU_CHANNEL = 'factmark:menu';

export type FactmarkHostBridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<CallResult<unknown>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** Browser mode: `POST ${HTTP_API_PREFIX}<call name>` with the input as JSON body. */
export const HTTP_API_PREFIX = '/api/';
/**
 * Browser mode: the request header that carries the access token on every contract call. The
 * page keeps the token per tab (sessionStorage), having taken it from the address's fragment
 * (`#token=…`) once; a cookie, which the browser would send to every port of 127.0.0.1, never
 * carries it.
 */
export const TOKEN_HEADER = 'x-factmark-token';
/** Browser mode: the fragment key the host hands the token over in (`/#token=…`). */
export const TOKEN_FRAGMENT_KEY = 'token';
