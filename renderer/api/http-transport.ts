// Browser mode: each call is `POST /api/<name>` with the input as JSON and the tab's access
// token in a header; the host answers the result envelope as JSON (also for a 403).
import { ContractError } from '../../shared/contract/result';
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../../shared/contract/bridge';
import type { CallName } from '../../shared/contract/calls';
import type { Transport } from './client';

export function httpTransport(
  token: string | null,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Transport {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers[TOKEN_HEADER] = token;
  return async (name: CallName, input: unknown) => {
    let response: Response;
    try {
      response = await fetchImpl(HTTP_API_PREFIX + name, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
        // The token travels in the header; no cookie is needed (or accepted) for calls.
        credentials: 'omit',
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
