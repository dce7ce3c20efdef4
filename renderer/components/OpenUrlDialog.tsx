// Dialog `Open URL`: a web address, then `Open`. It stays open until the page has loaded, so
// a failed address can be corrected; the reason shows in the alert area.
import { DialogActions } from './DialogActions';
import { useState, type FormEvent } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { ModalDialog } from './ModalDialog';

export function OpenUrlDialog() {
  const store = useFactmarkStore();
  const opening = useFactmark((s) => s.opening !== null);
  const [url, setUrl] = useState('');
  const close = () => store.getState().closeDialog();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (!address) return;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
    if (await store.getState().openUrl(withScheme)) close();
  };
  return (
    <ModalDialog label="Open URL" onCancel={close}>
      {/* noValidate: "example.com/article" is fine too; https:// is added below. */}
      <form className="fm-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="fm-field">
          <label htmlFor="fm-url">URL</label>
          <input
            id="fm-url"
            data-autofocus
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://example.com/article"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <DialogActions submit={opening ? 'Opening…' : 'Open'} busy={opening} onCancel={close} />
      </form>
    </ModalDialog>
  );
}
