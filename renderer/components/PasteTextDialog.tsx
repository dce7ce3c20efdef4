// Dialog `Paste text`: the text of an article and an optional title, then `Open`.
import { DialogActions } from './DialogActions';
import { useState, type FormEvent } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { isMac } from '../commands/shortcuts';
import { ModalDialog } from './ModalDialog';

const OPEN_KEYS = isMac() ? '⌘+Enter' : 'Ctrl+Enter';

export function PasteTextDialog() {
  const store = useFactmarkStore();
  const opening = useFactmark((s) => s.opening !== null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const close = () => store.getState().closeDialog();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await store.getState().openText(text, title.trim() || undefined)) close();
  };
  return (
    <ModalDialog label="Paste text" onCancel={close} className="fm-dialog-wide">
      <form className="fm-form" onSubmit={(e) => void submit(e)}>
        <div className="fm-field">
          <label htmlFor="fm-paste-title">Title (optional)</label>
          <input
            id="fm-paste-title"
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="fm-field">
          <label htmlFor="fm-paste-text">Text</label>
          <textarea
            id="fm-paste-text"
            data-autofocus
            rows={12}
            required
            placeholder={`Paste the article here; ${OPEN_KEYS} opens it.`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter makes a new line in the text; with Ctrl (⌘) it opens, as in a chat box.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </div>
        <DialogActions submit={opening ? 'Opening…' : 'Open'} busy={opening} onCancel={close} />
      </form>
    </ModalDialog>
  );
}
