// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/, JSON-LD with the context
// http://www.w3.org/ns/anno.jsonld): one AnnotationCollection whose first page holds one
// Annotation per claim and per mention. Targets name the article (its URL, else
// `urn:factmark:article:<id>`) with a TextQuoteSelector and a TextPositionSelector (§4.2.4,
// §4.2.5; positions count code points, as the model requires).
//
// Bodies (§3.3.5 purposes): a claim carries its status (`assessing`, always, `unreviewed`
// included) and its note (`commenting`, when not empty); claims and mentions carry one group of
// bodies per entity, in this order: `tagging` TextualBody with the entity's name, `identifying`
// SpecificResource whose source is `urn:factmark:entity:<id>`, one more `identifying` body per
// link (the Wikidata entity IRI `http://www.wikidata.org/entity/Q…`, or another address, with
// the link's key as its `label` where the address does not tell it), and a `classifying`
// TextualBody with the entity's type. The importer reads the groups back in that order. An
// annotation in an annotator's layer names them as its `creator` (`{ type: Person, name }`).
// Evidence passages are `highlighting` annotations tagged `evidence` (with their note as a
// `commenting` body). Each relation is a `linking` annotation (§3.3.5) whose target is the
// claim's annotation IRI and whose bodies are the other end (a `linking` SpecificResource: an
// annotation IRI of this collection, or a web address) and the relation's type (`classifying`).
// Every key used here is defined in the context (schema/anno.jsonld, tested).
import { byReadingOrder, type Claim, type Mention } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { claimEntityResolver } from './claim-entities';
import { linkToIri } from './entity-links';
import type { ExportInput } from './factmark-json';
import { entityIndex } from './labels';
import type { EvidencePassage, Relation, RelationEnd } from '../model/relations';
import { annotationKind, isUrlEnd } from '../model/relations';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN = {
  claim: 'urn:factmark:claim:',
  mention: 'urn:factmark:mention:',
  evidence: 'urn:factmark:evidence:',
  relation: 'urn:factmark:relation:',
  entity: 'urn:factmark:entity:',
  article: 'urn:factmark:article:',
  export: 'urn:factmark:export:',
} as const;

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'classifying' | 'assessing' | 'commenting';
  value: string;
  format?: 'text/plain';
}
export interface W3cSpecificResourceBody {
  type: 'SpecificResource';
  purpose: 'identifying' | 'linking';
  source: string;
  label?: string;
  /** For a link's other end: the article the annotation is in (§4.3.3 scope). */
  scope?: string;
}
export type W3cBody = W3cTextualBody | W3cSpecificResourceBody;

