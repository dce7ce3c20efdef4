// Reads doccano and spaCy JSONL back (the inverse of shared/export/doccano.ts), one document per
// line: sequence labelling `{ text, label: [[start, end, "LABEL"], …] }`, or relation
// extraction `{ text, entities: [{ id, label, start_offset, end_offset }], relations: [{ from_id,
// to_id, type }] }`. `CLAIM` spans become claims, `EVIDENCE` spans evidence passages, other
// labels mentions of the entity their text and label name; an `about` relation from a claim to
// a mention tags the claim with that mention's entity, a relation of one of our types (`supports`,
// `same-claim` …) is kept, others are reported as warnings. Offsets count code points.
import { EntityCollector } from './entity-collector';
import { ImportError, isRecord } from './errors';
import { LabelledDocument, type SpanLabels } from './labelled-spans';
import type { ImportedAnnotations, ImportedDocument, ImportOptions } from './types';
import { RELATION_ABOUT, UNKNOWN_LABEL } from '../export/doccano';
import { RELATION_TYPES } from '../model/relations';

const LABELS: SpanLabels = { evidence: 'EVIDENCE', untyped: UNKNOWN_LABEL };

export function parseDoccanoLines(
  content: string,
  { fileName = 'doccano JSONL', now = new Date().toISOString() }: ImportOptions = {},
): ImportedAnnotations {
  const entities = new EntityCollector();
  const documents: ImportedDocument[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  content.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const where = `line ${i + 1}: `;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch (error) {
      problems.push(`${where}not JSON (${(error as Error).message})`);
      return;
    }
    if (!isRecord(line) || typeof line.text !== 'string') {
      problems.push(`${where}text: a line needs the document's text`);
      return;
    }
    const doc = new LabelledDocument(line.text, LABELS, entities, now, where);
    if (Array.isArray(line.entities)) readRelationLine(line, doc, warnings, where);
    else if (Array.isArray(line.label)) readLabelLine(line.label, doc);
    else if (line.label !== undefined) doc.fail(['label'], 'a list of [start, end, label]');
    problems.push(...doc.problems);
    documents.push(doc.document(typeof line.title === 'string' ? line.title : undefined));
  });
  if (problems.length > 0) throw new ImportError(fileName, problems);
  return { entities: entities.entities(), documents, warnings };
}

/** doccano sequence labelling: `label: [[start, end, "LABEL"], …]`. */
function readLabelLine(labels: unknown[], doc: LabelledDocument): void {
  labels.forEach((entry, i) => {
    const path = ['label', i];
    if (!Array.isArray(entry) || typeof entry[2] !== 'string') {
      doc.fail(path, 'a label is [start, end, "LABEL"]');
      return;
    }
    doc.add({
      path,
      start: entry[0],
      end: entry[1],
      label: entry[2],
      fields: { start: 0, end: 1 },
    });
  });
}

/** doccano relation extraction and spaCy: `entities` with ids, `relations` between them. */
function readRelationLine(
  line: Record<string, unknown>,
  doc: LabelledDocument,
  warnings: string[],
  where: string,
): void {
  const ids = new Map<unknown, string>();
  (line.entities as unknown[]).forEach((span, i) => {
    const path = ['entities', i];
    if (!isRecord(span) || typeof span.label !== 'string') {
      doc.fail(path, 'an entity needs a label and start_offset, end_offset');
      return;
    }
    if (span.id !== undefined && ids.has(span.id)) {
      doc.fail([...path, 'id'], `id ${JSON.stringify(span.id)} is used twice`);
      return;
    }
    const ours = doc.add({
      path,
      start: span.start_offset,
      end: span.end_offset,
      label: span.label,
      fields: { start: 'start_offset', end: 'end_offset' },
    });
    if (ours && span.id !== undefined) ids.set(span.id, ours);
  });
  const relations = Array.isArray(line.relations) ? line.relations : [];
  relations.forEach((relation, i) => {
    const path = ['relations', i];
    if (!isRecord(relation) || typeof relation.type !== 'string') {
      doc.fail(path, 'a relation needs from_id, to_id and type');
      return;
    }
    const from = ids.get(relation.from_id);
    const to = ids.get(relation.to_id);
    if (from === undefined || to === undefined) {
      const field = from === undefined ? 'from_id' : 'to_id';
      doc.fail([...path, field], 'names no entity of this line');
      return;
    }
    if (relation.type === RELATION_ABOUT) doc.tagClaim(from, to, path);
    else if ((RELATION_TYPES as readonly string[]).includes(relation.type))
      doc.relate(relation.type, from, to, path);
    else warnings.push(`${where}relations[${i}]: a "${relation.type}" relation is not kept`);
  });
}
