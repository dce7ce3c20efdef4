// The library's links for `factmark relations`: each with both ends described as the app's
// listRelations describes them (article title, kind, quote, placed/orphan/missing, or the web
// address), as data (`--json`) or as a table for people.
import type { Article } from '../model/article';
import { articleFinder, endText } from '../model/relation-ends';
import {
  relationsTouching,
  viewOf,
  type RelationEndView,
  type RelationView,
} from '../model/relation-edits';
import { RELATION_TYPES } from '../model/relations';

/**
 * Every link of `articles`, or, with `articleId`, the links that start or end in that article;
 * by type, then by when they were made.
 */
export function relationRows(articles: readonly Article[], articleId?: string): RelationView[] {
  const articleOf = articleFinder(articles);
  const chosen = articleId === undefined ? null : articleOf(articleId);
  const relations = chosen
    ? relationsTouching(chosen, articles)
    : articles.flatMap((a) => a.relations ?? []);
  const order = (v: RelationView) => RELATION_TYPES.indexOf(v.relation.type);
  return relations
    .map((r) => viewOf(r, articleOf))
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        cmp(a.relation.createdAt, b.relation.createdAt) ||
        cmp(a.relation.id, b.relation.id),
    );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const HEADER = ['type', 'from', 'to', 'kind', 'state', 'annotator'];
/** Longest quote, title or address a table cell shows, in code points. */
const CELL_LIMIT = 48;

/** The links as an aligned plain-text table, one line per link. */
export function relationTable(views: readonly RelationView[]): string {
  if (views.length === 0) return 'no links';
  const cells = views.map(({ relation, from, to }) => [
    relation.type,
    cell(from),
    cell(to),
    'url' in to ? 'url' : to.kind,
    stateText(from, to),
    relation.annotator ?? '–',
  ]);
  const table = [HEADER, ...cells];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => [...r[i]!].length)));
  const lines = table.map((r) =>
    r
      .map((text, i) => text + ' '.repeat(widths[i]! - [...text].length))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n${views.length} link${views.length === 1 ? '' : 's'}`;
}

/** The end's state, and the claim's too when it is no longer placed. */
function stateText(from: RelationEndView, to: RelationEndView): string {
  const toState = 'url' in to ? 'placed' : to.state;
  if ('url' in from || from.state === 'placed') return toState;
  return `claim ${from.state}, end ${toState}`;
}

/** An end as a cell: on one line, its quote and title cut to CELL_LIMIT code points. */
function cell(view: RelationEndView): string {
  if ('url' in view) return short(view.url);
  // The state has its own column.
  return endText({ ...view, quote: short(view.quote), title: short(view.title), state: 'placed' });
}

/** Text on one line, cut around its middle when longer than CELL_LIMIT code points. */
function short(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= CELL_LIMIT) return chars.join('');
  const half = Math.floor((CELL_LIMIT - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}
