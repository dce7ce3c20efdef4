// The question a link to the local network gets before it is opened (asked once per host):
// a page or a redirect must not reach this computer's or the office network's services
// unless the person meant it.
import { useFactmarkStore } from '../store/hooks';
import type { LocalNetworkRetry } from '../store/local-network-slice';
import { ModalDialog } from './ModalDialog';

export function LocalNetworkDialog({ host, retry }: { host: string; retry: LocalNetworkRetry }) {
  const store = useFactmarkStore();
  const answer = (allow: boolean) => void store.getState().answerLocalNetwork(host, allow, retry);
  return (
    <ModalDialog label="Local network" onCancel={() => answer(false)}>
      <p className="fm-dialog-lead">
        This link points to your local network ({host}). Open it anyway?
      </p>
      <p>
        Factmark asks before it reads a page on this computer or your local network, since a web
        page or a redirect could point there. The answer is kept for {host}.
      </p>
      <div className="fm-dialog-actions">
        {/* Focus starts on Cancel: Enter alone must not open a local address. */}
        <button type="button" className="fm-button" data-autofocus onClick={() => answer(false)}>
          Cancel
        </button>
        <button type="button" className="fm-button fm-button-primary" onClick={() => answer(true)}>
          Open
        </button>
      </div>
    </ModalDialog>
  );
}
