// A section of the side panel whose title folds it: a region named after it, a title button
// saying whether it is open (aria-expanded), and its body only while open.
import { useId, type ReactNode } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';

export function SideSection({
  name,
  className,
  open,
  onToggle,
  count,
  children,
  after,
}: {
  name: string;
  className: string;
  open: boolean;
  onToggle: () => void;
  /** Shown beside the title, open or folded (how many claims, suggestions…). */
  count?: ReactNode;
  children: ReactNode;
  /** Kept mounted while folded (dialogs the section opened). */
  after?: ReactNode;
}) {
  const bodyId = useId();
  return (
    <section aria-label={name} className={`fm-panel ${className}`} data-open={open}>
      <h2 className="fm-panel-title">
        <button
          type="button"
          className="fm-section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span className="fm-section-caret" aria-hidden="true" />
          {name}
        </button>
        {count}
      </h2>
      <div id={bodyId} className="fm-section-body" hidden={!open}>
        {open && children}
      </div>
      {after}
    </section>
  );
}

/** Open-state and toggle of a section the person can fold (remembered by name). */
export function useFoldable(name: string): { open: boolean; onToggle: () => void } {
  const store = useFactmarkStore();
  const open = useFactmark((s) => !s.collapsedSections.includes(name));
  return { open, onToggle: () => store.getState().toggleSection(name) };
}
