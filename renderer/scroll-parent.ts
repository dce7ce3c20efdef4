// Which box scrolls an element: the long lists and the keyboard caret both need to know what
// part of the page is in sight.

/** The nearest ancestor that scrolls vertically; null when none does (the window scrolls it). */
export function scrollParent(element: Element): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
}
