// Builds the typed FactmarkApi over a transport that carries raw result envelopes. Every answer
// is checked against the call's output schema here, whichever host sent it.
import { CALL_NAMES, type CallName, type FactmarkApi } from '../../shared/contract/calls';
import { unwrapResult } from '../../shared/contract/dispatch';

/** Sends one call and answers the host's raw envelope (`{ ok, value }` or `{ ok, error }`). */
export type Transport = (name: CallName, input: unknown) => Promise<unknown>;

export function createApi(send: Transport): FactmarkApi {
  const api: Partial<Record<CallName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) {
    api[name] = async (input) => unwrapResult(name, await send(name, input));
  }
  // Each entry was built for its own name above, so the record has the contract's shape.
  return api as FactmarkApi;
}
