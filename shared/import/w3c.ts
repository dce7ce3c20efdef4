// Reads W3C Web Annotations (https://www.w3.org/TR/annotation-model/) of one document whose
// canonical text is given: ours (shared/export/w3c.ts) exactly, and other tools' as far as
// they fit the model. Accepts an AnnotationCollection with an embedded first page, an
// AnnotationPage, a JSON array of annotations, or one annotation.
//
// Each annotation is placed by its TextPositionSelector (code points) when its quote matches
// there, else by its TextQuoteSelector (the exact text, disambiguated by prefix and suffix).
// An annotation with a `urn:factmark:claim:`/`mention:` id keeps that id; another tool's is a
// mention when it only identifies or tags one entity, and a claim otherwise. Bodies are read in
// the groups the exporter writes (a `tagging` body, or our entity URN, opens a group); a tag
// of another tool with no `classifying` body becomes an entity of type `tag`.
// Evidence passages (`urn:factmark:evidence:` ids) and `linking` annotations whose target is a
// claim of the document are read too; a link whose other end lies outside the document is left
// out with a warning, since the file does not say where that end is.
import { z } from 'zod';
import type { Claim, Mention } from '../model/annotations';
import { AnnotatorNameSchema } from '../model/annotators';
import { ARTICLE_ID, newId } from '../model/ids';
import { CodePointIndex } from '../text/code-points';
import { URN } from '../export/w3c';
import { EntityCollector } from './entity-collector';
import { failAt, FieldProblem, ImportError, readJson, zodProblems, type FieldPath } from './errors';
import { linkFields, THIS_DOCUMENT, type ImportedAnnotations, type ImportOptions } from './types';
import {
  EVIDENCE_ID,
  RELATION_ID,
  RELATION_TYPES,
  relationShapeProblem,
  type EvidencePassage,
  type Relation,
  type RelationEnd,
  type RelationType,
} from '../model/relations';
import { readBodies } from './w3c-bodies';
import { AnnotationSchema, entriesAt, type AnnotationInput } from './w3c-schemas';
import { placeSpan } from './w3c-target';

export interface W3cImportOptions extends ImportOptions {
  /** Read only the annotations whose target is this source (required when there are several). */
  source?: string;
  /**
   * The library article a target source (an address, or `urn:factmark:article:<id>`) names, so
   * that a link to an annotation of another article keeps its end; without it, or when it
   * answers undefined, such a link is left out with a warning.
   */
  documentOf?: (source: string) => string | undefined;
}

export function parseW3cAnnotations(
  json: unknown,
  text: string,
  {
    fileName = 'W3C annotations',
    now = new Date().toISOString(),
    source,
    documentOf,
  }: W3cImportOptions = {},
): ImportedAnnotations {
  const { items, path } = annotationList(readJson(json, fileName), fileName);
  const parsed = z.array(AnnotationSchema).safeParse(items);
  if (!parsed.success) throw new ImportError(fileName, zodProblems(parsed.error, path));

  const indexed = parsed.data.map((annotation, i) => ({ annotation, i }));
  const links = indexed.filter(({ annotation }) => isLink(annotation));
  const selected = selectSource(
    indexed.filter(({ annotation }) => !isLink(annotation)),
    source,
    fileName,
  );
  const index = new CodePointIndex(text);
  const entities = new EntityCollector();
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const evidence: EvidencePassage[] = [];
  const problems: string[] = [];
  const attempt = (read: () => void) => {
    try {
      read();
    } catch (err) {
      if (!(err instanceof FieldProblem)) throw err;
      problems.push(err.message);
    }
  };
  for (const { annotation, i } of selected) {
    const at = [...path, i];
    attempt(() => {
      if ((annotation.id ?? '').startsWith(URN.evidence)) {
        evidence.push(readEvidence(annotation, at, index, now));
        return;
      }
      const read = readAnnotation(annotation, at, index, entities, now);
      if (read.kind === 'claim') claims.push(read.claim);
      else mentions.push(read.mention);
    });
  }
  const local = new Set([...claims, ...mentions, ...evidence].map((a) => a.id));
  const relations: Relation[] = [];
  const warnings: string[] = [];
  const here = { local, source: source ?? selected[0]?.source, documentOf };
  for (const { annotation, i } of links) {
    attempt(() => {
      const read = readLink(annotation, [...path, i], here, now);
      if (typeof read === 'string') warnings.push(read);
      else if (read) relations.push(read);
    });
  }
  if (problems.length > 0) throw new ImportError(fileName, problems);
  return {
    entities: entities.entities(),
    documents: [
      {
        text,
        url: selected[0]?.source,
        claims,
        mentions,
        orphans: [],
        ...linkFields(evidence, relations),
      },
    ],
    warnings,
  };
}

