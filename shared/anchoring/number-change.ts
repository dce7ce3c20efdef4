// A quote that says the same with another figure ("scores 86.3%" became "scores 79.1%"): on a
// reload the claim follows its sentence, flagged, and the changed figure is what a fact-checker
// must see. Pure, on plain strings.
import { foldString } from './fold';

/** A figure as a reader names it: a number with its currency sign and its percent sign. */
const FIGURE = /[$€£¥]?\d+(?:[.,]\d+)*%?/g;

export interface NumberChange {
  was: string;
  now: string;
}

/**
 * The figures that differ between two versions of a quote, in order, when nothing but figures
 * differs (typography aside); null when words changed too, or when nothing changed.
 */
export function numberChanges(before: string, after: string): NumberChange[] | null {
  const a = splitFigures(foldString(before));
  const b = splitFigures(foldString(after));
  if (a.figures.length !== b.figures.length) return null;
  if (a.words.some((words, i) => words !== b.words[i])) return null;
  const changes = a.figures.flatMap((was, i) => {
    const now = b.figures[i]!;
    return was === now ? [] : [{ was, now }];
  });
  return changes.length > 0 ? changes : null;
}

/** "86.3% → 79.1%", one change after another: what the review shows. */
export function describeNumberChanges(changes: readonly NumberChange[]): string {
  return changes.map((c) => `${c.was} → ${c.now}`).join(', ');
}

/** The figures of a text, and the words around them (one more than the figures). */
function splitFigures(text: string): { figures: string[]; words: string[] } {
  const figures: string[] = [];
  const words: string[] = [];
  let from = 0;
  for (const match of text.matchAll(FIGURE)) {
    words.push(text.slice(from, match.index));
    figures.push(match[0]);
    from = match.index + match[0].length;
  }
  words.push(text.slice(from));
  return { figures, words };
}
