// Region `Claims`: the open article's claims in reading order (orphans after a reload are
// listed apart, in ReviewAnchors).
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { byReadingOrder, type Claim, type Mention } from '../../shared/model/annotations';
import { claimEntityResolver } from '../../shared/export/claim-entities';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { ClaimRow } from './ClaimRow';
import { pageFinder } from '../../shared/model/pages';
import { useCommandContext } from './command-context';
import { useEntityLookup, useResolvedAnnotations } from './entity-lookup';
import { VirtualList } from './VirtualList';

/** Above this many claims, only the rows near view are rendered (see VirtualList). */
const VIRTUAL_FROM = 150;
const ROW_ESTIMATE = 150;

/** Claim id → ids of entities mentioned inside it but not tagged on it, comma-joined. */
function mentionedByClaim(
  claims: readonly Claim[],
  mentions: readonly Mention[],
): Map<string, string> {
  const entitiesOf = claimEntityResolver(mentions);
  const result = new Map<string, string>();
  for (const claim of claims) {
    const mentioned = entitiesOf(claim).filter((id) => !claim.entities.includes(id));
    result.set(claim.id, mentioned.join(','));
  }
  return result;
}

/** All rows, for a list short enough to render whole; keeps the active row in view. */
function PlainClaimList({
  claims,
  activeIndex,
  renderRow,
}: {
  claims: readonly Claim[];
  activeIndex: number;
  renderRow: (claim: Claim) => ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (activeIndex < 0) return;
    list.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <ul ref={list} className="fm-claim-list">
      {claims.map(renderRow)}
    </ul>
  );
}

const claimKey = (claim: Claim) => claim.id;

export function ClaimsPanel() {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  // Tags and mentions as they stand after merges and deletions in the registry.
  const { claims, mentions } = useResolvedAnnotations();
  const blocks = useFactmark((s) => s.article?.blocks);
  const pageOf = useMemo(() => pageFinder(blocks ?? []), [blocks]);
  const activeClaimId = useFactmark((s) => s.activeClaimId);
  const lookup = useEntityLookup();

  const sorted = useMemo(() => [...(claims ?? [])].sort(byReadingOrder), [claims]);
  const mentioned = useMemo(
    () => mentionedByClaim(claims ?? [], mentions ?? []),
    [claims, mentions],
  );
  const activeIndex = activeClaimId ? sorted.findIndex((c) => c.id === activeClaimId) : -1;
  const renderRow = useCallback(
    (claim: Claim) => (
      <ClaimRow
        key={claim.id}
        claim={claim}
        active={claim.id === activeClaimId}
        mentioned={mentioned.get(claim.id) ?? ''}
        lookup={lookup}
        store={store}
        surface={surface}
        page={pageOf(claim.start)}
      />
    ),
    [activeClaimId, mentioned, lookup, store, surface, pageOf],
  );

  return (
    <section aria-label="Claims" className="fm-panel fm-claims">
      <h2 className="fm-panel-title">
        Claims <span className="fm-count">{sorted.length}</span>
      </h2>
      {claims === undefined ? (
        <p className="fm-empty">Open an article to see its claims.</p>
      ) : sorted.length === 0 ? (
        <p className="fm-empty">
          No claims yet. Select a sentence in the article and press <kbd>C</kbd>.
        </p>
      ) : sorted.length < VIRTUAL_FROM ? (
        <PlainClaimList claims={sorted} activeIndex={activeIndex} renderRow={renderRow} />
      ) : (
        <VirtualList
          className="fm-claim-list"
          items={sorted}
          getKey={claimKey}
          renderItem={renderRow}
          estimate={ROW_ESTIMATE}
          revealIndex={activeIndex}
        />
      )}
    </section>
  );
}