export interface W3cTarget {
  source: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

/** Who made an annotation (§3.3.1 `creator`): the annotator whose layer it is in. */
export interface W3cCreator {
  type: 'Person';
  name: string;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'identifying' | 'linking';
  creator?: W3cCreator;
  created: string;
  modified?: string;
  body: W3cBody[];
  /** A span of an article, or (for a link) the IRI of the claim's annotation. */
  target: W3cTarget | string;
}

export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: { type: 'Software'; name: string };
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** What an annotation's target names: the article's address, else its Factmark URN. */
export function articleSource(article: Pick<Article, 'id' | 'source'>): string {
  return article.source.url ?? URN.article + article.id;
}

export function buildW3cCollection({
  articles,
  entities,
  exportedAt,
  generator,
}: ExportInput): W3cCollection {
  const byId = entityIndex(entities);
  // Each entity's bodies are built once and shared by every annotation that names it.
  const bodies = new Map<string, W3cBody[]>();
  const bodiesOf = (id: string): W3cBody[] => {
    let cached = bodies.get(id);
    if (!cached) bodies.set(id, (cached = entityBodies(id, byId.get(id))));
    return cached;
  };
  const items: W3cAnnotation[] = [];
  for (const article of articles) {
    const source = articleSource(article);
    const claimEntityIds = claimEntityResolver(article.mentions);
    for (const claim of [...article.claims].sort(byReadingOrder)) {
      items.push(claimAnnotation(claim, claimEntityIds(claim), source, bodiesOf));
    }
    for (const mention of [...article.mentions].sort(byReadingOrder)) {
      items.push(mentionAnnotation(mention, source, bodiesOf));
    }
    for (const passage of [...(article.evidence ?? [])].sort(byReadingOrder)) {
      items.push(evidenceAnnotation(passage, source));
    }
  }
  const sources = new Map(articles.map((a) => [a.id, articleSource(a)]));
  for (const relation of articles.flatMap((a) => a.relations ?? [])) {
    items.push(linkingAnnotation(relation, sources));
  }
  return {
    '@context': W3C_CONTEXT,
    id: URN.export + exportedAt,
    type: 'AnnotationCollection',
    label: 'Factmark annotations',
    generator: { type: 'Software', name: generator },
    generated: exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** Above this many annotations the file is written compact, else indented for people. */
export const W3C_PRETTY_LIMIT = 1000;

/**
 * The collection as JSON, indented when it is small enough for someone to read. A large one is
 * written on one line: indenting it would triple its length and double the time to write it.
 */
export function serializeW3cCollection(collection: W3cCollection): string {
  const indent = collection.total > W3C_PRETTY_LIMIT ? undefined : 2;
  return `${JSON.stringify(collection, null, indent)}\n`;
}

function claimAnnotation(
  claim: Claim,
  entityIds: readonly string[],
  source: string,
  bodiesOf: (entityId: string) => W3cBody[],
): W3cAnnotation {
  const body: W3cBody[] = [{ type: 'TextualBody', purpose: 'assessing', value: claim.status }];
  body.push(...noteBodies(claim.note));
  for (const id of entityIds) body.push(...bodiesOf(id));
  return annotation(URN.claim, claim, 'highlighting', body, target(claim, source), {
    modified: claim.updatedAt,
  });
}

function mentionAnnotation(
  mention: Mention,
  source: string,
  bodiesOf: (entityId: string) => W3cBody[],
): W3cAnnotation {
  const body = bodiesOf(mention.entity);
  return annotation(URN.mention, mention, 'identifying', body, target(mention, source));
}

/**
 * What every annotation has, in the order the export writes it: its id (the URN of its kind),
 * motivation, who made it and when (`modified` for a claim), its bodies and its target.
 */
function annotation(
  urn: string,
  made: { id: string; annotator?: string; createdAt: string },
  motivation: W3cAnnotation['motivation'],
  body: W3cBody[],
  on: W3cAnnotation['target'],
  { modified }: { modified?: string } = {},
): W3cAnnotation {
  return {
    id: urn + made.id,
    type: 'Annotation',
    motivation,
    ...(made.annotator === undefined ? {} : { creator: { type: 'Person', name: made.annotator } }),
    created: made.createdAt,
    ...(modified === undefined ? {} : { modified }),
    body,
    target: on,
  };
}

/** A note as a `commenting` body. */
function noteBody(note: string): W3cBody {
  return { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' };
}

/** A span's note as bodies: none for an empty note. */
function noteBodies(note: string): W3cBody[] {
  return note ? [noteBody(note)] : [];
}

function evidenceAnnotation(passage: EvidencePassage, source: string): W3cAnnotation {
  const body: W3cBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: 'evidence' }];
  body.push(...noteBodies(passage.note));
  return annotation(URN.evidence, passage, 'highlighting', body, target(passage, source));
}

/** The IRI of an annotation end (its Factmark URN), or the web address of a URL end. */
export function relationEndIri(end: RelationEnd): string {
  if ('url' in end) return end.url;
  const kind = annotationKind(end.annotation);
  return (kind === null ? URN.claim : URN[kind]) + end.annotation;
}

/**
 * A relation as a `linking` annotation. Its other end names the article it is in as the body's
 * `scope` (the article's address or URN, also for one the export does not hold), so a link
 * between two articles reads back; a note, even an empty one, is a `commenting` body.
 */
function linkingAnnotation(
  relation: Relation,
  sources: ReadonlyMap<string, string>,
): W3cAnnotation {
  const { to } = relation;
  const end: W3cBody = isUrlEnd(to)
    ? { type: 'SpecificResource', purpose: 'linking', source: to.url }
    : {
        type: 'SpecificResource',
        purpose: 'linking',
        source: relationEndIri(to),
        scope: sources.get(to.document) ?? URN.article + to.document,
      };
  const kind: W3cBody = { type: 'TextualBody', purpose: 'classifying', value: relation.type };
  const note = relation.note === undefined ? [] : [noteBody(relation.note)];
  const body = [end, kind, ...note];
  return annotation(URN.relation, relation, 'linking', body, relationEndIri(relation.from));
}

/** The bodies that describe one entity; an id missing from the registry keeps its URN only. */
function entityBodies(id: string, entity: Entity | undefined): W3cBody[] {
  const identity: W3cBody = {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: URN.entity + id,
  };
  if (!entity) return [identity];
  const links = Object.entries(entity.links).map(([key, value]): W3cBody => {
    const link = linkToIri(key, value);
    return link.key === undefined
      ? { type: 'SpecificResource', purpose: 'identifying', source: link.iri }
      : { type: 'SpecificResource', purpose: 'identifying', source: link.iri, label: link.key };
  });
  return [
    { type: 'TextualBody', purpose: 'tagging', value: entity.name },
    identity,
    ...links,
    { type: 'TextualBody', purpose: 'classifying', value: entity.type },
  ];
}

function target(
  span: Pick<Claim, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>,
  source: string,
): W3cTarget {
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: span.quote, prefix: span.prefix, suffix: span.suffix },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}
