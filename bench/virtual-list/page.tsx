// The page of the list benchmark (bench/lib/virtual-list.ts), bundled on its own: the claims
// list (the app's own ClaimRow over a store) and a corpus-style list, each rendered by the app's
// LongList (on @tanstack/react-virtual) or whole, as a plain list, then mounted, timed and
// scrolled.
import { useCallback, useMemo, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { FactmarkApi } from '../../shared/contract/calls';
import { claimEntityResolver } from '../../shared/export/claim-entities';
import type { Claim, Mention } from '../../shared/model/annotations';
import type { EntityRegistry } from '../../shared/model/entities';
import { ClaimRow } from '../../renderer/components/ClaimRow';
import { useEntityLookup, type EntityLookup } from '../../renderer/components/entity-lookup';
import { typeColour } from '../../renderer/components/EntityChip';
import { truncate } from '../../renderer/components/format';
import { LongList, type LongListProps } from '../../renderer/components/LongList';
import { createFactmarkStore, type FactmarkStore } from '../../renderer/store/create-store';
import { StoreContext, useFactmarkStore } from '../../renderer/store/hooks';
import '../../renderer/styles/theme.css';
import '../../renderer/styles/base.css';
import '../../renderer/styles/layout.css';
import '../../renderer/styles/panels.css';
import '../../renderer/styles/entities.css';
import '../../renderer/styles/corpus.css';
import '../../renderer/styles/layers.css';
import '../../renderer/styles/review-anchors.css';

/** The app's long list, or every row rendered (what the long list saves). */
export type Implementation = 'long-list' | 'plain';
export type ListName = 'claims' | 'corpus';

/** A row of the corpus view: one claim of one article. */
export interface CorpusRow {
  key: string;
  title: string;
  claim: Claim;
}

export interface ListBenchData {
  claims: Claim[];
  mentions: Mention[];
  registry: EntityRegistry;
  corpus: CorpusRow[];
}

/** A scroll: each frame's duration, and the frames that showed padding where rows belong. */
export interface ScrollSample {
  frames: number[];
  blankFrames: number;
}

const ROW_ESTIMATE = 150;
const NO_SURFACE = { current: null };

/** Where a list sits: its scroller's and its own class, and the height of what is above it. */
interface Layout {
  scroller: string;
  heading: number;
  className: string;
}
const CLAIMS_LAYOUT: Layout = { scroller: 'fm-side', heading: 120, className: 'fm-claim-list' };
const CORPUS_LAYOUT: Layout = { scroller: 'fm-corpus', heading: 160, className: 'fm-corpus-list' };

/** The list under test, in a scroller with a heading above it (as in the app). */
function Measured<T>({
  implementation,
  layout,
  ...list
}: Omit<LongListProps<T>, 'estimate' | 'revealIndex' | 'className'> & {
  implementation: Implementation;
  layout: Layout;
}) {
  const { scroller, heading, className } = layout;
  return (
    <div className={`${scroller} bench-scroller`} style={{ height: '100vh', overflow: 'auto' }}>
      <h2 style={{ height: heading, margin: 0 }}>{scroller}</h2>
      {implementation === 'long-list' ? (
        <LongList {...list} className={className} estimate={ROW_ESTIMATE} revealIndex={-1} />
      ) : (
        <ul className={className}>{list.items.map(list.renderItem)}</ul>
      )}
    </div>
  );
}

type ListViewProps = { implementation: Implementation; data: ListBenchData };

function ClaimsList({ implementation, data }: ListViewProps) {
  const store = useFactmarkStore();
  const lookup = useEntityLookup();
  const entitiesIn = useMemo(() => claimEntityResolver(data.mentions), [data.mentions]);
  const renderRow = useCallback(
    (claim: Claim) => (
      <ClaimRow
        key={claim.id}
        claim={claim}
        active={false}
        entitiesIn={entitiesIn}
        lookup={lookup}
        store={store}
        surface={NO_SURFACE}
      />
    ),
    [entitiesIn, lookup, store],
  );
  const list = { items: data.claims, getKey: (c: Claim) => c.id, renderItem: renderRow };
  return <Measured implementation={implementation} layout={CLAIMS_LAYOUT} {...list} />;
}

/** The corpus view's row, in its markup (components/CorpusView.tsx). */
function CorpusItem({ row, lookup }: { row: CorpusRow; lookup: EntityLookup }): ReactNode {
  return (
    <li className="fm-corpus-row" data-status={row.claim.status}>
      <div className="fm-corpus-meta">
        <span className="fm-corpus-article">{row.title}</span>
        <span className={`fm-corpus-status fm-status-${row.claim.status}`}>{row.claim.status}</span>
      </div>
      <button type="button" className="fm-corpus-quote">
        {truncate(row.claim.quote, 240)}
      </button>
      {row.claim.entities.length > 0 && (
        <div className="fm-chips" role="group" aria-label="Entities">
          {row.claim.entities.map((id) => (
            <button
              key={id}
              type="button"
              className="fm-chip fm-corpus-entity"
              style={typeColour(lookup.type(id)?.color)}
            >
              {lookup.entity(id)?.name ?? id}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function CorpusList({ implementation, data }: ListViewProps) {
  const lookup = useEntityLookup();
  const renderRow = useCallback(
    (row: CorpusRow) => <CorpusItem key={row.key} row={row} lookup={lookup} />,
    [lookup],
  );
  const list = { items: data.corpus, getKey: (r: CorpusRow) => r.key, renderItem: renderRow };
  return <Measured implementation={implementation} layout={CORPUS_LAYOUT} {...list} />;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let data: ListBenchData | null = null;
let store: FactmarkStore | null = null;
let root: Root | null = null;

const bench = {
  load(input: ListBenchData): void {
    data = input;
    // No host: the rows only read the store, they never call it.
    store = createFactmarkStore({ api: {} as FactmarkApi });
    store.getState().replaceRegistry(input.registry);
  },

  /**
   * Mounts a list and returns the ms from the start of the render to the end of the last frame
   * in which its rows changed (rows measured and the padding settled), after ten quiet frames.
   */
  async mount(implementation: Implementation, list: ListName): Promise<number> {
    if (!data || !store) throw new Error('load the data first');
    root?.unmount();
    const container = document.getElementById('root')!;
    await nextFrame();
    let lastChange = 0;
    const changes = new MutationObserver(() => (lastChange = performance.now()));
    changes.observe(container, { childList: true, subtree: true, attributes: true });
    const start = performance.now();
    const View = list === 'claims' ? ClaimsList : CorpusList;
    const current = data;
    const currentStore = store;
    flushSync(() => {
      root = createRoot(container);
      root.render(
        <StoreContext.Provider value={currentStore}>
          <View implementation={implementation} data={current} />
        </StoreContext.Provider>,
      );
    });
    let settled = performance.now();
    for (let quiet = 0; quiet < 10;) {
      const before = lastChange;
      const frameEnd = await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (lastChange !== before) {
        quiet = 0;
        settled = frameEnd;
      } else quiet++;
    }
    changes.disconnect();
    if (container.querySelectorAll('li').length === 0) throw new Error(`${list}: no rows shown`);
    return Math.max(settled, lastChange) - start;
  },

  /** Scrolls the mounted list down `step` px a frame for `count` frames. */
  async scroll(step: number, count: number): Promise<ScrollSample> {
    const scroller = document.querySelector<HTMLElement>('.bench-scroller');
    const list = scroller?.querySelector('ul');
    if (!scroller || !list) throw new Error('nothing mounted');
    scroller.scrollTop = 0;
    const frames: number[] = [];
    let blankFrames = 0;
    let last = await nextFrame();
    for (let i = 0; i < count; i++) {
      scroller.scrollTop += step;
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
      // A frame in which the rendered rows do not cover the visible part of the list.
      const view = scroller.getBoundingClientRect();
      const rows = list.getBoundingClientRect();
      const top = Math.max(view.top, rows.top);
      const bottom = Math.min(view.bottom, rows.bottom);
      const first = list.firstElementChild?.getBoundingClientRect();
      const lastRow = list.lastElementChild?.getBoundingClientRect();
      if (
        bottom > top &&
        (!first || !lastRow || first.top > top + 1 || lastRow.bottom < bottom - 1)
      ) {
        blankFrames++;
      }
    }
    return { frames, blankFrames };
  },
};

(window as unknown as { __lists: typeof bench }).__lists = bench;
