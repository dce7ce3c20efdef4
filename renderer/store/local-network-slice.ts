// Links to this computer or the local network: the host refuses them (`local-network`, naming
// the host) until the person says this host is fine. The question is asked once per host and
// the answer kept in the page's storage; the hosts allowed go with every open and reload.
import { ContractError } from '../../shared/contract/result';
import type { ReloadFrom } from './reload-slice';
import type { SliceCreator } from './types';

export const LOCAL_HOSTS_KEY = 'factmark.localNetworkHosts';

/** What to do again once the host is allowed. */
export type LocalNetworkRetry =
  { action: 'open-url'; url: string } | { action: 'reload'; from?: ReloadFrom };

export interface LocalNetworkSlice {
  /** Hosts on the local network the person agreed to open. */
  allowedLocalHosts: string[];
  /**
   * True (and the question shown) when `error` is a local-network refusal: the caller then
   * reports nothing, the question speaks for it.
   */
  askAboutLocalNetwork(error: unknown, retry: LocalNetworkRetry): boolean;
  /** The person's answer: remembers the host and does `retry` again, or leaves it there. */
  answerLocalNetwork(host: string, allow: boolean, retry: LocalNetworkRetry): Promise<void>;
}

/** The allowance a call carries: nothing at all until a host was allowed. */
export function allowedHostsInput(hosts: readonly string[]): { allowLocalHosts?: string[] } {
  return hosts.length > 0 ? { allowLocalHosts: [...hosts] } : {};
}

function readHosts(storage: { getItem(key: string): string | null } | null): string[] {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(LOCAL_HOSTS_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return []; // unreadable or unavailable storage: the question is asked again
  }
}

export const createLocalNetworkSlice: SliceCreator<LocalNetworkSlice> = (deps) => (set, get) => ({
  allowedLocalHosts: readHosts(deps.storage),
  askAboutLocalNetwork: (error, retry) => {
    if (!(error instanceof ContractError && error.code === 'local-network' && error.host)) {
      return false;
    }
    get().openDialog({ kind: 'local-network', host: error.host, retry });
    return true;
  },
  answerLocalNetwork: async (host, allow, retry) => {
    get().closeDialog();
    if (!allow) return;
    const allowedLocalHosts = [...new Set([...get().allowedLocalHosts, host])];
    set({ allowedLocalHosts });
    try {
      deps.storage?.setItem(LOCAL_HOSTS_KEY, JSON.stringify(allowedLocalHosts));
    } catch {
      // Not kept: the question comes again next time, nothing worse.
    }
    if (retry.action === 'open-url') await get().openUrl(retry.url);
    else await get().reloadArticle(retry.from);
  },
});
