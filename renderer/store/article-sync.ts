// What this tab knows the host has stored of each article, and saving an article's changes
// against it. Each save starts from the revision last saved or read here (the host refuses an
// older one with `conflict`); it sends only what changed since the version the host confirmed
// (saveAnnotations, checked by a fingerprint of the annotations it must add up to), and the
// whole article when that version is not known here or the patch does not fit.
import type { FactmarkApi } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import type { Article } from '../../shared/model/article';
import {
  annotationChange,
  annotationFingerprint,
  fingerprintAfter,
  isEmptyPatch,
  type AnnotationChange,
  type AnnotationFingerprint,
} from '../../shared/model/annotation-patch';
import { revisionOf } from '../../shared/model/article-saves';

/** An article as the host confirmed storing it, and that version's revision. */
export interface SavedVersion {
  article: Article;
  revision: number;
}

export type SaveCalls = Pick<FactmarkApi, 'saveArticle' | 'saveAnnotations'>;

export class ArticleSync {
  /** The revision of each article as last saved or read here; a save must start from it. */
  private readonly revisions = new Map<string, number>();
  /** What each article's next patch is made against. */
  private readonly savedVersions = new Map<string, SavedVersion>();
  /**
   * Fingerprints of saved versions, each counted forward from the one before (O(change)); a
   * version read from the host is counted in full once.
   */
  private readonly fingerprints = new WeakMap<Article, AnnotationFingerprint>();

  constructor(private readonly api: SaveCalls) {}

  knownRevision(id: string): number | undefined {
    return this.revisions.get(id);
  }

  /** The host stored a new revision by other means than a save (a reload from source). */
  rememberRevision(id: string, revision: number): void {
    this.revisions.set(id, revision);
  }

  savedVersion(id: string): SavedVersion | undefined {
    return this.savedVersions.get(id);
  }

  /** The host stores `article` at `revision`: the next save is a patch against it. */
  rememberSaved(article: Article, revision: number): void {
    this.revisions.set(article.id, revision);
    this.savedVersions.set(article.id, { article, revision });
  }

  /** The article was deleted. */
  forget(id: string): void {
    this.savedVersions.delete(id);
  }

  /**
   * An article shown for reading that is not one of this tab's unsaved versions was just read
   * from the host (opened, reloaded, imported): it becomes the saved version, unless a newer
   * one is known here (an edit keeps the revision its article was read at). True when taken.
   */
  noteShown(shown: Article, unsaved: Readonly<Record<string, Article>>): boolean {
    const revision = revisionOf(shown);
    const known = this.savedVersions.get(shown.id);
    const fresh = known ? revision > known.revision : !(shown.id in unsaved);
    if (!fresh || unsaved[shown.id] === shown) return false;
    this.savedVersions.set(shown.id, { article: shown, revision });
    if ((this.revisions.get(shown.id) ?? -1) < revision) this.revisions.set(shown.id, revision);
    return true;
  }

  /**
   * Counts the saved version's fingerprint ahead of the first save (a pass over every
   * annotation), if `article` is still the saved version.
   */
  prepareFingerprint(article: Article): void {
    if (this.savedVersions.get(article.id)?.article === article) this.fingerprintOf(article);
  }

  /**
   * Saves what changed in `article`: a patch when possible, the whole article otherwise.
   * Answers whether the host may hold annotations this tab has not seen: the patch did not fit
   * what it has (in a team, another annotator saved their layer meanwhile).
   */
  async save(article: Article): Promise<boolean> {
    const since = this.changeSinceSaved(article);
    if (since && isEmptyPatch(since.change.patch)) {
      // Back to what the host has (an undo of every change since): nothing to send.
      this.savedVersions.set(article.id, { article, revision: since.base.revision });
      return false;
    }
    if (since) {
      try {
        const expected = fingerprintAfter(this.fingerprintOf(since.base.article), since.change);
        this.fingerprints.set(article, expected);
        const saved = await this.api.saveAnnotations({
          id: article.id,
          baseRevision: since.base.revision,
          contentHash: article.contentHash,
          patch: since.change.patch,
          expected,
        });
        this.rememberSaved(article, saved.revision);
        return false;
      } catch (err) {
        // The patch did not fit what the host has: the whole article says it all.
        if (!(err instanceof ContractError && err.code === 'invalid-input')) throw err;
      }
    }
    const baseRevision = this.revisions.get(article.id) ?? revisionOf(article);
    // Links are the host's (linkAnnotations, unlinkAnnotations): the copy read with the article
    // may hold one unlinked since, which a whole save would add back.
    const { relations: _links, ...annotations } = article;
    const saved = await this.api.saveArticle({ article: annotations, baseRevision });
    this.rememberSaved(article, saved.revision);
    return since !== null;
  }

  /** The change since the saved version this save starts from; null when that is unknown. */
  private changeSinceSaved(
    article: Article,
  ): { base: SavedVersion; change: AnnotationChange } | null {
    const base = this.savedVersions.get(article.id);
    const revision = this.revisions.get(article.id) ?? revisionOf(article);
    if (!base || base.revision !== revision) return null;
    // A patch's offsets count into one text: after a reload only a whole save fits.
    if (base.article.contentHash !== article.contentHash) return null;
    const change = annotationChange(base.article, article);
    return change ? { base, change } : null;
  }

  private fingerprintOf(article: Article): AnnotationFingerprint {
    let known = this.fingerprints.get(article);
    if (!known) this.fingerprints.set(article, (known = annotationFingerprint(article)));
    return known;
  }
}
