// brat standoff export (https://brat.nlplab.org/standoff.html): per article `<name>.txt`, the
// canonical text exactly, and `<name>.ann`, one annotation per line:
//   T1\tClaim 10 42\tquote                      a claim (text-bound annotation)
//   T2\tModel 0 8\tMaverick                     a mention, labelled with its entity's type
//   A1\tStatus T1 supported                     a claim's status (every claim, unreviewed too)
//   N1\tReference T2 Factmark-model:ent_…\tName  the entity a span refers to (its type travels
//                                                in the database name, as brat keeps no list of
//                                                entities: a claim's entities have no span)
//   N2\tReference T2 Wikidata:Q123\tName         each of that entity's links
//   #1\tAnnotatorNotes T1\tnote text             a claim's note, one line per line of the note
//   T3\tEvidence 50 80\tquote                   a passage kept as evidence (its note as above)
//   R1\tRefutes Arg1:T1 Arg2:T3                  a relation whose two ends are in the article;
//                                                brat cannot hold a web address or another
//                                                document, so those relations are left out
// and one `annotation.conf` for the bundle declaring the labels, relations and Status.
//
// Offsets are character offsets into the .txt as brat (Python) counts them: code points. The
// .ann is line-oriented and brat reads it with Python's `splitlines`, so a span that contains
// a line break is written as discontinuous fragments around each break (`10 20;21 42`) whose
// texts are joined by one space (brat's DISCONT_SEP, checked by its reader in annotation.py);
// a span that starts or ends on a break keeps that edge with an empty fragment.
import { byReadingOrder, CLAIM_STATUSES } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity, EntityTypeId } from '../model/entities';
import { codePointLength } from '../text/code-points';
import { claimEntityResolver } from './claim-entities';
import { linkToBratReference } from './entity-links';
import type { ExportInput } from './factmark-json';
import { articleBaseNames } from './file-names';
import { CLAIM_LABEL, entityIndex, EVIDENCE_LABEL, mentionTypeLabel } from './labels';
import { RELATION_TYPES, isUrlEnd, type RelationType } from '../model/relations';
import { leftOutNotice, outsideArticle, placedIds, type LeftOutReason } from './left-out';

export const BRAT_STATUS_ATTRIBUTE = 'Status';
export const BRAT_NOTE_TYPE = 'AnnotatorNotes';
export const BRAT_REFERENCE_TYPE = 'Reference';
/** Database name prefix of the normalisations that say which Factmark entity a span names. */
export const BRAT_ENTITY_DB_PREFIX = 'Factmark-';
/** Label of evidence passages (never a mention's: see mentionTypeLabel). */
export const BRAT_EVIDENCE_LABEL = EVIDENCE_LABEL;

/** brat's name for a relation type: `Refutes`, `Same_claim`, `Role_subject` (identifiers). */
export function bratRelationLabel(type: RelationType): string {
  const name = type.replace(/[:-]/g, '_');
  return name[0]!.toUpperCase() + name.slice(1);
}

/** The relation type a brat label names, or undefined for another tool's relation. */
export function relationTypeOfBratLabel(label: string): RelationType | undefined {
  return RELATION_TYPES.find((t) => bratRelationLabel(t) === label);
}

/** Label of mentions whose entity is missing from the registry (underscore: never a type id). */
export const BRAT_UNKNOWN_LABEL = 'Unknown_entity';

/**
 * Characters Python's `str.splitlines` breaks lines at: none may appear inside an .ann line.
 * (`\r\n` is two of them, and becomes two adjacent breaks.)
 */
// eslint-disable-next-line no-control-regex -- these control characters are the point
export const BRAT_LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = new RegExp(BRAT_LINE_BREAK.source, 'g');
/** Where a note is cut into lines: at each break, CRLF counting as one. */
export const BRAT_NOTE_LINE_BREAK = new RegExp(`\\r\\n|${BRAT_LINE_BREAK.source}`);

