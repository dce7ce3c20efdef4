// Reads Label Studio tasks back (the inverse of shared/export/label-studio.ts): a list of
// `{ data: { text, title? }, annotations: [{ completed_by?, result }], predictions? }`. Each
// annotation is one annotator's work: its regions and relations go to the layer named by
// `completed_by` (a name; a user id number becomes `user <id>`); an annotation without it, and
// predictions when a task has no annotations, go to no layer. Regions labelled `Claim` become
// claims, `Evidence` evidence passages, others mentions; a relation result of one of our types
// (`supports`, `same-claim` …) between two regions of one annotation is kept. Offsets count
// code points, as Label Studio's Text tag does; a region's `text` must be the text there.
import { LABEL_STUDIO_EVIDENCE_LABEL, LABEL_STUDIO_UNKNOWN_LABEL } from '../export/label-studio';
import { mentionLabelType } from '../export/labels';
import { AnnotatorNameSchema } from '../model/annotators';
import { EntityCollector } from './entity-collector';
import { ImportError, isRecord, readJson, type FieldPath } from './errors';
import { formatJsonPath } from './json-path';
import { LabelledDocument, type SpanLabels } from './labelled-spans';
import type { ImportedAnnotations, ImportedDocument, ImportOptions } from './types';

const LABELS: SpanLabels = {
  evidence: LABEL_STUDIO_EVIDENCE_LABEL,
  untyped: LABEL_STUDIO_UNKNOWN_LABEL,
  mentionType: mentionLabelType,
};

export function parseLabelStudioTasks(
  json: unknown,
  { fileName = 'Label Studio JSON', now = new Date().toISOString() }: ImportOptions = {},
): ImportedAnnotations {
  const value = readJson(json, fileName);
  const tasks = Array.isArray(value) ? value : [value];
  const entities = new EntityCollector();
  const documents: ImportedDocument[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  tasks.forEach((task, t) => {
    const data = isRecord(task) && isRecord(task.data) ? task.data : undefined;
    if (!data || typeof data.text !== 'string') {
      problems.push(`[${t}].data.text: a task needs the document's text`);
      return;
    }
    const doc = new LabelledDocument(data.text, LABELS, entities, now);
    for (const [field, annotation, a] of annotationsOf(task as Record<string, unknown>)) {
      const path = [t, field, a];
      if (!isRecord(annotation) || !Array.isArray(annotation.result)) {
        doc.fail(path, 'an annotation needs a result list');
        continue;
      }
      readResult(
        annotation.result,
        [...path, 'result'],
        annotator(annotation, path, doc),
        doc,
        warnings,
      );
    }
    problems.push(...doc.problems);
    documents.push(doc.document(typeof data.title === 'string' ? data.title : undefined));
  });
  if (problems.length > 0) throw new ImportError(fileName, problems);
  return { entities: entities.entities(), documents, warnings };
}

/** The annotations of a task; its predictions only when it has no annotation. */
function annotationsOf(task: Record<string, unknown>): Array<[string, unknown, number]> {
  const list = (field: string) =>
    Array.isArray(task[field])
      ? (task[field] as unknown[]).map((a, i): [string, unknown, number] => [field, a, i])
      : [];
  const annotations = list('annotations');
  return annotations.length > 0 ? annotations : list('predictions');
}

/** Whose layer an annotation is: `completed_by` as a name, or a user id as `user <id>`. */
function annotator(
  annotation: Record<string, unknown>,
  path: FieldPath,
  doc: LabelledDocument,
): string | undefined {
  const by = annotation.completed_by;
  if (by === undefined || by === null) return undefined;
  const name = typeof by === 'number' ? `user ${by}` : by;
  const parsed = AnnotatorNameSchema.safeParse(name);
  if (parsed.success) return parsed.data;
  doc.fail([...path, 'completed_by'], parsed.error.issues[0]?.message ?? 'not an annotator name');
  return undefined;
}

function readResult(
  result: unknown[],
  path: FieldPath,
  who: string | undefined,
  doc: LabelledDocument,
  warnings: string[],
): void {
  const ids = new Map<unknown, string>();
  const relations: Array<[Record<string, unknown>, number]> = [];
  result.forEach((item, i) => {
    if (!isRecord(item)) return doc.fail([...path, i], 'a result is an object');
    if (item.type === 'relation') return void relations.push([item, i]);
    const value = isRecord(item.value) ? item.value : undefined;
    const labels = value?.labels;
    if (!value || !Array.isArray(labels) || typeof labels[0] !== 'string') {
      warnings.push(`${formatJsonPath([...path, i])}: a "${String(item.type)}" result is not kept`);
      return;
    }
    const ours = doc.add({
      path: [...path, i, 'value'],
      start: value.start,
      end: value.end,
      label: labels[0],
      quote: value.text,
      annotator: who,
    });
    if (ours && item.id !== undefined) ids.set(item.id, ours);
  });
  for (const [relation, i] of relations) {
    const from = ids.get(relation.from_id);
    const to = ids.get(relation.to_id);
    const type = Array.isArray(relation.labels) ? relation.labels[0] : undefined;
    if (from === undefined || to === undefined) {
      const field = from === undefined ? 'from_id' : 'to_id';
      doc.fail([...path, i, field], 'names no region of this annotation');
    } else if (typeof type !== 'string') {
      warnings.push(`${formatJsonPath([...path, i])}: a relation without a label is not kept`);
    } else doc.relate(type, from, to, [...path, i, 'labels', 0], who);
  }
}
