// What a reload from a changed source leaves to review: the `Drifted` badge of a claim placed
// where its text changed (old and new quote, and accepting the new place), and the region
// `Orphaned annotations`, listing those that could not be placed, to delete or place again.
import { memo, type MouseEvent } from 'react';
import { describeNumberChanges, numberChanges } from '../../shared/anchoring/number-change';
import type { Orphan } from '../../shared/model/annotations';
import type { FactmarkStore } from '../store/create-store';
import type { SurfaceRef } from '../editor/reading-surface';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { truncate } from './format';

/** Keeps the article's text selection when a button is pressed (for `Place here`). */
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** A claim that a reload placed where the text changed: what it said, what it says now. */
export function DriftedBadge({
  spanId,
  quote,
  previousQuote,
  store,
}: {
  spanId: string;
  quote: string;
  previousQuote: string | undefined;
  store: FactmarkStore;
}) {
  // A figure that changed while the words stayed is the news: it leads, "86.3% → 79.1%".
  const figures = previousQuote === undefined ? null : numberChanges(previousQuote, quote);
  return (
    <div className="fm-drifted" role="group" aria-label="Drifted">
      <span
        className="fm-badge fm-badge-drifted"
        title="The text changed here when it was reloaded"
      >
        Drifted
      </span>
      <dl className="fm-drifted-quotes">
        {figures && (
          <>
            <dt>Figure</dt>
            <dd className="fm-drifted-figures">{describeNumberChanges(figures)}</dd>
          </>
        )}
        <dt>Was</dt>
        <dd>
          <del>“{truncate(previousQuote ?? '', 160)}”</del>
        </dd>
        <dt>Now</dt>
        <dd>
          <ins>“{truncate(quote, 160)}”</ins>
        </dd>
      </dl>
      <button
        type="button"
        className="fm-button fm-button-small"
        onClick={() => store.getState().acceptPlace(spanId)}
      >
        Accept new place
      </button>
    </div>
  );
}

const OrphanRow = memo(function OrphanRow({
  orphan,
  store,
  surface,
}: {
  orphan: Orphan;
  store: FactmarkStore;
  surface: SurfaceRef;
}) {
  const placeHere = () => {
    const span = surface.current?.readSelection();
    if (!span) {
      store
        .getState()
        .notify('info', 'Select the passage in the article first, then choose Place here.');
      return;
    }
    store.getState().placeOrphan(orphan.id, span);
    surface.current?.clearSelection();
  };
  const kind = orphan.kind === 'claim' ? 'Claim' : 'Mention';
  return (
    <li className="fm-orphan" data-status={orphan.status}>
      <span className="fm-orphan-kind">{kind}</span>{' '}
      <q className="fm-orphan-quote" title={orphan.quote}>
        {truncate(orphan.quote, 200)}
      </q>
      {orphan.note ? <p className="fm-orphan-note">{truncate(orphan.note, 200)}</p> : null}
      <div className="fm-orphan-actions">
        <button
          type="button"
          className="fm-button fm-button-small"
          onMouseDown={keepSelection}
          onClick={placeHere}
          aria-label={`Place here: ${truncate(orphan.quote, 60)}`}
        >
          Place here
        </button>
        <button
          type="button"
          className="fm-button fm-button-small"
          onClick={() => store.getState().deleteOrphan(orphan.id)}
          aria-label={`Delete orphaned ${orphan.kind}: ${truncate(orphan.quote, 60)}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
});

/** Region `Orphaned annotations`: shown only while the open article has some. */
export function OrphanedAnnotations() {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const orphans = useFactmark((s) => s.article?.orphans);
  if (!orphans || orphans.length === 0) return null;
  return (
    <section aria-label="Orphaned annotations" className="fm-panel fm-orphaned">
      <h2 className="fm-panel-title">
        Orphaned annotations <span className="fm-count">{orphans.length}</span>
      </h2>
      <p className="fm-hint">
        Not found in the current text after a reload; kept with their quote and fields. Select where
        one belongs and choose Place here, or delete it.
      </p>
      <ul className="fm-orphan-list">
        {orphans.map((o) => (
          <OrphanRow key={o.id} orphan={o} store={store} surface={surface} />
        ))}
      </ul>
    </section>
  );
}
