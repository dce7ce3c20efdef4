// Region `Corpus`: every claim of every article in one long list (rendered near view only),
// filtered by entity, entity type, status, article and text. Claims that give another value
// than another article for the same subject and metric are flagged `Conflicting`, with a
// `Contradicts` action; each row lists its links, and `Same claim?` offers likely pairs.
import { memo, useCallback, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findConflicts, type OtherValue } from '../../shared/corpus/conflicts';
import type { CorpusDocument } from '../../shared/corpus/corpus-document';
import { filterCorpus } from '../../shared/corpus/corpus-filter';
import { buildCorpusRows, type CorpusRow } from '../../shared/corpus/corpus-rows';
import type { ClaimStatus } from '../../shared/model/annotations';
import type { Article } from '../../shared/model/article';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { EntityTypeOptions } from './EntityTypeOptions';
import { StatusOptions } from './StatusOptions';
import { typeColour } from './EntityChip';
import { useEntityLookup, type EntityLookup } from './entity-lookup';
import { plural, truncate } from './format';
import { LongList } from './LongList';
import { ConflictLinks, corpusLinks, RowLinks, SameClaimSuggestions } from './CorpusLinks';
import {
  contradictsRelation,
  sameClaimRelation,
  suggestSameClaims,
  type SameClaimSuggestion,
} from '../../shared/corpus/same-claim';
import type { RelationView } from '../../shared/model/relation-edits';

const ROW_ESTIMATE = 110;
/** How many `Same claim?` suggestions show at once (the next ones come as these are answered). */
const SUGGESTIONS_SHOWN = 5;

/**
 * The last corpus shown and what was built from it, kept across the view's closing and
 * reopening: with a large library, reopening the view unchanged then costs no rebuilding.
 */
let lastOverlay: {
  documents: CorpusDocument[];
  article: Article;
  result: CorpusDocument[];
} | null = null;
const builtRows = new WeakMap<
  CorpusDocument[],
  { rows: CorpusRow[]; conflicts: Map<string, OtherValue[]> }
>();

function rowsOf(documents: CorpusDocument[]) {
  let built = builtRows.get(documents);
  if (!built) {
    const rows = buildCorpusRows(documents);
    built = { rows, conflicts: findConflicts(rows) };
    builtRows.set(documents, built);
  }
  return built;
}

/** The documents with the open article's current claims and mentions in place of its own. */
function withOpenArticle(documents: CorpusDocument[], article: Article): CorpusDocument[] {
  if (lastOverlay?.documents === documents && lastOverlay.article === article) {
    return lastOverlay.result;
  }
  const stored = documents.find((d) => d.articleId === article.id);
  const current: CorpusDocument = {
    articleId: article.id,
    title: article.title,
    updatedAt: article.updatedAt,
    claims: article.claims,
    mentions: article.mentions,
    ...(article.evidence ? { evidence: article.evidence } : {}),
    // The corpus's links: those made here since the article was opened are only there.
    ...((stored?.relations ?? article.relations)
      ? { relations: stored?.relations ?? article.relations }
      : {}),
  };
  const known = stored !== undefined;
  const result = known
    ? documents.map((d) => (d.articleId === article.id ? current : d))
    : [current, ...documents];
  lastOverlay = { documents, article, result };
  return result;
}

/** The corpus as read from the host, with the open article's edits (saved or not) on top. */
function useCorpusDocuments(): CorpusDocument[] | null {
  const documents = useFactmark((s) => s.corpusDocuments);
  const article = useFactmark((s) => s.article);
  return useMemo(
    () => (documents && article ? withOpenArticle(documents, article) : documents),
    [documents, article],
  );
}

/** Waits for the reading view to show (it mounts after the article opens), then scrolls. */
function revealWhenShown(reveal: () => boolean, framesLeft = 60): void {
  if (reveal() || framesLeft === 0) return;
  requestAnimationFrame(() => revealWhenShown(reveal, framesLeft - 1));
}