const isLink = (annotation: AnnotationInput) =>
  [annotation.motivation ?? []].flat().includes('linking');

/** The id after a URN prefix when it has that prefix and matches `pattern`. */
function idAfter(iri: string, prefix: string, pattern: RegExp): string | null {
  if (!iri.startsWith(prefix)) return null;
  const id = iri.slice(prefix.length);
  return pattern.test(id) ? id : null;
}

function readEvidence(
  annotation: AnnotationInput,
  at: FieldPath,
  text: CodePointIndex,
  now: string,
): EvidencePassage {
  const targets = entriesAt(annotation.target, [...at, 'target']);
  if (targets.length !== 1) failAt([...at, 'target'], 'an evidence passage needs one target');
  const notes = entriesAt(annotation.body, [...at, 'body']).flatMap(([body]) =>
    typeof body === 'object' && body.purpose === 'commenting' && body.value !== undefined
      ? [body.value]
      : [],
  );
  return {
    id: idAfter(annotation.id ?? '', URN.evidence, EVIDENCE_ID) ?? newId('evi'),
    ...placeSpan(...targets[0]!, text),
    note: notes.join('\n'),
    createdAt: annotation.created ?? now,
    ...creatorName(annotation),
  };
}

/** What a link's other end is looked up in: this document's annotations, and the library. */
interface LinkContext {
  /** Ids of this document's annotations. */
  local: ReadonlySet<string>;
  /** This document's target source. */
  source: string | undefined;
  documentOf: ((source: string) => string | undefined) | undefined;
}

/**
 * A `linking` annotation of this document as a relation; null when its claim is in another
 * document of the file, a warning when its other end is in an article it cannot name.
 */
function readLink(
  annotation: AnnotationInput,
  at: FieldPath,
  here: LinkContext,
  now: string,
): Relation | string | null {
  const [target] = [annotation.target].flat();
  const claimIri = typeof target === 'string' ? target : (target?.source ?? '');
  const claim = idAfter(claimIri, URN.claim, /^clm_[A-Za-z0-9_-]+$/);
  if (!claim || !here.local.has(claim)) return null;
  const bodies = entriesAt(annotation.body, [...at, 'body']).flatMap(([body]) =>
    typeof body === 'object' ? [body] : [],
  );
  const end = bodies.find((b) => b.purpose === 'linking');
  const type = bodies.find((b) => b.purpose === 'classifying')?.value;
  const note = bodies.find((b) => b.purpose === 'commenting')?.value;
  if (!end?.source) failAt([...at, 'body'], 'a link needs a `linking` body naming its other end');
  if (!type || !(RELATION_TYPES as readonly string[]).includes(type)) {
    failAt([...at, 'body'], `a link's type is one of ${RELATION_TYPES.join(', ')}`);
  }
  const to = linkEnd(end.source, end.scope, here);
  if (!to) {
    const where = end.scope ? ` in ${end.scope}` : '';
    return `${at.join('.')}: the link to ${end.source}${where} leaves the articles of the library; it was not imported`;
  }
  const relation = {
    id: idAfter(annotation.id ?? '', URN.relation, RELATION_ID) ?? newId('rel'),
    type: type as RelationType,
    from: { document: THIS_DOCUMENT, annotation: claim },
    to,
    ...(note === undefined ? {} : { note }),
    ...creatorName(annotation),
    createdAt: annotation.created ?? now,
  };
  const problem = relationShapeProblem(relation);
  if (problem) failAt([...at, problem.field === 'to' ? 'body' : 'target'], problem.message);
  return relation;
}

/**
 * The other end of a link: a web address, an annotation of this document, or one of the article
 * its `scope` names (by its Factmark URN, or the library's article for that source); else null.
 */
function linkEnd(iri: string, scope: string | undefined, here: LinkContext): RelationEnd | null {
  if (/^https?:\/\/\S+$/i.test(iri)) return { url: iri };
  const id = [URN.claim, URN.evidence, URN.mention]
    .map((prefix) => idAfter(iri, prefix, /^(clm|evi|men)_[A-Za-z0-9_-]+$/))
    .find((found) => found !== null);
  if (!id) return null;
  if (scope === undefined || scope === here.source) {
    return here.local.has(id) ? { document: THIS_DOCUMENT, annotation: id } : null;
  }
  const document = here.documentOf?.(scope) ?? idAfter(scope, URN.article, ARTICLE_ID);
  return document ? { document, annotation: id } : null;
}

