// A modal dialog on the native <dialog>, opened with show() rather than showModal(): making a
// page of 100,000 words inert and live again costs a style pass over all of it (~60 ms each
// way on the benchmark article), so the modal behaviour is our own: a backdrop that takes the
// pointer, Tab kept inside, Escape cancels (unless a field used it), aria-modal for assistive
// technology, and focus returns where it was when the dialog closes.
import { useEffect, useRef, type ReactNode } from 'react';
import { nextFocusInside } from './focus-trap';

interface ModalDialogProps {
  /** The dialog's accessible name (docs/ARCHITECTURE.md's stable names: `Tag entity`, `Export` …). */
  label: string;
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}

/** Open dialogs, the last opened last: only it answers keys, as the top modal dialog would. */
const openDialogs: HTMLDialogElement[] = [];

export function ModalDialog({ label, onCancel, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.show();
    // React's autoFocus runs before the dialog is shown; focus the marked field now instead.
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    // A field that opens filled (a name taken from the text) is selected, so typing replaces it.
    if (first instanceof HTMLInputElement) first.select();
    // On the document, as a modal dialog's are: focus may have left the dialog (a control
    // that held it was disabled). Fields inside that use a key first prevent its default.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || openDialogs.at(-1) !== dialog) return;
      if (event.key === 'Escape') {
        // Closing is the store's job, so React state and the element never disagree.
        event.preventDefault();
        cancel.current();
      } else if (event.key === 'Tab') {
        const next = nextFocusInside(dialog, event.target as Element, event.shiftKey);
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
    };
    openDialogs.push(dialog);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      // React may have removed the dialog (and the focus with it) already.
      const focus = document.activeElement;
      const lost = !focus || focus === document.body || dialog.contains(focus);
      dialog.close();
      if (lost && returnTo?.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <>
      {/* Takes clicks and drags meant for the page behind, as a modal dialog's backdrop does. */}
      <div
        className="fm-dialog-backdrop"
        aria-hidden="true"
        onMouseDown={(e) => e.preventDefault()}
      />
      <dialog
        ref={ref}
        aria-label={label}
        aria-modal="true"
        className={className ? `fm-dialog ${className}` : 'fm-dialog'}
        onCancel={(event) => {
          // Should the browser ever ask to close it (a close request), the store decides.
          event.preventDefault();
          onCancel();
        }}
      >
        <h2 className="fm-dialog-title">{label}</h2>
        {children}
      </dialog>
    </>
  );
}

/** The footer of a dialog that only shows something: one `Close` button, focused first. */
export function CloseActions({ onClose }: { onClose: () => void }) {
  return (
    <div className="fm-dialog-actions">
      <button
        type="button"
        className="fm-button fm-button-primary"
        data-autofocus
        onClick={onClose}
      >
        Close
      </button>
    </div>
  );
}
