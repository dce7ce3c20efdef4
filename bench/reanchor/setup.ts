// The benchmark's article and annotations, and one edited version of it per scenario with the
// true place (or absence) of every annotation in the new text.
import { quoteSelector } from '../../shared/anchoring/quote-selector';
import type { SpanToPlace } from '../../shared/anchoring/reanchor';
import { CodePointIndex, codePointLength } from '../../shared/text/code-points';
import { Random, findSentence, generateArticle, render, type Article } from './article';
import { Edition, annotate, type Annotation } from './edition';
import type { Scenario } from './scenarios';
import type { Expected } from './verdict';

/** Share of sentences marked as claims. */
const CLAIM_SHARE = 0.4;

export interface Original {
  seed: number;
  article: Article;
  annotations: Annotation[];
  text: string;
  spans: SpanToPlace[];
}

export interface Edited {
  edition: Edition;
  text: string;
  expected: Map<string, Expected>;
}

export function original(seed: number, words: number): Original {
  const random = new Random(seed);
  const article = generateArticle(random, words);
  const annotations = annotate(article, random, CLAIM_SHARE);
  const text = render(article).text;
  return { seed, article, annotations, text, spans: spansOf(article, text, annotations) };
}

/** Scenario `k` applied to a fresh copy of the article, with its own seeded randomness. */
export function edited(o: Original, scenario: Scenario, k: number): Edited {
  const edition = new Edition(o.article, o.annotations, new Random(o.seed + k + 1));
  scenario.apply(edition);
  return { edition, text: render(edition.article).text, expected: expectations(edition, o.spans) };
}

function spansOf(article: Article, text: string, annotations: readonly Annotation[]) {
  const { sentenceStart } = render(article);
  const index = new CodePointIndex(text);
  return annotations.map((a): SpanToPlace => {
    const sentence = sentenceText(article, a.sentenceId);
    const start = sentenceStart.get(a.sentenceId)! + codePointLength(sentence.slice(0, a.from));
    const end = start + codePointLength(sentence.slice(a.from, a.to));
    return { id: a.id, start, end, ...quoteSelector(index, start, end) };
  });
}

function sentenceText(article: Article, id: number): string {
  const at = findSentence(article, id)!;
  return at.paragraph.sentences[at.index]!.text;
}

function expectations(e: Edition, spans: readonly SpanToPlace[]): Map<string, Expected> {
  const { sentenceStart } = render(e.article);
  const result = new Map<string, Expected>();
  for (const span of spans) {
    const truth = e.truths.get(span.id)!;
    let range: Expected['range'] = null;
    if (truth.fate !== 'gone') {
      const sentence = sentenceText(e.article, truth.sentenceId);
      const start =
        sentenceStart.get(truth.sentenceId)! + codePointLength(sentence.slice(0, truth.from));
      range = { start, end: start + codePointLength(sentence.slice(truth.from, truth.to)) };
    }
    result.set(span.id, { fate: truth.fate, range, oldQuote: span.quote });
  }
  return result;
}