export interface BratFile {
  path: string;
  content: string;
}

export function buildBratFiles({ articles, entities }: ExportInput): BratFile[] {
  const byId = entityIndex(entities);
  const names = articleBaseNames(articles);
  const types = new Set<EntityTypeId>();
  const cache = new Map<string, EntityLines>();
  const files: BratFile[] = [];
  articles.forEach((article, i) => {
    files.push({ path: `${names[i]}.txt`, content: article.text });
    files.push({ path: `${names[i]}.ann`, content: annFile(article, byId, cache, types) });
  });
  files.push({ path: 'annotation.conf', content: annotationConf([...types].sort()) });
  return files;
}

/** What an entity adds to each span that names it: its normalisation lines' middles and tail. */
interface EntityLines {
  label: string;
  /** `Factmark-model:ent_…`, then `Wikidata:Q…` and the other links brat can hold */
  references: string[];
  name: string;
}

function entityLines(entity: Entity): EntityLines {
  const references = [`${BRAT_ENTITY_DB_PREFIX}${entity.type}:${entity.id}`];
  for (const [key, value] of Object.entries(entity.links)) {
    const reference = linkToBratReference(key, value);
    if (reference) references.push(reference);
  }
  return { label: mentionTypeLabel(entity.type), references, name: oneLine(entity.name) };
}