/** The annotations of a collection, page, list or single annotation, and the path to them. */
function annotationList(value: unknown, fileName: string): { items: unknown[]; path: FieldPath } {
  if (Array.isArray(value)) return { items: value, path: [] };
  const object = (typeof value === 'object' && value !== null ? value : null) as Record<
    string,
    unknown
  > | null;
  if (!object) throw new ImportError(fileName, ['not a W3C annotation, page or collection']);
  const types = [object.type].flat();
  if (types.includes('AnnotationCollection')) {
    const first = object.first as Record<string, unknown> | string | undefined;
    if (typeof first === 'object' && first !== null && Array.isArray(first.items)) {
      return { items: first.items, path: ['first', 'items'] };
    }
    if (first === undefined && object.total === 0) return { items: [], path: [] };
    throw new ImportError(fileName, [
      'first: the collection must embed its first page with its items (pages by reference are not read)',
    ]);
  }
  if (types.includes('AnnotationPage')) {
    if (Array.isArray(object.items)) return { items: object.items, path: ['items'] };
    throw new ImportError(fileName, ['items: an AnnotationPage needs a list of items']);
  }
  if (types.includes('Annotation')) return { items: [object], path: [] };
  throw new ImportError(fileName, [
    'type: not an Annotation, AnnotationPage or AnnotationCollection',
  ]);
}

function targetOf(annotation: AnnotationInput): string | undefined {
  const [target] = [annotation.target].flat();
  return typeof target === 'string' ? target : target?.source;
}

/** The annotations of one document: the given source, or the only one there is. */
function selectSource(
  annotations: ReadonlyArray<{ annotation: AnnotationInput; i: number }>,
  source: string | undefined,
  fileName: string,
): Array<{ annotation: AnnotationInput; i: number; source: string | undefined }> {
  const all = annotations.map(({ annotation, i }) => ({
    annotation,
    i,
    source: targetOf(annotation),
  }));
  if (source !== undefined) return all.filter((a) => a.source === source);
  const sources = [...new Set(all.map((a) => a.source))];
  if (sources.length > 1) {
    throw new ImportError(fileName, [
      `the annotations target ${sources.length} documents (${sources.slice(0, 3).join(', ')}…); choose one`,
    ]);
  }
  return all;
}

function readAnnotation(
  annotation: AnnotationInput,
  at: FieldPath,
  text: CodePointIndex,
  entities: EntityCollector,
  now: string,
): { kind: 'claim'; claim: Claim } | { kind: 'mention'; mention: Mention } {
  const targets = entriesAt(annotation.target, [...at, 'target']);
  if (targets.length !== 1) failAt([...at, 'target'], 'an annotation of one span needs one target');
  const span = placeSpan(...targets[0]!, text);
  const body = readBodies(annotation, at, entities);
  const id = annotation.id ?? '';
  const createdAt = annotation.created ?? now;
  const motivations = [annotation.motivation ?? []].flat();
  const annotator = creatorName(annotation);
  const isMention =
    id.startsWith(URN.mention) ||
    (!id.startsWith(URN.claim) &&
      body.status === undefined &&
      body.notes.length === 0 &&
      body.references.length === 1 &&
      motivations.some((m) => ['identifying', 'tagging', 'classifying'].includes(m)));
  if (isMention) {
    if (body.references.length !== 1) {
      failAt(
        [...at, 'body'],
        `a mention names exactly one entity (found ${body.references.length})`,
      );
    }
    const mentionId = id.slice(URN.mention.length);
    return {
      kind: 'mention',
      mention: {
        id: /^men_[A-Za-z0-9_-]+$/.test(mentionId) ? mentionId : newId('men'),
        ...span,
        entity: entities.resolve(body.references[0]!),
        createdAt,
        ...annotator,
      },
    };
  }
  const claimId = id.slice(URN.claim.length);
  return {
    kind: 'claim',
    claim: {
      id: id.startsWith(URN.claim) && /^clm_[A-Za-z0-9_-]+$/.test(claimId) ? claimId : newId('clm'),
      ...span,
      entities: [...new Set(body.references.map((r) => entities.resolve(r)))],
      status: body.status ?? 'unreviewed',
      note: body.notes.join('\n'),
      createdAt,
      updatedAt: annotation.modified ?? createdAt,
      ...annotator,
    },
  };
}

/**
 * The annotator an annotation names as its creator: the first creator with a `name` that is a
 * valid annotator name. A creator given only by address (another tool's user IRI) names none.
 */
function creatorName(annotation: AnnotationInput): { annotator?: string } {
  for (const creator of [annotation.creator ?? []].flat()) {
    if (typeof creator === 'string') continue;
    const name = AnnotatorNameSchema.safeParse(creator.name);
    if (name.success) return { annotator: name.data };
  }
  return {};
}
