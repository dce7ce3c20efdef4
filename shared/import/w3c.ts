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
import { z } from 'zod';
import type { Claim, Mention } from '../model/annotations';
import { AnnotatorNameSchema } from '../model/annotators';
import { newId } from '../model/ids';
import { CodePointIndex } from '../text/code-points';
import { URN } from '../export/w3c';
import { EntityCollector } from './entity-collector';
import { failAt, FieldProblem, ImportError, readJson, zodProblems, type FieldPath } from './errors';
import type { ImportedAnnotations, ImportOptions } from './types';
import { readBodies } from './w3c-bodies';
import { AnnotationSchema, entriesAt, type AnnotationInput } from './w3c-schemas';
import { placeSpan } from './w3c-target';

export interface W3cImportOptions extends ImportOptions {
  /** Read only the annotations whose target is this source (required when there are several). */
  source?: string;
}

export function parseW3cAnnotations(
  json: unknown,
  text: string,
  { fileName = 'W3C annotations', now = new Date().toISOString(), source }: W3cImportOptions = {},
): ImportedAnnotations {
  const { items, path } = annotationList(readJson(json, fileName), fileName);
  const parsed = z.array(AnnotationSchema).safeParse(items);
  if (!parsed.success) throw new ImportError(fileName, zodProblems(parsed.error, path));

  const selected = selectSource(parsed.data, source, fileName);
  const index = new CodePointIndex(text);
  const entities = new EntityCollector();
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const problems: string[] = [];
  for (const { annotation, i } of selected) {
    const at = [...path, i];
    try {
      const read = readAnnotation(annotation, at, index, entities, now);
      if (read.kind === 'claim') claims.push(read.claim);
      else mentions.push(read.mention);
    } catch (err) {
      if (!(err instanceof FieldProblem)) throw err;
      problems.push(err.message);
    }
  }
  if (problems.length > 0) throw new ImportError(fileName, problems);
  return {
    entities: entities.entities(),
    documents: [{ text, url: selected[0]?.source, claims, mentions, orphans: [] }],
    warnings: [],
  };
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
  annotations: AnnotationInput[],
  source: string | undefined,
  fileName: string,
): Array<{ annotation: AnnotationInput; i: number; source: string | undefined }> {
  const all = annotations.map((annotation, i) => ({ annotation, i, source: targetOf(annotation) }));
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