const CorpusItem = memo(function CorpusItem({
  row,
  conflict,
  lookup,
  onOpen,
  onEntity,
  links,
  contradicting,
  onContradicts,
}: {
  row: CorpusRow;
  conflict: readonly OtherValue[] | undefined;
  lookup: EntityLookup;
  onOpen: (row: CorpusRow) => void;
  onEntity: (entityId: string) => void;
  links: readonly RelationView[] | undefined;
  contradicting: ReadonlySet<string>;
  onContradicts: (row: CorpusRow, other: OtherValue) => void;
}) {
  const s = row.claim.structured;
  const subject = s?.subject ? (lookup.entity(s.subject)?.name ?? s.subject) : null;
  const fields = [subject, s?.metric, [s?.value, s?.unit].filter(Boolean).join(' '), s?.qualifier]
    .map((f) => f?.trim())
    .filter(Boolean);
  return (
    <li className="fm-corpus-row" data-status={row.claim.status}>
      <div className="fm-corpus-meta">
        <span className="fm-corpus-article">{row.title || 'Untitled'}</span>
        <span className={`fm-corpus-status fm-status-${row.claim.status}`}>{row.claim.status}</span>
        {conflict && <span className="fm-conflict-badge">Conflicting</span>}
      </div>
      <button
        type="button"
        className="fm-corpus-quote"
        title="Open the article at this claim"
        onClick={() => onOpen(row)}
      >
        {truncate(row.claim.quote, 240)}
      </button>
      {fields.length > 0 && (
        <p className="fm-corpus-structured" aria-label="Structured claim">
          {fields.join(' · ')}
        </p>
      )}
      {conflict && (
        <ConflictLinks
          row={row}
          others={conflict}
          contradicting={contradicting}
          onContradicts={onContradicts}
        />
      )}
      {links && links.length > 0 && <RowLinks row={row} views={links} />}
      {row.entityIds.length > 0 && (
        <div className="fm-chips" role="group" aria-label="Entities">
          {row.entityIds.map((id) => {
            const entity = lookup.entity(id);
            return (
              <button
                key={id}
                type="button"
                className="fm-chip fm-corpus-entity"
                style={typeColour(lookup.type(id)?.color)}
                title={`Every claim about ${entity?.name ?? id}`}
                onClick={() => onEntity(id)}
              >
                {entity?.name ?? id}
              </button>
            );
          })}
        </div>
      )}
    </li>
  );
});

function CorpusFilters({ documents }: { documents: readonly CorpusDocument[] }) {
  const store = useFactmarkStore();
  const filter = useFactmark(useShallow((s) => s.corpusFilter));
  const entities = useFactmark((s) => s.registry.entities);
  const id = useId();
  const set = store.getState().setCorpusFilter;
  const sortedEntities = useMemo(
    () => [...entities].sort((a, b) => a.name.localeCompare(b.name)),
    [entities],
  );
  return (
    <div className="fm-corpus-filters" role="group" aria-label="Filters">
      <div className="fm-field">
        <label htmlFor={`${id}-text`}>Search claims</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text ?? ''}
          placeholder="Quote, note or title"
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="fm-field">
        <label htmlFor={`${id}-entity`}>Entity</label>
        <select
          id={`${id}-entity`}
          value={filter.entityId ?? ''}
          onChange={(e) => set({ entityId: e.target.value })}
        >
          <option value="">Any entity</option>
          {sortedEntities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <div className="fm-field">
        <label htmlFor={`${id}-type`}>Entity type</label>
        <select
          id={`${id}-type`}
          value={filter.entityType ?? ''}
          onChange={(e) => set({ entityType: e.target.value })}
        >
          <option value="">Any type</option>
          <EntityTypeOptions />
        </select>
      </div>
      <div className="fm-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.target.value as ClaimStatus | '') || undefined })}
        >
          <option value="">Any status</option>
          <StatusOptions />
        </select>
      </div>
      <div className="fm-field">
        <label htmlFor={`${id}-article`}>Article</label>
        <select
          id={`${id}-article`}
          value={filter.articleId ?? ''}
          onChange={(e) => set({ articleId: e.target.value })}
        >
          <option value="">Any article</option>
          {documents.map((d) => (
            <option key={d.articleId} value={d.articleId}>
              {truncate(d.title || 'Untitled', 60)}
            </option>
          ))}
        </select>
      </div>
      <label className="fm-corpus-conflicts-only">
        <input
          type="checkbox"
          checked={filter.conflictsOnly ?? false}
          onChange={(e) => set({ conflictsOnly: e.target.checked })}
        />{' '}
        Only conflicting
      </label>
    </div>
  );
}

