// Splits a long Markdown source into pieces markdown-it reads one after another, each the same
// as it reads within the whole. markdown-it keeps every token of a document until the end of the
// parse: a megabyte of 200,000 list items made a million live tokens, and the garbage collector
// then took most of 3 s. Read in pieces of a few thousand lines, the tokens of a piece are gone
// before the next is read (the same list in under half the time).

/** Sources shorter than this are read whole, as ever: only a long one pays for the scan. */
const PIECE_FROM_LENGTH = 200_000;
/** About how many lines a piece has. */
const PIECE_LINES = 2_000;

/**
 * Constructs that may read a bullet line as something else (code, raw HTML, a table row) or
 * tie lines far apart (a link reference definition, used anywhere): a source holding any of
 * them is read whole. Coarse on purpose: a `<` or `|` anywhere is enough.
 */
const MAY_SPAN = /```|~~~|<|\||\]:/;

/**
 * A bullet list item with text, at most three spaces in. Without the constructs above, such a
 * line ends whatever came before it (it interrupts a paragraph, leaves a quote, starts an item)
 * or starts a list nested in an item, whose text reads the same at the top: a piece may start
 * there. A numbered line may not (`2.` continues a paragraph), nor a tab-indented one.
 */
const BULLET_LINE = /^ {0,3}[-+*] +\S/;

/** `source` in pieces that together are `source`; a short or complex one in one piece. */
export function* markdownPieces(source: string): Generator<string> {
  if (source.length < PIECE_FROM_LENGTH || MAY_SPAN.test(source)) {
    yield source;
    return;
  }
  let start = 0;
  let lines = 0;
  for (let at = 0; at < source.length; lines++) {
    const end = source.indexOf('\n', at);
    const next = end < 0 ? source.length : end + 1;
    if (lines >= PIECE_LINES && BULLET_LINE.test(source.slice(at, next))) {
      yield source.slice(start, at);
      start = at;
      lines = 0;
    }
    at = next;
  }
  yield source.slice(start);
}
