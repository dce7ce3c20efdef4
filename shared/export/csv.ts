// CSV of claims for spreadsheets, one row per claim (RFC 4180: fields holding a comma, quote
// or line break are quoted, quotes doubled, CRLF between records), UTF-8 with a byte order
// mark so spreadsheet programs read it as UTF-8. Columns are a table below, one entry each;
// the structured fields, evidence and links come last, so older readers' column positions hold.
// `links` lists the claim's relations in a readable form (`refutes: "quote" (Article title);
// supports: https://…`): a text for people, not read back (there is no CSV import).
//
// Spreadsheets run a cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return)
// as a formula, and article text is untrusted: such text cells get a leading `'` (the OWASP
// advice for CSV injection). Offsets and dates are never altered.
import { byReadingOrder, type Claim } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { claimEntityResolver } from './claim-entities';
import type { ExportInput } from './factmark-json';
import { entityIndex } from './labels';
import { articleFinder, endText, relationsByClaim } from '../model/relation-ends';
import { viewOf } from '../model/relation-edits';
import { RELATION_TYPES, type Relation } from '../model/relations';

export const CSV_BOM = '\ufeff';
const LIST_SEPARATOR = '; ';

interface Row {
  article: Article;
  claim: Claim;
  entities: Array<Entity | undefined>;
  entityIds: string[];
  /** The structured form's subject, when it is in the registry. */
  subject: Entity | undefined;
  /** The claim's links, each as `type: end`. */
  links: string[];
}

interface Column {
  header: string;
  /** a cell of text from the article or the user, guarded against formulas */
  text?: boolean;
  value: (row: Row) => string | number;
}

export const CSV_COLUMNS: readonly Column[] = [
  { header: 'article_id', value: (r) => r.article.id },
  { header: 'article_title', text: true, value: (r) => r.article.title },
  { header: 'source_url', text: true, value: (r) => r.article.source.url ?? '' },
  { header: 'claim_id', value: (r) => r.claim.id },
  { header: 'start', value: (r) => r.claim.start },
  { header: 'end', value: (r) => r.claim.end },
  { header: 'quote', text: true, value: (r) => r.claim.quote },
  { header: 'status', value: (r) => r.claim.status },
  {
    header: 'entities',
    text: true,
    value: (r) => r.entities.map((e, i) => e?.name ?? r.entityIds[i]).join(LIST_SEPARATOR),
  },
  {
    header: 'entity_types',
    value: (r) => r.entities.map((e) => e?.type ?? '').join(LIST_SEPARATOR),
  },
  { header: 'note', text: true, value: (r) => r.claim.note },
  { header: 'created_at', value: (r) => r.claim.createdAt },
  { header: 'updated_at', value: (r) => r.claim.updatedAt },
  // The structured form: the subject by name (its id when the registry lacks it).
  {
    header: 'subject',
    text: true,
    value: (r) => r.subject?.name ?? r.claim.structured?.subject ?? '',
  },
  { header: 'metric', text: true, value: (r) => r.claim.structured?.metric?.trim() ?? '' },
  { header: 'value', text: true, value: (r) => r.claim.structured?.value?.trim() ?? '' },
  { header: 'unit', text: true, value: (r) => r.claim.structured?.unit?.trim() ?? '' },
  { header: 'qualifier', text: true, value: (r) => r.claim.structured?.qualifier?.trim() ?? '' },
  {
    header: 'evidence',
    text: true,
    value: (r) => (r.claim.evidence ?? []).map((e) => e.url).join(LIST_SEPARATOR),
  },
  {
    header: 'evidence_labels',
    text: true,
    value: (r) => (r.claim.evidence ?? []).map((e) => e.label).join(LIST_SEPARATOR),
  },
  // Whose layer the claim is in: empty for a claim written before layers.
  { header: 'annotator', text: true, value: (r) => r.claim.annotator ?? '' },
  { header: 'links', text: true, value: (r) => r.links.join(LIST_SEPARATOR) },
];

export function buildClaimsCsv({ articles, entities }: ExportInput): string {
  const byId = entityIndex(entities);
  const records = [CSV_COLUMNS.map((c) => csvField(c.header))];
  const articleOf = articleFinder(articles);
  for (const article of articles) {
    const claimEntityIds = claimEntityResolver(article.mentions);
    const relationsOf = relationsByClaim(article.relations ?? []);
    for (const claim of [...article.claims].sort(byReadingOrder)) {
      const entityIds = claimEntityIds(claim);
      const subjectId = claim.structured?.subject;
      const row: Row = {
        article,
        claim,
        entityIds,
        entities: entityIds.map((id) => byId.get(id)),
        subject: subjectId ? byId.get(subjectId) : undefined,
        links: linkTexts(relationsOf.get(claim.id) ?? [], articleOf),
      };
      records.push(
        CSV_COLUMNS.map((c) => {
          const value = c.value(row);
          return csvField(
            typeof value === 'number' ? String(value) : c.text ? defuse(value) : value,
          );
        }),
      );
    }
  }
  return CSV_BOM + records.map((r) => `${r.join(',')}\r\n`).join('');
}

/** A claim's links as `type: end`, in the order of the relation types (stable otherwise). */
function linkTexts(
  relations: readonly Relation[],
  articleOf: (id: string) => Article | null,
): string[] {
  const order = (r: Relation) => RELATION_TYPES.indexOf(r.type);
  return [...relations]
    .sort((a, b) => order(a) - order(b))
    .map((r) => `${r.type}: ${endText(viewOf(r, articleOf).to)}`);
}

// Built once: a regular expression literal in a function makes a new object at every call,
// and a 10,000-claim export tests 300,000 cells.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;
const FORMULA_START = /^[=+\-@\t\r]/;

/** An RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe. */
export function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
