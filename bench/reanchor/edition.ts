// Annotations on a generated article, and an edition of it: a copy being edited that keeps track
// of where every annotation truly is afterwards, or that it is gone.
import {
  COMPANIES,
  MODELS,
  PEOPLE,
  cloneArticle,
  findSentence,
  twinKey,
  type Article,
  type Random,
} from './article';

export interface Annotation {
  id: string;
  kind: 'claim' | 'mention';
  sentenceId: number;
  /** UTF-16 range within the sentence's text. */
  from: number;
  to: number;
}

/**
 * What became of an annotation's passage: `same` text (perhaps moved or re-typeset), `edited`
 * benignly inside the quote, `changed` in substance (rewritten, another number), or `gone`.
 */
export type Fate = 'same' | 'edited' | 'changed' | 'gone';

export interface Truth {
  fate: Fate;
  sentenceId: number;
  from: number;
  to: number;
}

/** Every name the article uses: models, people, companies. */
export const NAMES = [...MODELS, ...PEOPLE, ...COMPANIES];
const FATE_ORDER: Fate[] = ['same', 'edited', 'changed', 'gone'];

/** Marks claims (whole sentences or clauses) on `claimShare` of sentences, and some names. */
export function annotate(article: Article, random: Random, claimShare: number): Annotation[] {
  const annotations: Annotation[] = [];
  for (const paragraph of article.paragraphs) {
    for (const s of paragraph.sentences) {
      if (random.chance(claimShare)) {
        const words = [...s.text.matchAll(/\S+/g)].map((m) => ({
          from: m.index,
          to: m.index + m[0].length,
        }));
        let from = 0;
        let to = s.text.length;
        if (words.length > 8 && random.chance(0.5)) {
          const first = random.int(0, words.length - 6);
          const last = random.int(first + 4, words.length - 1);
          from = words[first]!.from;
          to = words[last]!.to;
        }
        annotations.push({
          id: `c${annotations.length}`,
          kind: 'claim',
          sentenceId: s.id,
          from,
          to,
        });
      }
      for (const name of NAMES) {
        for (const at of nameOccurrences(s.text, name)) {
          if (random.chance(0.22)) {
            annotations.push({
              id: `m${annotations.length}`,
              kind: 'mention',
              sentenceId: s.id,
              from: at,
              to: at + name.length,
            });
          }
        }
      }
    }
  }
  return annotations;
}

/** Where `word` occurs in `text` as a whole word. */
export function nameOccurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (!/[\p{L}\p{N}-]/u.test(before ?? ' ') && !/[\p{L}\p{N}-]/u.test(after ?? ' ')) {
      found.push(at);
    }
  }
  return found;
}

/** A new version of an article being edited, with the truth about each annotation. */
export class Edition {
  readonly article: Article;
  readonly truths = new Map<string, Truth>();
  /** Annotations whose sentence a targeted edit touched. */
  readonly touched = new Set<string>();
  /** Sentences chosen as targets of edits of the quoted passages. */
  readonly targets = new Set<number>();
  /** The twin keys of every sentence the article has had: a new one must have none of them. */
  readonly used: Set<string>;

  constructor(
    article: Article,
    readonly annotations: readonly Annotation[],
    readonly random: Random,
  ) {
    this.article = cloneArticle(article);
    this.used = new Set(article.paragraphs.flatMap((p) => p.sentences.map((s) => twinKey(s.text))));
    for (const a of annotations) {
      this.truths.set(a.id, { fate: 'same', sentenceId: a.sentenceId, from: a.from, to: a.to });
    }
  }

  sentenceText(id: number): string {
    const at = findSentence(this.article, id)!;
    return at.paragraph.sentences[at.index]!.text;
  }

  /** Truths of the annotations still on sentence `id`. */
  on(id: number): Array<[string, Truth]> {
    return [...this.truths].filter(([, t]) => t.fate !== 'gone' && t.sentenceId === id);
  }

  /**
   * Replaces [from, to) of sentence `id`. Annotations after it shift; one overlapping it now
   * covers the replacement too, and its fate becomes at least `effect`.
   */
  edit(id: number, from: number, to: number, replacement: string, effect: Fate): void {
    const at = findSentence(this.article, id)!;
    const sentence = at.paragraph.sentences[at.index]!;
    sentence.text = sentence.text.slice(0, from) + replacement + sentence.text.slice(to);
    const delta = replacement.length - (to - from);
    for (const [, truth] of this.on(id)) {
      const inserting = from === to;
      const overlaps = inserting
        ? truth.from < from && from < truth.to
        : truth.from < to && from < truth.to;
      if (overlaps) {
        truth.from = Math.min(truth.from, from);
        truth.to = truth.to > to ? truth.to + delta : from + replacement.length;
        truth.fate = worse(truth.fate, effect);
      } else if (truth.from >= to) {
        truth.from += delta;
        truth.to += delta;
      }
    }
  }

  deleteSentence(id: number): void {
    const at = findSentence(this.article, id)!;
    at.paragraph.sentences.splice(at.index, 1);
    if (at.paragraph.sentences.length === 0) {
      this.article.paragraphs.splice(this.article.paragraphs.indexOf(at.paragraph), 1);
    }
    for (const [, truth] of this.on(id)) truth.fate = 'gone';
  }

  /**
   * Inserts a new sentence into a paragraph at least `distance` paragraphs away from `near`, and
   * holding no targeted sentence: "elsewhere" must mean elsewhere, for a sentence inserted beside
   * one deleted would read as that one rewritten.
   */
  insertFar(text: string, near: number, distance: number): void {
    const paragraphs = this.article.paragraphs;
    const nearIndex = paragraphs.findIndex((p) => p.sentences.some((s) => s.id === near));
    let target = this.random.pick(paragraphs);
    for (let tries = 0; tries < 1000; tries++) {
      const far = Math.abs(paragraphs.indexOf(target) - nearIndex) >= distance;
      const clear = !target.sentences.some((s) => this.targets.has(s.id));
      if (far && clear && target.sentences.length >= 3) break;
      target = this.random.pick(paragraphs);
    }
    const index = this.random.int(0, target.sentences.length);
    target.sentences.splice(index, 0, { id: newSentenceId(), text, gap: ' ' });
  }

  touch(sentenceId: number): void {
    for (const [id] of this.on(sentenceId)) this.touched.add(id);
  }
}

function worse(a: Fate, b: Fate): Fate {
  return FATE_ORDER.indexOf(a) >= FATE_ORDER.indexOf(b) ? a : b;
}

/** Sentences added by edits get ids from here on. */
const FIRST_NEW_ID = 1_000_000;
let nextSentenceId = FIRST_NEW_ID;

export function newSentenceId(): number {
  return nextSentenceId++;
}

export function isNewSentence(id: number): boolean {
  return id >= FIRST_NEW_ID;
}
