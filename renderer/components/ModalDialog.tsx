// A modal dialog on the native <dialog>: shown with showModal() (the page behind is inert, so
// focus stays inside), Escape cancels, and focus returns where it was when it closes.
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** The dialog's accessible name (DESIGN.md's stable names: `Tag entity`, `Export` …). */
  label: string;
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}

export function ModalDialog({ label, onCancel, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before the dialog is shown; focus the marked field now instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={className ? `fm-dialog ${className}` : 'fm-dialog'}
      onCancel={(event) => {
        // Closing is the store's job, so React state and the element never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="fm-dialog-title">{label}</h2>
      {children}
    </dialog>
  );
}
