// Region `Claims`: the open article's claims in reading order (orphans after a reload are
// listed apart, in ReviewAnchors). The list follows the store a step behind (see
// useResolvedAnnotationsAfterPaint): an edit paints first, the list catches up after; each row
// reads its own claim live, so its status and note answer at once.
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { byReadingOrder, type Claim } from '../../shared/model/annotations';
import { claimEntityResolver } from '../../shared/export/claim-entities';
import { useFactmarkStore } from '../store/hooks';
import { ClaimRow } from './ClaimRow';
import { pageFinder } from '../../shared/model/pages';
import { useFactmarkAfterPaint } from './after-paint';
import { useCommandContext } from './command-context';
import { useResolvedAnnotationsAfterPaint, useEntityLookup } from './entity-lookup';
import { LongList } from './LongList';
import { LayersControl } from './LayersControl';
import { disagreements } from '../store/layers';
import { useShownLayerFilter } from './shown-layers';
import { SideSection, useFoldable } from './SideSection';

/** Above this many claims, only the rows near view are rendered (see LongList). */
const VIRTUAL_FROM = 150;
const ROW_ESTIMATE = 150;

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
    // In the next frame, where the layout is done anyway, not forced now.
    const frame = requestAnimationFrame(() =>
      list.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
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
  const { claims, mentions } = useResolvedAnnotationsAfterPaint();
  const blocks = useFactmarkAfterPaint((s) => s.article?.blocks);
  const pageOf = useMemo(() => pageFinder(blocks ?? []), [blocks]);
  const activeClaimId = useFactmarkAfterPaint((s) => s.activeClaimId);
  const lookup = useEntityLookup();

  // Whose claims are shown (Layers, Blind) and, with `Disagreements`, only where annotators differ.
  const keep = useShownLayerFilter();
  const disagreementsOnly = useFactmarkAfterPaint((s) => s.disagreementsOnly);
  const sorted = useMemo(() => {
    let shown = keep ? (claims ?? []).filter(keep) : [...(claims ?? [])];
    if (disagreementsOnly) {
      const differ = disagreements({ claims: [...(claims ?? [])] });
      shown = shown.filter((c) => differ.has(c.id));
    }
    return shown.sort(byReadingOrder);
  }, [claims, keep, disagreementsOnly]);
  // Each row works out the entities mentioned inside it, by binary search in these.
  // Only the mentions of the layers shown: in Blind mode others' tags stay hidden in the rows.
  const entitiesIn = useMemo(
    () => claimEntityResolver(keep ? (mentions ?? []).filter(keep) : (mentions ?? [])),
    [mentions, keep],
  );
  const foldable = useFoldable('Claims');
  const activeIndex = activeClaimId ? sorted.findIndex((c) => c.id === activeClaimId) : -1;
  const renderRow = useCallback(
    (claim: Claim) => (
      <ClaimRow
        key={claim.id}
        claim={claim}
        active={claim.id === activeClaimId}
        entitiesIn={entitiesIn}
        lookup={lookup}
        store={store}
        surface={surface}
        page={pageOf(claim.start)}
      />
    ),
    [activeClaimId, entitiesIn, lookup, store, surface, pageOf],
  );

  return (
    <SideSection
      name="Claims"
      className="fm-claims"
      {...foldable}
      count={<span className="fm-count">{sorted.length}</span>}
    >
      <LayersControl />
      {claims === undefined ? (
        <p className="fm-empty">Open an article to see its claims.</p>
      ) : sorted.length === 0 ? (
        <p className="fm-empty">
          No claims yet. Select a sentence in the article and press <kbd>C</kbd>.
        </p>
      ) : sorted.length < VIRTUAL_FROM ? (
        <PlainClaimList claims={sorted} activeIndex={activeIndex} renderRow={renderRow} />
      ) : (
        <LongList
          className="fm-claim-list"
          items={sorted}
          getKey={claimKey}
          renderItem={renderRow}
          estimate={ROW_ESTIMATE}
          revealIndex={activeIndex}
        />
      )}
    </SideSection>
  );
}
