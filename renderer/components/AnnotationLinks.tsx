// Links between annotations in the review panels: a claim's evidence passages and linked claims
// (each with its type, quote, article and state, `Open` and `Remove`), the actions that make
// links while evidence is collected, a claim's compact count, and the panel of an evidence
// passage picked in the text, with the claims it bears on.
import { useMemo } from 'react';
import {
  placedAnnotation,
  type RelationEndView,
  type RelationView,
} from '../../shared/model/relation-edits';
import type { AnnotationRef } from '../../shared/model/relations';
import type { SurfaceRef } from '../editor/reading-surface';
import { linksOfAnnotation, linkSummary, type AnnotationLink } from '../store/claim-links';
import type { FactmarkStore } from '../store/create-store';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { DetailsPanel } from './DetailsPanel';
import { truncate } from './format';

const NO_VIEWS: readonly RelationView[] = [];

/** The links of an annotation of the open article, as last listed. */
export function useAnnotationLinks(annotationId: string | null): AnnotationLink[] {
  const articleId = useFactmark((s) => s.article?.id ?? null);
  const views = useFactmark((s) =>
    s.relationViews && s.relationViews.articleId === articleId ? s.relationViews.views : NO_VIEWS,
  );
  return useMemo(
    () =>
      articleId && annotationId
        ? linksOfAnnotation(views, { document: articleId, annotation: annotationId })
        : [],
    [views, articleId, annotationId],
  );
}

/** Waits for the reading view of the opened article to show, then scrolls to the span. */
function revealWhenShown(reveal: () => boolean, framesLeft = 60): void {
  if (reveal() || framesLeft === 0) return;
  requestAnimationFrame(() => revealWhenShown(reveal, framesLeft - 1));
}

/** Opens the article of `end` with the annotation active and scrolled into view. */
export async function openLinkedAnnotation(
  store: FactmarkStore,
  surface: SurfaceRef,
  end: AnnotationRef,
): Promise<void> {
  if (!(await store.getState().openAnnotation(end))) return;
  revealWhenShown(() => {
    const article = store.getState().article;
    const span = article && placedAnnotation(article, end.annotation);
    if (!span || !surface.current || article?.id !== end.document) return false;
    surface.current.reveal(span, span.id);
    return true;
  });
}

function endState(far: RelationEndView): string | null {
  if ('url' in far || far.state === 'placed') return null;
  return far.state === 'orphan' ? 'not placed since a reload' : 'removed';
}

/** One link as a list item: type, quote, article, state, `Open` and `Remove`. */
export function LinkItem({ link }: { link: AnnotationLink }) {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const { far, label } = link;
  if ('url' in far) return null; // URL evidence is listed with the claim's links
  const quote = far.quote ? `“${truncate(far.quote, 90)}”` : '(gone)';
  const state = endState(far);
  const name = `${label} ${far.quote ? truncate(far.quote, 40) : far.annotation}`;
  return (
    <li className="fm-evidence-item fm-link-item" data-state={far.state}>
      <span className="fm-link-type">{label}</span>
      <span className="fm-link-quote" title={far.quote}>
        {quote}
      </span>
      <span className="fm-link-where">
        {far.title || 'an article no longer in the library'}
        {state && <span className="fm-link-state"> · {state}</span>}
      </span>
      <span className="fm-link-actions">
        <button
          type="button"
          className="fm-button fm-button-small"
          aria-label={`Open ${name}`}
          disabled={far.state === 'missing'}
          onClick={() => void openLinkedAnnotation(store, surface, far)}
        >
          Open
        </button>
        <button
          type="button"
          className="fm-chip-remove"
          aria-label={`Remove link ${name}`}
          title="Remove link"
          onClick={() => store.getState().removeLink(link.relation)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </li>
  );
}

/** `Collect evidence for this claim`, or while collecting for another one, `Same claim` and
 * `Contradicts` to link it to this one. */
export function LinkActions({ claimId }: { claimId: string }) {
  const store = useFactmarkStore();
  const target = useFactmark((s) => s.linkingTarget);
  const articleId = useFactmark((s) => s.article?.id);
  const isTarget = target?.document === articleId && target?.annotation === claimId;
  return (
    <div className="fm-link-actions-row" role="group" aria-label="Links">
      {!isTarget && (
        <button
          type="button"
          className="fm-button fm-button-small"
          aria-keyshortcuts="V"
          onClick={() => {
            store.getState().setActiveClaim(claimId);
            store.getState().collectEvidence(claimId);
          }}
        >
          Collect evidence for this claim
        </button>
      )}
      {target && !isTarget && (
        <>
          <button
            type="button"
            className="fm-button fm-button-small"
            aria-keyshortcuts="M"
            onClick={() => void store.getState().linkToTarget(claimId, 'same-claim')}
          >
            Same claim
          </button>
          <button
            type="button"
            className="fm-button fm-button-small"
            aria-keyshortcuts="D"
            onClick={() => void store.getState().linkToTarget(claimId, 'contradicts')}
          >
            Contradicts
          </button>
        </>
      )}
    </div>
  );
}

/** A claim row's compact count of its links, with a label that says it in words. */
export function LinkCount({ claimId, urlEvidence }: { claimId: string; urlEvidence: number }) {
  const links = useAnnotationLinks(claimId);
  const summary = linkSummary(links, urlEvidence);
  if (!summary) return null;
  return (
    <span className="fm-link-count" role="note" aria-label={summary.label} title={summary.label}>
      {summary.text}
    </span>
  );
}

/** Region `Evidence passage`: the passage picked in the text and the claims it bears on. */
export function EvidencePassagePanel() {
  const store = useFactmarkStore();
  const id = useFactmark((s) => s.activeEvidenceId);
  const passage = useFactmark((s) => s.article?.evidence?.find((e) => e.id === id));
  const links = useAnnotationLinks(passage ? passage.id : null);
  if (!passage) return null;
  return (
    <DetailsPanel name="Evidence passage" className="fm-evidence-passage" quote={passage.quote}>
      {links.length === 0 ? (
        <p className="fm-empty fm-details-empty">Not linked to a claim.</p>
      ) : (
        <ul aria-label="Claims this passage bears on" className="fm-evidence-list">
          {links.map((link) => (
            <LinkItem key={link.relation.id} link={link} />
          ))}
        </ul>
      )}
      <div className="fm-link-actions-row">
        <button
          type="button"
          className="fm-button fm-button-small"
          onClick={() => store.getState().removeEvidencePassage(passage.id)}
        >
          Remove passage
        </button>
        <button
          type="button"
          className="fm-button fm-button-small"
          onClick={() => store.getState().setActiveEvidence(null)}
        >
          Close
        </button>
      </div>
    </DetailsPanel>
  );
}
