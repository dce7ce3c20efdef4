// The library's links, one row each, for `factmark relations`: who links what to what, and
// whether each end is still in its text. Rows as data (`--json`) or as a table for people.
import type { Article } from '../model/article';
import {
  EndIndex,
  endText,
  type AnnotationEndView,
  type EndArticle,
  type EndView,
} from '../model/relation-ends';
import { RELATION_TYPES, type Relation } from '../model/relations';

export interface RelationRow {
  id: string;
  type: Relation['type'];
  /** The claim the link starts at. */
  from: AnnotationEndView;
  to: EndView;
  annotator: string | null;
  note: string | null;
  createdAt: string;
}

/**
 * Every link of `articles` (those that start at one of their claims), or, with `articleId`, the
 * links that start or end in that article; by type, then by when they were made.
 */
export function relationRows(
  articles: readonly (EndArticle & Pick<Article, 'relations'>)[],
  articleId?: string,
): RelationRow[] {
  const ends = new EndIndex(articles);
  const rows: RelationRow[] = [];
  for (const article of articles) {
    for (const r of article.relations ?? []) {
      const touches =
        articleId === undefined ||
        r.from.document === articleId ||
        ('document' in r.to && r.to.document === articleId);
      if (!touches) continue;
      rows.push({
        id: r.id,
        type: r.type,
        from: ends.describeAnnotation(r.from),
        to: ends.describe(r.to),
        annotator: r.annotator ?? null,
        note: r.note ?? null,
        createdAt: r.createdAt,
      });
    }
  }
  const order = (row: RelationRow) => RELATION_TYPES.indexOf(row.type);
  return rows.sort(
    (a, b) => order(a) - order(b) || a.createdAt.localeCompare(b.createdAt) || cmp(a.id, b.id),
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const HEADER = ['type', 'from', 'to', 'kind', 'state', 'annotator'];
/** Longest quote, title or address a table cell shows, in code points. */
const CELL_LIMIT = 48;

/** The rows as an aligned plain-text table, one line per link. */
export function relationTable(rows: readonly RelationRow[]): string {
  if (rows.length === 0) return 'no links';
  const cells = rows.map((row) => [
    row.type,
    cell(row.from),
    cell(row.to),
    row.to.kind,
    row.from.state === 'placed' ? row.to.state : `claim ${row.from.state}, end ${row.to.state}`,
    row.annotator ?? '–',
  ]);
  const table = [HEADER, ...cells];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => [...r[i]!].length)));
  const lines = table.map((r) =>
    r
      .map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n${rows.length} link${rows.length === 1 ? '' : 's'}`;
}

/** An end as a cell: on one line, its quote and title cut to CELL_LIMIT code points. */
function cell(view: EndView): string {
  if (view.kind === 'url') return short(view.url);
  return endText({
    ...view,
    ...(view.quote === undefined ? {} : { quote: short(view.quote) }),
    ...(view.articleTitle === undefined ? {} : { articleTitle: short(view.articleTitle) }),
    state: 'placed', // its own column
  });
}

/** Text on one line, cut around its middle when longer than CELL_LIMIT code points. */
function short(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= CELL_LIMIT) return chars.join('');
  const half = Math.floor((CELL_LIMIT - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}
