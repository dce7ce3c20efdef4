// Puts back the soft hyphens pdfjs's text layer leaves out. `getTextContent` skips every glyph
// whose character is a format character (U+00AD is one) without a trace, so "soft-⏎ware" drawn
// with a soft hyphen reads as two words. The page's operator list still has the glyph, with its
// character: from it we learn which text a soft hyphen ends, find that text in the text items
// (same content stream, same order) and end the item with U+00AD, which `joinLines` then joins.

/** A glyph of a text-showing operation as pdfjs gives it; numbers are kerning adjustments. */
export type ShownGlyph = number | { unicode?: string } | null;

const SOFT_HYPHEN = '\u00ad';
/** How much text before a soft hyphen identifies it among the items: longer than most words. */
const CONTEXT = 24;

/** The text in the form both sides are compared in: pdfjs's normalisation, no white space. */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

/**
 * For each soft hyphen that ends a text-showing operation (where a line breaks), the text drawn
 * just before it on the page (up to `CONTEXT` characters, in comparable form), in drawing order.
 * `shownTexts` are the glyph arrays of the page's `showText` operations, in order.
 */
export function softHyphenContexts(shownTexts: Iterable<readonly ShownGlyph[]>): string[] {
  const contexts: string[] = [];
  let drawn = '';
  for (const glyphs of shownTexts) {
    const chars = glyphs.flatMap((g) =>
      g && typeof g === 'object' && g.unicode ? [g.unicode] : [],
    );
    let end = chars.length;
    while (end > 0 && chars[end - 1]!.trim() === '') end--;
    chars.forEach((char, index) => {
      if (char !== SOFT_HYPHEN) drawn = (drawn + comparable(char)).slice(-CONTEXT);
      else if (index === end - 1 && drawn) contexts.push(drawn);
    });
  }
  return contexts;
}

/**
 * `items` (the page's text items, in order) with U+00AD put back at the end of each item that a
 * soft hyphen of `contexts` follows. An item whose end a context does not fall on (the hyphen
 * was drawn inside a line) is left as it is.
 */
export function withSoftHyphens<T extends { str: string }>(
  items: readonly T[],
  contexts: readonly string[],
): T[] {
  if (contexts.length === 0) return [...items];
  let stream = '';
  const ends = new Map<number, number>(); // where each item ends in `stream` → its index
  items.forEach((item, index) => {
    const text = comparable(item.str);
    stream += text;
    if (text) ends.set(stream.length, index);
  });
  const marked = new Set<number>();
  let from = 0;
  for (const context of contexts) {
    const at = stream.indexOf(context, from);
    if (at < 0) continue; // drawn text the text layer left out (a duplicate glyph, say)
    from = at + context.length;
    const index = ends.get(from);
    if (index !== undefined) marked.add(index);
  }
  return items.map((item, index) =>
    marked.has(index) ? { ...item, str: item.str.trimEnd() + SOFT_HYPHEN } : item,
  );
}
