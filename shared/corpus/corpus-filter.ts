// Narrowing the corpus: by entity (every claim about it), entity type, status, article and
// text. Empty criteria match everything.
import type { ClaimStatus } from '../model/annotations';
import { rowSearchText, type CorpusRow } from './corpus-rows';
import { foldQuery } from './searchable-text';

export interface CorpusFilter {
  entityId?: string;
  /** An entity type id: claims about at least one entity of that type. */
  entityType?: string;
  status?: ClaimStatus;
  articleId?: string;
  /** Found in the quote, note, article title or structured fields (case and accents aside). */
  text?: string;
  /** Only claims flagged as conflicting (applied by the view, which knows the conflicts). */
  conflictsOnly?: boolean;
}

/** Rows that meet every criterion; `typeOf` gives an entity's type (undefined if unknown). */
export function filterCorpus(
  rows: readonly CorpusRow[],
  filter: CorpusFilter,
  typeOf: (entityId: string) => string | undefined,
): CorpusRow[] {
  const folded = filter.text ? foldQuery(filter.text) : '';
  return rows.filter(
    (row) =>
      (!filter.entityId || row.entityIds.includes(filter.entityId)) &&
      (!filter.entityType || row.entityIds.some((id) => typeOf(id) === filter.entityType)) &&
      (!filter.status || row.claim.status === filter.status) &&
      (!filter.articleId || row.articleId === filter.articleId) &&
      (!folded || rowSearchText(row).includesFolded(folded)),
  );
}
