// The corpus view's rows: every claim of every article, with the entities it is about, built
// once per corpus so that filtering and conflict checks are plain passes over an array.
import type { Claim } from '../model/annotations';
import { claimEntityResolver } from '../export/claim-entities';
import type { CorpusDocument } from './corpus-document';
import { SearchableText } from './searchable-text';

export interface CorpusRow {
  /** `articleId/claimId`, unique across the library. */
  key: string;
  articleId: string;
  title: string;
  claim: Claim;
  /** Tagged on the claim, mentioned inside it, and its structured subject, each once. */
  entityIds: readonly string[];
}

export function buildCorpusRows(documents: readonly CorpusDocument[]): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const doc of documents) {
    const entitiesOf = claimEntityResolver(doc.mentions);
    for (const claim of [...doc.claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const ids = entitiesOf(claim);
      const subject = claim.structured?.subject;
      if (subject && !ids.includes(subject)) ids.push(subject);
      rows.push({
        key: `${doc.articleId}/${claim.id}`,
        articleId: doc.articleId,
        title: doc.title,
        claim,
        entityIds: ids,
      });
    }
  }
  return rows;
}

/** Folded search text of each row (quote, note, title, structured fields), made when needed. */
const searchable = new WeakMap<CorpusRow, SearchableText>();

export function rowSearchText(row: CorpusRow): SearchableText {
  let text = searchable.get(row);
  if (!text) {
    const s = row.claim.structured;
    text = new SearchableText(
      [row.claim.quote, row.claim.note, row.title, s?.metric, s?.value, s?.unit, s?.qualifier]
        .filter(Boolean)
        .join('\n'),
    );
    searchable.set(row, text);
  }
  return text;
}
