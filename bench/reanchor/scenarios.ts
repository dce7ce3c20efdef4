// The kinds of edit the benchmark makes, each as a scenario applied to a fresh copy of the
// article: edits away from the quotes (all must be placed) and edits of the quoted passages.
import type { Annotation, Edition } from './edition';
import {
  addLookalike,
  changeNumberInQuote,
  deleteQuotedSentence,
  deleteSentences,
  fixTypos,
  hasName,
  hasNumber,
  insertSentences,
  insertWordInQuote,
  moveParagraphs,
  normalisePunctuation,
  pickTargets,
  rewriteSentence,
} from './edits';

/** Annotations targeted by each kind of edit that changes a quoted passage. */
export const TARGETS = 150;

export interface Scenario {
  name: string;
  /** What should come of the annotations counted; "the rest": others on the same sentences. */
  expected: string;
  /** Whether the row counts only the annotations on sentences the edits touched. */
  targeted: boolean;
  apply(e: Edition): void;
}

const words = (q: string) => q.split(' ').length >= 5;
const each = (e: Edition, fits: (q: string) => boolean, n: number, f: (a: Annotation) => void) =>
  pickTargets(e, n, fits, new Set()).forEach(f);

export const SCENARIOS: Scenario[] = [
  {
    name: 'text inserted elsewhere',
    expected: 'anchored',
    targeted: false,
    apply: (e) => insertSentences(e, 300),
  },
  {
    name: 'text deleted elsewhere',
    expected: 'anchored',
    targeted: false,
    apply: (e) => deleteSentences(e, 300),
  },
  { name: 'typo fixes', expected: 'anchored', targeted: false, apply: (e) => fixTypos(e, 800) },
  {
    name: 'punctuation normalised',
    expected: 'anchored',
    targeted: false,
    apply: normalisePunctuation,
  },
  {
    name: 'paragraphs moved',
    expected: 'anchored',
    targeted: false,
    apply: (e) => moveParagraphs(e, 60),
  },
  {
    name: 'word inserted in quote',
    expected: 'drifted (the rest anchored)',
    targeted: true,
    apply: (e) => each(e, words, TARGETS, (a) => insertWordInQuote(e, a)),
  },
  {
    name: 'quoted sentence deleted',
    expected: 'orphaned',
    targeted: true,
    apply: (e) =>
      each(
        e,
        () => true,
        TARGETS,
        (a) => deleteQuotedSentence(e, a),
      ),
  },
  {
    name: 'quoted sentence rewritten',
    expected: 'drifted or orphaned',
    targeted: true,
    apply: (e) =>
      each(
        e,
        () => true,
        TARGETS,
        (a) => rewriteSentence(e, a.sentenceId),
      ),
  },
  {
    name: 'number changed in quote',
    expected: 'drifted (a figure changed in place)',
    targeted: true,
    apply: (e) => each(e, hasNumber, TARGETS, (a) => changeNumberInQuote(e, a)),
  },
  {
    name: 'lookalike, original changed',
    expected: 'drifted or orphaned',
    targeted: true,
    apply: (e) => lookalikes(e, 'changed'),
  },
  {
    name: 'lookalike, original deleted',
    expected: 'orphaned',
    targeted: true,
    apply: (e) => lookalikes(e, 'deleted'),
  },
  {
    name: 'all of the above at once',
    expected: 'any, never wrong',
    targeted: false,
    apply: (e) => {
      insertSentences(e, 100);
      deleteSentences(e, 100);
      fixTypos(e, 200);
      moveParagraphs(e, 20);
      const taken = new Set<number>();
      const n = TARGETS / 5;
      pickTargets(e, n, words, taken).forEach((a) => insertWordInQuote(e, a));
      pickTargets(e, n, () => true, taken).forEach((a) => deleteQuotedSentence(e, a));
      pickTargets(e, n, () => true, taken).forEach((a) => rewriteSentence(e, a.sentenceId));
      pickTargets(e, n, hasNumber, taken).forEach((a) => addLookalike(e, a, 'number', 'changed'));
      pickTargets(e, n, hasName, taken).forEach((a) => addLookalike(e, a, 'name', 'deleted'));
      normalisePunctuation(e);
    },
  },
];

/** Half the targets get a lookalike differing by one number, half by one name. */
function lookalikes(e: Edition, original: 'changed' | 'deleted') {
  const taken = new Set<number>();
  const byNumber = pickTargets(e, TARGETS / 2, hasNumber, taken);
  const byName = pickTargets(e, TARGETS / 2, hasName, taken);
  byNumber.forEach((a) => addLookalike(e, a, 'number', original));
  byName.forEach((a) => addLookalike(e, a, 'name', original));
}
