// Control characters are not text a reader sees: an ESC or BEL from a source could only reach a
// terminal (`factmark list`) or a screen as a command. Every loader drops them; tab and line
// breaks are white space and stay.

/** Control characters (C0, DEL, C1) but tab, line feed, vertical tab, form feed, return. */
const CONTROL = /[^\P{Cc}\t\n\v\f\r]/gu;
/** The same with vertical tab and form feed, for text whose white space is kept as it is. */
const CONTROL_IN_VERBATIM = /[^\P{Cc}\t\n\r]/gu;

/**
 * `text` without its control characters. Vertical tab and form feed are white space in prose
 * (collapsed to a space after this); in `verbatim` text (code) they go too.
 */
export function withoutControlCharacters(text: string, verbatim = false): string {
  const pattern = verbatim ? CONTROL_IN_VERBATIM : CONTROL;
  pattern.lastIndex = 0;
  // Most text has none: one scan, and the string is returned as it is.
  if (!pattern.test(text)) return text;
  return text.replace(pattern, '');
}