function annFile(
  article: Article,
  entities: ReadonlyMap<string, Entity>,
  cache: Map<string, EntityLines>,
  typesSeen: Set<EntityTypeId>,
): string {
  const lines: string[] = [];
  const next = { T: 0, A: 0, N: 0, '#': 0 };
  const linesOf = (entityId: string): EntityLines | undefined => {
    let cached = cache.get(entityId);
    const entity = entities.get(entityId);
    if (!cached && entity) {
      cached = entityLines(entity);
      cache.set(entityId, cached);
      typesSeen.add(entity.type);
    }
    return cached;
  };
  const references = (target: string, entityId: string) => {
    const entity = linesOf(entityId);
    if (!entity) return;
    for (const reference of entity.references) {
      lines.push(`N${++next.N}\t${BRAT_REFERENCE_TYPE} ${target} ${reference}\t${entity.name}`);
    }
  };

  const notes = (t: string, note: string) => {
    if (!note) return;
    for (const line of note.split(BRAT_NOTE_LINE_BREAK)) {
      lines.push(`#${++next['#']}\t${BRAT_NOTE_TYPE} ${t}\t${line}`);
    }
  };
  /** The T id each annotation was written as, for relation lines. */
  const written = new Map<string, string>();

  const claimEntityIds = claimEntityResolver(article.mentions);
  for (const claim of [...article.claims].sort(byReadingOrder)) {
    const t = `T${++next.T}`;
    written.set(claim.id, t);
    lines.push(textBound(t, CLAIM_LABEL, claim.start, claim.quote));
    lines.push(`A${++next.A}\t${BRAT_STATUS_ATTRIBUTE} ${t} ${claim.status}`);
    for (const id of claimEntityIds(claim)) references(t, id);
    notes(t, claim.note);
  }
  for (const mention of [...article.mentions].sort(byReadingOrder)) {
    const t = `T${++next.T}`;
    written.set(mention.id, t);
    const label = linesOf(mention.entity)?.label ?? BRAT_UNKNOWN_LABEL;
    lines.push(textBound(t, label, mention.start, mention.quote));
    references(t, mention.entity);
  }
  for (const passage of [...(article.evidence ?? [])].sort(byReadingOrder)) {
    const t = `T${++next.T}`;
    written.set(passage.id, t);
    lines.push(textBound(t, BRAT_EVIDENCE_LABEL, passage.start, passage.quote));
    notes(t, passage.note);
  }
  let r = 0;
  for (const relation of article.relations ?? []) {
    // (isUrlEnd only tells the type checker what outsideArticle has made sure of)
    if (outsideArticle(relation, article.id, written) || isUrlEnd(relation.to)) continue;
    const arg1 = written.get(relation.from.annotation);
    const arg2 = written.get(relation.to.annotation);
    lines.push(`R${++r}\t${bratRelationLabel(relation.type)} Arg1:${arg1} Arg2:${arg2}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** What the bundle leaves out: links to web pages and to other articles, counted. */
export function bratNotices({ articles }: ExportInput): string[] {
  const reasons: LeftOutReason[] = [];
  let total = 0;
  for (const article of articles) {
    const placed = placedIds(article);
    for (const relation of article.relations ?? []) {
      total++;
      const reason = outsideArticle(relation, article.id, placed);
      if (reason) reasons.push(reason);
    }
  }
  const notice = leftOutNotice('brat', reasons, total, BRAT_LEFT_OUT_WHY);
  return notice ? [notice] : [];
}

const BRAT_LEFT_OUT_WHY =
  'a brat relation joins two spans of one text, so a web address or another article has no place there';

/** `T1\tLabel 10 20;21 42\tfirst part second part`, split at every line break of the quote. */
function textBound(id: string, label: string, start: number, quote: string): string {
  const fragments = bratFragments(start, quote);
  const offsets = fragments.map(([s, e]) => `${s} ${e}`).join(';');
  const text = fragments.map(([, , t]) => t).join(' ');
  return `${id}\t${label} ${offsets}\t${text}`;
}

/**
 * The fragments `[start, end, text]` of a span starting at code point `start` with text
 * `quote`: the runs between line breaks, with an empty fragment where the span starts or ends
 * on a break, so its first start and last end are the span's own.
 */
export function bratFragments(start: number, quote: string): Array<[number, number, string]> {
  if (!BRAT_LINE_BREAK.test(quote)) return [[start, start + codePointLength(quote), quote]];
  const fragments: Array<[number, number, string]> = [];
  let runStart = start; // code point where the current run of non-break characters starts
  let runFrom = 0; // its UTF-16 index in quote
  let cp = start;
  let lastBreak = -1;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(quote); m; m = LINE_BREAKS.exec(quote)) {
    cp += codePointLength(quote.slice(lastBreak + 1, m.index));
    if (m.index > runFrom || fragments.length === 0) {
      fragments.push([runStart, cp, quote.slice(runFrom, m.index)]);
    }
    cp += 1; // a line break is one code point
    lastBreak = m.index;
    runStart = cp;
    runFrom = m.index + 1;
  }
  const end = cp + codePointLength(quote.slice(lastBreak + 1));
  if (runFrom < quote.length || fragments.length === 0 || lastBreak === quote.length - 1) {
    fragments.push([runStart, end, quote.slice(runFrom)]);
  }
  return fragments;
}

/** The bundle's annotation.conf: Claim, the entity types used, Status, any overlap allowed. */
export function annotationConf(types: readonly EntityTypeId[]): string {
  return [
    '# Factmark export: claims and the entity mentions in them.',
    '[entities]',
    CLAIM_LABEL,
    ...types.map(mentionTypeLabel),
    BRAT_UNKNOWN_LABEL,
    BRAT_EVIDENCE_LABEL,
    '',
    '[relations]',
    ...RELATION_TYPES.map(
      (t) =>
        `${bratRelationLabel(t)}\tArg1:${CLAIM_LABEL}, Arg2:${
          t === 'same-claim' || t === 'contradicts'
            ? CLAIM_LABEL
            : t.startsWith('role:')
              ? '<ENTITY>'
              : BRAT_EVIDENCE_LABEL
        }`,
    ),
    '# Claims and mentions may nest, overlap and cross.',
    '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `${BRAT_STATUS_ATTRIBUTE}\tArg:${CLAIM_LABEL}, Value:${CLAIM_STATUSES.join('|')}`,
    '',
  ].join('\n');
}

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
