// One claim in the `Claims` list: its quote, entities, status, note and removal. Memoised: a
// row re-renders only when its own claim, its mentions or the registry changed. It reads its
// claim from the store itself, so a status or a keystroke in the note shows in the next frame
// while the list around it (rendered a step behind) catches up after.
import { memo, useId, useMemo, type MouseEvent } from 'react';
import type { Claim, ClaimStatus } from '../../shared/model/annotations';
import type { FactmarkStore } from '../store/create-store';
import type { SurfaceRef } from '../editor/reading-surface';
import { EntityChip } from './EntityChip';
import { resolvedClaim, type EntityLookup } from './entity-lookup';
import { truncate } from './format';
import { DriftedBadge } from './ReviewAnchors';
import { mentionsInClaim } from '../store/annotation-edits';
import { openClaim } from '../store/claim-index';
import { useFactmark } from '../store/hooks';
import { AnnotatorChip } from './LayersControl';
import { LinkCount } from './AnnotationLinks';
import { StatusOptions } from './StatusOptions';

interface ClaimRowProps {
  /** The claim as the list has it (shown until the store's own copy is read, or once removed). */
  claim: Claim;
  active: boolean;
  /** Ids of the entities tagged on a claim or mentioned inside it (see claimEntityResolver). */
  entitiesIn: (claim: Claim) => string[];
  lookup: EntityLookup;
  store: FactmarkStore;
  surface: SurfaceRef;
  /** The page the claim starts on, for an article from a PDF. */
  page?: number;
}

export const ClaimRow = memo(function ClaimRow({
  claim: listed,
  active,
  entitiesIn,
  lookup,
  store,
  surface,
  page,
}: ClaimRowProps) {
  const live = useFactmark((s) => openClaim(s, listed.id));
  const claim = useMemo(
    () => resolvedClaim(live ?? listed, lookup.resolve),
    [live, listed, lookup],
  );
  const mentionedIds = useMemo(
    () => entitiesIn(claim).filter((id) => !claim.entities.includes(id)),
    [entitiesIn, claim],
  );
  const statusId = useId();
  const noteId = useId();
  const select = () => {
    store.getState().setActiveClaim(claim.id);
    surface.current?.reveal(claim, claim.id);
  };
  const selectFromRow = (event: MouseEvent) => {
    // Clicks on the row's controls do their own thing.
    if ((event.target as Element).closest('button, select, textarea, input, label')) return;
    select();
  };
  const removeMentionsOf = (entityId: string) => {
    const article = store.getState().article;
    if (!article) return;
    // Chips show resolved ids (see entity-lookup).
    const inClaim = mentionsInClaim(article, claim, entityId, lookup.resolve);
    store.getState().removeMentions(inClaim.map((m) => m.id));
  };

  return (
    <li
      className={active ? 'fm-claim-row fm-claim-row-active' : 'fm-claim-row'}
      aria-current={active ? 'true' : undefined}
      data-status={claim.status}
      onClick={selectFromRow}
    >
      <button type="button" className="fm-claim-quote" onClick={select} title={claim.quote}>
        {truncate(claim.quote, 160)}
      </button>
      <LinkCount claimId={claim.id} urlEvidence={claim.evidence?.length ?? 0} />
      {claim.anchor === 'drifted' && (
        <DriftedBadge
          spanId={claim.id}
          quote={claim.quote}
          previousQuote={claim.previousQuote}
          store={store}
        />
      )}
      {claim.annotator && <AnnotatorChip name={claim.annotator} />}
      {page !== undefined && (
        <span className="fm-claim-page" title={`Starts on page ${page}`}>
          p. {page}
        </span>
      )}
      {(claim.entities.length > 0 || mentionedIds.length > 0) && (
        // A group, not a list: the list items of `Claims` are its claims, one each.
        <div className="fm-chips" role="group" aria-label="Tags">
          {claim.entities.map((id) => (
            <EntityChip
              key={`tag-${id}`}
              entityId={id}
              lookup={lookup}
              source="tag"
              onRemove={() => store.getState().untagClaim(claim.id, id)}
            />
          ))}
          {mentionedIds.map((id) => (
            <EntityChip
              key={`mention-${id}`}
              entityId={id}
              lookup={lookup}
              source="mention"
              onRemove={() => removeMentionsOf(id)}
            />
          ))}
        </div>
      )}
      <div className="fm-claim-fields">
        <div className="fm-field fm-field-inline">
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            value={claim.status}
            onChange={(e) =>
              store.getState().setClaimStatus(claim.id, e.target.value as ClaimStatus)
            }
          >
            <StatusOptions />
          </select>
        </div>
        <div className="fm-field">
          <label htmlFor={noteId}>Note</label>
          <textarea
            id={noteId}
            rows={claim.note ? 2 : 1}
            value={claim.note}
            placeholder="Source, reasoning…"
            onChange={(e) => store.getState().setClaimNote(claim.id, e.target.value)}
          />
        </div>
      </div>
      <button
        type="button"
        className="fm-claim-remove"
        aria-label="Remove claim"
        title="Remove claim"
        onClick={() => store.getState().removeClaim(claim.id)}
      >
        <span aria-hidden="true">Remove</span>
      </button>
    </li>
  );
});
