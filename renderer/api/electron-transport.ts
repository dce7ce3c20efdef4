// Electron: the preload's `window.factmarkHost` bridge, one method per call.
import { ContractError } from '../../shared/contract/result';
import { BRIDGE_GLOBAL, type FactmarkHostBridge } from '../../shared/contract/bridge';
import type { CallName } from '../../shared/contract/calls';
import type { Transport } from './client';

/** The preload's bridge, when the page runs inside the desktop app. */
export function findBridge(scope: object = globalThis): FactmarkHostBridge | null {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_GLOBAL];
  return bridge && typeof bridge === 'object' ? (bridge as FactmarkHostBridge) : null;
}

export function bridgeTransport(bridge: FactmarkHostBridge): Transport {
  return async (name: CallName, input: unknown) => {
    // The bridge has one method per call; `name` comes from the contract's own list.
    const method = bridge[name] as (input: unknown) => Promise<unknown>;
    try {
      return await method(input);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ContractError('internal', `${name}: the desktop host did not answer (${reason}).`);
    }
  };
}
