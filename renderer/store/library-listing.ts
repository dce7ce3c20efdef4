// Puts a listing of the library from the host together with the rows this window holds: a row
// this window changed while the listing was on its way (opened, saved, deleted) is newer than
// the listing's, so it stays as it is, on top; the others come from the listing, as the same
// object when nothing in them changed, so that their rows need not render again.
import type { ArticleSummary } from '../../shared/model/article';

export function mergeListing(
  listed: readonly ArticleSummary[],
  current: readonly ArticleSummary[],
  changed: ReadonlySet<string>,
): ArticleSummary[] {
  const currentById = new Map(current.map((s) => [s.id, s]));
  const rows = current.filter((s) => changed.has(s.id));
  for (const summary of listed) {
    if (changed.has(summary.id)) continue; // a deleted one stays deleted, a newer one stays
    const shown = currentById.get(summary.id);
    rows.push(shown && sameSummary(shown, summary) ? shown : summary);
  }
  return rows;
}

function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.title === b.title &&
    a.siteName === b.siteName &&
    a.claimCount === b.claimCount &&
    a.mentionCount === b.mentionCount &&
    JSON.stringify(a.source) === JSON.stringify(b.source)
  );
}
