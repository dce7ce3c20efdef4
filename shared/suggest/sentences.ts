// Splits a text into sentences without breaking at "U.S.", "e.g.", "Dr.", initials, decimals
// ("73.5") or versions ("GPT-4.5"); a sentence never crosses a line break (a block boundary).
// Offsets are UTF-16 units.

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence (lowercase, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st vs etc e.g i.e u.s u.k u.n e.u a.i inc ltd corp co no fig ' +
    'approx est dept gen gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec al ' +
    'ph.d p.m a.m mt ft'
  ).split(' '),
);

/**
 * A sentence end: punctuation, closing quotes or brackets, then space and a sentence start. The
 * lookbehind tries a run of punctuation from its first mark only: tried from every mark of a long
 * run ("!!!…"), the pattern took time quadratic in its length.
 */
const END = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const lines = /[^\n]+/g;
  for (const line of text.matchAll(lines)) {
    let from = line.index;
    const lineEnd = line.index + line[0].length;
    for (const end of line[0].matchAll(END)) {
      const at = line.index + end.index;
      if (end[0].startsWith('.') && !endsSentence(text, from, at)) continue;
      push(sentences, text, from, at + end[0].length);
      from = at + end[0].length;
    }
    push(sentences, text, from, lineEnd);
  }
  return sentences;
}

/** Whether the full stop at `dot` ends the sentence that began at `from`. */
function endsSentence(text: string, from: number, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, dot - 12), dot))?.[0] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital is an initial ("J. R. R. Tolkien"), and "A.B" an abbreviation.
  return !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(word);
}

function push(sentences: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end });
}
