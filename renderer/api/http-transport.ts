// Browser mode: each call is `POST /api/<name>` with the input as JSON; the host answers the
// result envelope as JSON (also for a 403). Access rides on a same-origin cookie.
import { ContractError } from '../../shared/contract/result';
import { HTTP_API_PREFIX } from '../../shared/contract/bridge';
import type { CallName } from '../../shared/contract/calls';
import type { Transport } from './client';

export function httpTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (name: CallName, input: unknown) => {
    let response: Response;
    try {
      response = await fetchImpl(HTTP_API_PREFIX + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ContractError(
        'network',
        `${name}: cannot reach the Factmark host (${reason}). Is it still running?`,
      );
    }
    try {
      return await response.json();
    } catch {
      throw new ContractError(
        'network',
        `${name}: the host answered HTTP ${response.status} without a readable result.`,
      );
    }
  };
}
