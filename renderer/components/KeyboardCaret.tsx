// The caret of keyboard selection (editor/keyboard-selection), drawn over the text where it
// says, and the polite live region that tells a screen reader what each move did.
import { useSyncExternalStore } from 'react';
import type { KeyboardSelection } from '../editor/keyboard-selection/keyboard-selection';

export function KeyboardCaret({ selection }: { selection: KeyboardSelection }) {
  const { caret, message } = useSyncExternalStore(selection.subscribe, selection.getSnapshot);
  return (
    <>
      {caret && (
        <div
          className="fm-keyboard-caret"
          aria-hidden="true"
          style={{ left: caret.left, top: caret.top, height: caret.height }}
        />
      )}
      <p className="fm-visually-hidden" aria-live="polite">
        {message}
      </p>
    </>
  );
}
