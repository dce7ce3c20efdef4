// The host's side of saveAnnotations: the stored article with a patch of its annotations
// applied, after checking the patch was made on this text and these annotations, and that
// every span still quotes the text. Throws before anything is written when it was not.
import { ContractError } from '../../../shared/contract/result';
import type { Article } from '../../../shared/model/article';
import {
  annotationFingerprint,
  applyAnnotationPatch,
  sameFingerprint,
  type AnnotationFingerprint,
  type AnnotationPatch,
} from '../../../shared/model/annotation-patch';
import { codePointLength } from '../../../shared/text/code-points';
import { assertSpansQuoteText } from './span-check';

export interface SavedPatch {
  /** The text the patch's offsets count into. */
  contentHash: string;
  patch: AnnotationPatch;
  /** What the annotations add up to once the patch is applied. */
  expected: AnnotationFingerprint;
}

/** `stored` with the patch applied; `conflict` or `invalid-input` when it does not fit. */
export function applySavedPatch(stored: Article, change: SavedPatch): Article {
  if (stored.contentHash !== change.contentHash) {
    throw new ContractError(
      'conflict',
      `${stored.title}: its text was replaced (reloaded from its source) since these changes ` +
        `were made; they were not applied`,
    );
  }
  const next = applyAnnotationPatch(stored, change.patch);
  const actual = annotationFingerprint(next);
  if (!sameFingerprint(actual, change.expected)) {
    throw new ContractError(
      'invalid-input',
      `${stored.title}: the changes do not add up to the annotations they were made for ` +
        `(${describe(actual)} stored after them, ${describe(change.expected)} expected); nothing was changed`,
    );
  }
  // Only the spans the patch brings can quote the text wrongly: the others were checked when
  // they were stored. Every span is still checked to lie inside the text.
  assertSpansQuoteText({
    ...next,
    claims: change.patch.claims.upsert,
    mentions: change.patch.mentions.upsert,
  });
  assertInsideText(next);
  return next;
}

function describe(f: AnnotationFingerprint): string {
  return `${f.claims} claims, ${f.mentions} mentions, ${f.orphans} orphans, digest ${f.digest}`;
}

function assertInsideText(article: Article): void {
  const length = codePointLength(article.text);
  const spans = [...article.claims, ...article.mentions];
  const outside = spans.find((s) => s.start < 0 || s.end > length || s.end <= s.start);
  if (outside) {
    throw new ContractError(
      'invalid-input',
      `${article.title}: ${outside.id} spans ${outside.start}–${outside.end}, outside the text ` +
        `(${length} characters); nothing was changed`,
    );
  }
}
