// Keeps Tab inside a modal container: from its last focusable control Tab goes to the first,
// and Shift+Tab from the first to the last (what the browser does for a showModal() dialog).
const FOCUSABLE =
  'a[href], button, input, select, textarea, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The controls in `container` that Tab can reach, in document order. */
export function tabbableInside(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLInputElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      !el.closest('[hidden], [inert]') &&
      el.getClientRects().length > 0,
  );
}

/**
 * Where Tab (or Shift+Tab) from `from` should go to stay inside `container`, or null when the
 * browser's own move already stays inside.
 */
export function nextFocusInside(
  container: Element,
  from: Element,
  backwards: boolean,
): HTMLElement | null {
  const tabbable = tabbableInside(container);
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) return null;
  if (!container.contains(from)) return backwards ? last : first;
  if (backwards && (from === first || from === container)) return last;
  if (!backwards && from === last) return first;
  return null;
}
