// The Cancel / Open buttons shared by the dialogs that open an article (URL, pasted text).
export function OpenDialogActions({
  opening,
  onCancel,
}: {
  opening: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="fm-dialog-actions">
      <button type="button" className="fm-button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="fm-button fm-button-primary" disabled={opening}>
        {opening ? 'Opening…' : 'Open'}
      </button>
    </div>
  );
}
