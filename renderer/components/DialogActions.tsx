// The Cancel and submit buttons at the foot of a dialog's form: Cancel closes, the primary
// button submits the form (so Enter in a field does the same).
import type { ReactNode } from 'react';

export function DialogActions({
  submit,
  onCancel,
  busy = false,
}: {
  /** The submit button's words (`Tag`, `Save`, `Opening…`). */
  submit: ReactNode;
  onCancel: () => void;
  /** While the dialog's work runs, the submit button is off. */
  busy?: boolean;
}) {
  return (
    <div className="fm-dialog-actions">
      <button type="button" className="fm-button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="fm-button fm-button-primary" disabled={busy}>
        {submit}
      </button>
    </div>
  );
}