const rowKey = (row: CorpusRow) => row.key;
const NO_DOCUMENTS: CorpusDocument[] = [];

export function CorpusView() {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const status = useFactmark((s) => s.corpusStatus);
  const filter = useFactmark(useShallow((s) => s.corpusFilter));
  const documents = useCorpusDocuments();
  const lookup = useEntityLookup();

  const { rows, conflicts } = useMemo(() => rowsOf(documents ?? NO_DOCUMENTS), [documents]);
  const links = useMemo(() => corpusLinks(documents ?? NO_DOCUMENTS), [documents]);
  const rejected = useFactmark((s) => s.rejectedSameClaims);
  const suggestions = useMemo(
    () => suggestSameClaims(rows, links.relations, new Set(rejected)).slice(0, SUGGESTIONS_SHOWN),
    [rows, links, rejected],
  );
  const rowsByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const now = () => new Date().toISOString();
  const onContradicts = useCallback(
    (row: CorpusRow, other: OtherValue) =>
      void store.getState().linkFromCorpus(contradictsRelation(row, other, { now: now() })),
    [store],
  );
  const acceptSameClaim = (suggestion: SameClaimSuggestion) =>
    void store.getState().linkFromCorpus(sameClaimRelation(suggestion, { now: now() }));
  const rejectSameClaim = (suggestion: SameClaimSuggestion) =>
    store.getState().rejectSameClaim(suggestion.key);
  const shown = useMemo(() => {
    const typeOf = (id: string) => lookup.entity(id)?.type;
    const filtered = filterCorpus(rows, filter, typeOf);
    return filter.conflictsOnly ? filtered.filter((r) => conflicts.has(r.key)) : filtered;
  }, [rows, filter, lookup, conflicts]);

  const open = (row: CorpusRow) => {
    void store
      .getState()
      .showClaimInArticle(row.articleId, row.claim.id)
      .then((shownClaim) => {
        if (!shownClaim) return;
        revealWhenShown(() => {
          if (!surface.current) return false;
          surface.current.reveal(row.claim, row.claim.id);
          return true;
        });
      });
  };
  const onEntity = (entityId: string) => store.getState().setCorpusFilter({ entityId });
  const focusEntity = filter.entityId ? lookup.entity(filter.entityId) : undefined;

  return (
    <main className="fm-center">
      <section aria-label="Corpus" className="fm-corpus">
        <header className="fm-corpus-header">
          <h2 className="fm-corpus-title">
            {focusEntity ? `Every claim about ${focusEntity.name}` : 'All claims'}
          </h2>
          <p className="fm-corpus-count" aria-live="polite">
            {status === 'loading' && !documents
              ? 'Reading the library…'
              : `${plural(shown.length, 'claim')} in ${plural(new Set(shown.map((r) => r.articleId)).size, 'article')}` +
                (conflicts.size > 0
                  ? ` · ${plural(conflicts.size, 'conflicting claim')} in the library`
                  : '')}
          </p>
          <button
            type="button"
            className="fm-button"
            onClick={() => store.getState().closeCorpus()}
          >
            Back to article
          </button>
        </header>
        <CorpusFilters documents={documents ?? []} />
        <SameClaimSuggestions
          suggestions={suggestions}
          rows={rowsByKey}
          onAccept={acceptSameClaim}
          onReject={rejectSameClaim}
        />
        {status === 'failed' && !documents ? (
          <p className="fm-empty">The claims of the library could not be read.</p>
        ) : documents && shown.length === 0 ? (
          <p className="fm-empty">
            {rows.length === 0
              ? 'No claims in the library yet. Mark claims in articles to see them here.'
              : 'No claim matches these filters.'}
          </p>
        ) : (
          <LongList
            className="fm-corpus-list"
            items={shown}
            getKey={rowKey}
            estimate={ROW_ESTIMATE}
            revealIndex={-1}
            renderItem={(row) => (
              <CorpusItem
                key={row.key}
                row={row}
                conflict={conflicts.get(row.key)}
                lookup={lookup}
                onOpen={open}
                onEntity={onEntity}
                links={links.byClaim.get(row.key)}
                contradicting={links.contradicting}
                onContradicts={onContradicts}
              />
            )}
          />
        )}
      </section>
    </main>
  );
}
