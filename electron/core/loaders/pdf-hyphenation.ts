// Whether a hyphen at a PDF line end splits one word ("perfor-" + "mance") or belongs to the
// text ("production-" + "ready", "mixture-of-" + "experts"). A typesetter's hyphen and an author's
// look the same; the evidence is the document itself (the word written elsewhere, hyphenated or
// whole), then an English word list. Without evidence the hyphen stays: never dropped blindly.
import { createRequire } from 'node:module';

/** Words known to be words, in lower case. */
export interface WordList {
  has(word: string): boolean;
}

/** A word, or a compound of words joined by hyphens, within one line. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010][\p{L}\p{M}\p{N}]+)*/gu;

export class Hyphenation {
  /** Whole words seen within a line, by how often. */
  private readonly words = new Map<string, number>();
  /** Adjacent parts of hyphenated compounds seen within a line ("mixture-of", "of-experts"). */
  private readonly pairs = new Map<string, number>();

  /**
   * Learns from `lines` how the document writes its words; `wordList` is asked after that, and
   * only then read (most PDFs never need it).
   */
  constructor(
    lines: Iterable<string>,
    private readonly wordList?: () => WordList,
  ) {
    for (const line of lines) {
      for (const [token] of line.toLowerCase().matchAll(WORD)) {
        const parts = token.split(/[-\u2010]/);
        if (parts.length === 1) count(this.words, token);
        for (let i = 1; i < parts.length; i++) count(this.pairs, `${parts[i - 1]}-${parts[i]}`);
      }
    }
  }

  /**
   * Whether `left` (the end of a line, before its hyphen) and `right` (the next line's first
   * letters) are one word split: joined without the hyphen. Otherwise the hyphen is kept.
   */
  joins(left: string, right: string): boolean {
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    const joined = l + r;
    const asWord = this.words.get(joined) ?? 0;
    const asCompound = this.pairs.get(`${l}-${r}`) ?? 0;
    if (asWord > 0 || asCompound > 0) return asWord > asCompound;
    if (!this.wordList) return false;
    const list = this.wordList();
    if (list.has(joined)) return true;
    // Two words of their own ("production", "ready") make a compound; a piece that is no word
    // ("perfor", "mance") is half of one split by the typesetter.
    return !(list.has(l) && list.has(r));
  }
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The English word list, read on the first PDF (it is 4 MB, and most sessions open none). */
let englishWords: WordList | undefined;

export function englishWordList(): WordList {
  if (!englishWords) {
    const words = createRequire(__filename)('an-array-of-english-words') as string[];
    englishWords = new Set(words);
  }
  return englishWords;
}
