// What a save does to a stored article, as pure functions: the library store applies them
// before it writes, and the renderer's test double applies the same ones, so both keep the
// contract's promises (a stale revision is a `conflict`, the text never changes, every span
// quotes the text, a patch adds up to what it was made for). Each throws before anything is
// written when the save does not fit.
import { ContractError } from '../contract/result';
import type { Article } from './article';
import {
  annotationFingerprint,
  applyAnnotationPatch,
  isEmptyPatch,
  sameFingerprint,
  type AnnotationFingerprintInput,
  type AnnotationPatchInput,
} from './annotation-patch';
import { assertSpansQuoteText } from './span-check';
import { relationsAfterSave, withRelations } from './relation-edits';

export interface SavedPatch {
  /** The text the patch's offsets count into. */
  contentHash: string;
  patch: AnnotationPatchInput;
  /** What the annotations add up to once the patch is applied. */
  expected: AnnotationFingerprintInput;
}

/** What a save leads to: the article to write (null: nothing changed) and its revision. */
export interface SaveOutcome {
  next: Article | null;
  revision: number;
}

/** Files written before revisions existed count as revision 0. */
export const revisionOf = (article: { revision?: number | undefined }): number =>
  article.revision ?? 0;

/** The stored revision, if `baseRevision` (when given) is it; `conflict` otherwise. */
export function assertRevision(stored: Article, baseRevision: number | undefined): number {
  const revision = revisionOf(stored);
  if (baseRevision !== undefined && baseRevision !== revision) {
    throw new ContractError(
      'conflict',
      `${stored.title}: it was changed in another window or tab since this copy was loaded ` +
        `(revision ${revision}, this copy has ${baseRevision}); reload it to see those changes`,
    );
  }
  return revision;
}

/**
 * The checks of a whole-article save, before anything is written: the revision it was based on,
 * the same text, every span quoting it. Answers the stored revision and whether the annotations
 * are what is already stored (then nothing need be written: opening an article must not touch
 * it). The library store, which writes each annotator's layer, uses it as `articleAfterSave` does.
 */
export function checkWholeSave(
  stored: Article,
  article: Article,
  baseRevision?: number,
): { revision: number; unchanged: boolean } {
  const revision = assertRevision(stored, baseRevision);
  if (stored.text !== article.text || stored.contentHash !== article.contentHash) {
    throw new ContractError(
      'invalid-input',
      `${stored.title}: the text differs from the stored article; only annotations can change`,
    );
  }
  assertSpansQuoteText(article);
  const unchanged =
    JSON.stringify(savedParts(stored, stored.relations)) ===
    JSON.stringify(savedParts(article, relationsAfterSave(stored, article)));
  return { revision, unchanged };
}

/** What a whole save may change: the annotations, and relations it adds (see relationsAfterSave). */
function savedParts(article: Article, relations: Article['relations']) {
  return [
    article.claims,
    article.mentions,
    article.orphans,
    article.evidence ?? [],
    relations ?? [],
  ];
}

/**
 * `stored` with `article`'s annotations: its claims, mentions, orphans and evidence passages, and
 * the relations a whole save leaves (see relationsAfterSave).
 */
export function withSavedAnnotations(stored: Article, article: Article): Article {
  const { evidence: _e, ...rest } = stored;
  const next: Article = {
    ...rest,
    claims: article.claims,
    mentions: article.mentions,
    orphans: article.orphans,
    ...(article.evidence ? { evidence: article.evidence } : {}),
  };
  return withRelations(next, relationsAfterSave(stored, article));
}

/** A whole-article save: only the annotations may differ from `stored`. */
export function articleAfterSave(
  stored: Article,
  article: Article,
  now: Date,
  baseRevision?: number,
): SaveOutcome {
  const { revision, unchanged } = checkWholeSave(stored, article, baseRevision);
  if (unchanged) return { next: null, revision };
  const next: Article = {
    ...withSavedAnnotations(stored, article),
    updatedAt: now.toISOString(),
    revision: revision + 1,
  };
  return { next, revision: revision + 1 };
}

/** A save of what changed (saveAnnotations): `stored` with the patch applied. */
export function articleAfterPatch(
  stored: Article,
  change: SavedPatch,
  now: Date,
  baseRevision: number,
): SaveOutcome {
  const revision = assertRevision(stored, baseRevision);
  const patched = applySavedPatch(stored, change);
  // As in a whole save: changing nothing writes nothing.
  if (isEmptyPatch(change.patch)) return { next: null, revision };
  return {
    next: { ...patched, updatedAt: now.toISOString(), revision: revision + 1 },
    revision: revision + 1,
  };
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
  const patched = applyAnnotationPatch(stored, change.patch);
  // A link whose end in this article the patch removed goes with it.
  const next = stored.relations
    ? withRelations(patched, relationsAfterSave(stored, { ...patched, relations: [] }))
    : patched;
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
  assertSpansQuoteText(next, {
    claims: change.patch.claims.upsert,
    mentions: change.patch.mentions.upsert,
    evidence: change.patch.evidence?.upsert ?? [],
  });
  return next;
}

function describe(f: AnnotationFingerprintInput): string {
  return `${f.claims} claims, ${f.mentions} mentions, ${f.orphans} orphans, ${f.evidence ?? 0} evidence passages, digest ${f.digest}`;
}
