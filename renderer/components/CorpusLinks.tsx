// The corpus view's links: each claim's links under its row, a conflict's `Contradicts` action
// (one click stores the link; the row then says it is linked), and `Same claim?` suggestions to
// accept or reject (rejected ones stay gone for the session).
import { memo } from 'react';
import type { OtherValue } from '../../shared/corpus/conflicts';
import type { CorpusDocument } from '../../shared/corpus/corpus-document';
import type { CorpusRow } from '../../shared/corpus/corpus-rows';
import { pairKey, type SameClaimSuggestion } from '../../shared/corpus/same-claim';
import { viewOf, type RelationView } from '../../shared/model/relation-edits';
import { endText } from '../../shared/model/relation-ends';
import { isRoleType, refKey, type Relation } from '../../shared/model/relations';
import { truncate } from './format';

/** The links of the library by the claim they start at or end in, and the linked pairs. */
export interface CorpusLinks {
  /** A claim's links to evidence and other claims (not its roles). */
  byClaim: Map<string, RelationView[]>;
  /** Pair keys of claims joined by a `contradicts` link. */
  contradicting: Set<string>;
  relations: Relation[];
}

export function corpusLinks(documents: readonly CorpusDocument[]): CorpusLinks {
  const articles = new Map(
    documents.map((d) => [
      d.articleId,
      {
        id: d.articleId,
        title: d.title,
        claims: d.claims,
        mentions: d.mentions,
        evidence: d.evidence,
        // The corpus carries no orphans: an end a reload orphaned reads as missing here.
        orphans: [],
        relations: d.relations,
      },
    ]),
  );
  const articleOf = (id: string) => articles.get(id) ?? null;
  const relations = documents.flatMap((d) => d.relations ?? []);
  const byClaim = new Map<string, RelationView[]>();
  const contradicting = new Set<string>();
  const add = (key: string, view: RelationView) => {
    const list = byClaim.get(key);
    if (list) list.push(view);
    else byClaim.set(key, [view]);
  };
  for (const relation of relations) {
    // A role says where a structured field came from; the row shows the field itself, as
    // `Claim details` does, so it is no link of the row's (nor evidence).
    if (isRoleType(relation.type)) continue;
    const view = viewOf(relation, articleOf);
    add(refKey(relation.from), view);
    if (!('url' in relation.to) && relation.to.annotation.startsWith('clm_')) {
      add(refKey(relation.to), view);
      if (relation.type === 'contradicts') contradicting.add(pairKey(relation.from, relation.to));
    }
  }
  return { byClaim, contradicting, relations };
}

/** A claim's links, each as `type: "quote" (Article)`; those pointing at it say `from`. */
export function RowLinks({ row, views }: { row: CorpusRow; views: readonly RelationView[] }) {
  return (
    <ul className="fm-corpus-links" aria-label="Links">
      {views.map(({ relation, from, to }) => {
        const incoming = refKey(relation.from) !== row.key;
        return (
          <li key={relation.id}>
            {relation.type}
            {incoming ? ' from ' : ': '}
            {truncate(endText(incoming ? from : to), 160)}
          </li>
        );
      })}
    </ul>
  );
}

/** The values other articles give, each with `Contradicts` to link it, or `linked` once it is. */
export const ConflictLinks = memo(function ConflictLinks({
  row,
  others,
  contradicting,
  onContradicts,
}: {
  row: CorpusRow;
  others: readonly OtherValue[];
  contradicting: ReadonlySet<string>;
  onContradicts: (row: CorpusRow, other: OtherValue) => void;
}) {
  const self = { document: row.articleId, annotation: row.claim.id };
  return (
    <p className="fm-conflict-detail">
      Other articles say:{' '}
      {others.map((o, i) => {
        const linked = contradicting.has(
          pairKey(self, { document: o.articleId, annotation: o.claimId }),
        );
        const title = truncate(o.title || 'Untitled', 60);
        return (
          <span key={o.claimId}>
            {i > 0 && '; '}
            <strong>{o.display}</strong> ({title}){' '}
            {linked ? (
              <span className="fm-corpus-linked">linked as contradicting</span>
            ) : (
              <button
                type="button"
                className="fm-button fm-button-small"
                aria-label={`Contradicts ${o.display} (${title})`}
                onClick={() => onContradicts(row, o)}
              >
                Contradicts
              </button>
            )}
          </span>
        );
      })}
    </p>
  );
});

/** `Same claim?`: the best suggestions, each to accept (a link) or reject. */
export function SameClaimSuggestions({
  suggestions,
  rows,
  onAccept,
  onReject,
}: {
  suggestions: readonly SameClaimSuggestion[];
  rows: ReadonlyMap<string, CorpusRow>;
  onAccept: (suggestion: SameClaimSuggestion) => void;
  onReject: (suggestion: SameClaimSuggestion) => void;
}) {
  if (suggestions.length === 0) return null;
  const quoteOf = (key: string) => {
    const row = rows.get(key);
    return row
      ? `“${truncate(row.claim.quote, 120)}” (${truncate(row.title || 'Untitled', 50)})`
      : key;
  };
  return (
    <section className="fm-same-claims" aria-label="Same claim?">
      <h3 className="fm-same-claims-title">Same claim?</h3>
      <ul>
        {suggestions.map((s) => (
          <li key={s.key} className="fm-same-claim">
            <p>
              {quoteOf(refKey(s.a))} and {quoteOf(refKey(s.b))}
            </p>
            <p className="fm-same-claim-reason">{s.because}</p>
            <button type="button" className="fm-button" onClick={() => onAccept(s)}>
              Same claim
            </button>{' '}
            <button type="button" className="fm-button" onClick={() => onReject(s)}>
              Not the same
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
