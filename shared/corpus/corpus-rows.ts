// The corpus view's rows: every claim of every article, with the entities it is about, built
// once per corpus so that filtering and conflict checks are plain passes over an array.
import type { Claim, Mention } from '../model/annotations';
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
    const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    for (const claim of [...doc.claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const ids = entitiesOf(claim, mentions);
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

/** claimEntityIds for mentions sorted by start: stops at the first mention past the claim. */
function entitiesOf(claim: Claim, sortedMentions: readonly Mention[]): string[] {
  const ids = new Set(claim.entities);
  for (const m of sortedMentions) {
    if (m.start >= claim.end) break;
    if (m.start >= claim.start && m.end <= claim.end) ids.add(m.entity);
  }
  return [...ids];
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
