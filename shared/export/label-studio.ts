// Label Studio task import JSON (https://labelstud.io/guide/tasks.html, "Import pre-annotated
// data"): a list of tasks `{ id, data: { text, … }, annotations: [{ result }] }` (and/or
// `predictions`, same shape plus `model_version`), each result a region of the `Labels`
// control `label` over the `Text` object `text`:
//   { id, from_name: 'label', to_name: 'text', type: 'labels',
//     value: { start, end, text, labels: ['Claim'] } }
// The project's labelling config must name those controls: see `labelStudioConfig`.
// Each annotator's layer is one annotation of the task, named by `completed_by` (Label Studio
// keeps one annotation per annotator of a task); annotations written before layers make one
// annotation without it.
//
// Evidence passages are regions labelled `Evidence`; a relation whose two ends are regions of
// the same annotation is a relation result `{ type: 'relation', from_id, to_id, direction:
// 'right', labels: [type] }` (Label Studio's `Relations` tag). Relations to a web address or
// to another article have no place there and are left out.
//
// Offsets: Label Studio's Text tag counts code points, not JavaScript's UTF-16 units, since
// its fix for emoji offsets (label-studio-frontend PR #308, issue #1008; its own test
// `web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts` expects "test" at 21–25 in
// "🐱 Warning: This is a test text"). So the canonical offsets are written unchanged; `\r\n`
// counts as two characters there too.
import { byReadingOrder } from '../model/annotations';
import type { Entity, EntityTypeId } from '../model/entities';
import type { ExportInput } from './factmark-json';
import { CLAIM_LABEL, entityIndex, EVIDENCE_LABEL, mentionTypeLabel } from './labels';
import { compareNames } from '../team/layers';
import { RELATION_TYPES, isUrlEnd, type Relation } from '../model/relations';
import { leftOutNotice, outsideArticle, placedIds, type LeftOutReason } from './left-out';

/** Label of evidence passages (never a mention's: see mentionTypeLabel). */
export const LABEL_STUDIO_EVIDENCE_LABEL = EVIDENCE_LABEL;

export const LABEL_STUDIO_FROM_NAME = 'label';
export const LABEL_STUDIO_TO_NAME = 'text';
/** Label of a mention whose entity is missing from the registry. */
export const LABEL_STUDIO_UNKNOWN_LABEL = 'Entity';

export interface LabelStudioResult {
  id: string;
  from_name: typeof LABEL_STUDIO_FROM_NAME;
  to_name: typeof LABEL_STUDIO_TO_NAME;
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
}

/** A link between two regions of one annotation (Label Studio's `Relations`). */
export interface LabelStudioRelation {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right';
  labels: string[];
}

export type LabelStudioResultItem = LabelStudioResult | LabelStudioRelation;

export interface LabelStudioTask {
  id?: number;
  data: { text: string; article_id: string; title: string; url?: string };
  annotations?: Array<{ completed_by?: string; result: LabelStudioResultItem[] }>;
  predictions?: Array<{ model_version: string; result: LabelStudioResultItem[] }>;
}

export interface LabelStudioOptions {
  /** Write the regions as finished `annotations` (default), as `predictions`, or as both. */
  as?: 'annotations' | 'predictions' | 'both';
}

export function buildLabelStudioTasks(
  { articles, entities, generator }: ExportInput,
  { as = 'annotations' }: LabelStudioOptions = {},
): LabelStudioTask[] {
  const byId = entityIndex(entities);
  return articles.map((article) => {
    const claims = [...article.claims].sort(byReadingOrder);
    const mentions = [...article.mentions].sort(byReadingOrder);
    const evidence = [...(article.evidence ?? [])].sort(byReadingOrder);
    const resultOf = (
      inLayer: (span: { annotator?: string }) => boolean,
    ): LabelStudioResultItem[] => {
      const regions = [
        ...claims.filter(inLayer).map((c) => region(c.id, c, CLAIM_LABEL)),
        ...mentions.filter(inLayer).map((m) => region(m.id, m, mentionLabel(byId.get(m.entity)))),
        ...evidence.filter(inLayer).map((e) => region(e.id, e, LABEL_STUDIO_EVIDENCE_LABEL)),
      ];
      const ids = new Set(regions.map((r) => r.id));
      return [...regions, ...relationResults((article.relations ?? []).filter(inLayer), ids)];
    };
    const result = resultOf(() => true);
    const data: LabelStudioTask['data'] = {
      text: article.text,
      article_id: article.id,
      title: article.title,
    };
    if (article.source.url) data.url = article.source.url;
    const task: LabelStudioTask = { data };
    if (as !== 'predictions') task.annotations = layerAnnotations(article, resultOf);
    if (as !== 'annotations') task.predictions = [{ model_version: generator, result }];
    return task;
  });
}

/**
 * One annotation per annotator (in name order), then one for annotations without an annotator;
 * an article with no annotations at all still gets one, empty, so the task reads as labelled.
 */
/** The relations whose two ends are regions of the annotation (`ids`), as relation results. */
function relationResults(
  relations: readonly Relation[],
  ids: ReadonlySet<string>,
): LabelStudioRelation[] {
  return relations.flatMap((r) =>
    !isUrlEnd(r.to) && ids.has(r.from.annotation) && ids.has(r.to.annotation)
      ? [
          {
            type: 'relation' as const,
            from_id: r.from.annotation,
            to_id: r.to.annotation,
            direction: 'right' as const,
            labels: [r.type],
          },
        ]
      : [],
  );
}

function layerAnnotations(
  article: ExportInput['articles'][number],
  resultOf: (inLayer: (span: { annotator?: string }) => boolean) => LabelStudioResultItem[],
): NonNullable<LabelStudioTask['annotations']> {
  const names = new Set<string | undefined>();
  for (const span of [...article.claims, ...article.mentions, ...(article.evidence ?? [])]) {
    names.add(span.annotator);
  }
  const named = [...names].filter((n): n is string => n !== undefined).sort(compareNames);
  const annotations: NonNullable<LabelStudioTask['annotations']> = named.map((name) => ({
    completed_by: name,
    result: resultOf((span) => span.annotator === name),
  }));
  if (names.has(undefined) || annotations.length === 0) {
    annotations.push({ result: resultOf((span) => span.annotator === undefined) });
  }
  return annotations;
}

function region(
  id: string,
  span: { start: number; end: number; quote: string },
  label: string,
): LabelStudioResult {
  return {
    id,
    from_name: LABEL_STUDIO_FROM_NAME,
    to_name: LABEL_STUDIO_TO_NAME,
    type: 'labels',
    value: { start: span.start, end: span.end, text: span.quote, labels: [label] },
  };
}

function mentionLabel(entity: Entity | undefined): string {
  return entity ? mentionTypeLabel(entity.type) : LABEL_STUDIO_UNKNOWN_LABEL;
}

/** The labelling config a Label Studio project needs to load these tasks. */
export function labelStudioConfig(types: readonly EntityTypeId[]): string {
  const labels = [
    CLAIM_LABEL,
    ...types.map(mentionTypeLabel),
    LABEL_STUDIO_UNKNOWN_LABEL,
    LABEL_STUDIO_EVIDENCE_LABEL,
  ];
  return [
    '<View>',
    `  <Labels name="${LABEL_STUDIO_FROM_NAME}" toName="${LABEL_STUDIO_TO_NAME}">`,
    ...labels.map((l) => `    <Label value="${escapeXml(l)}"/>`),
    '  </Labels>',
    '  <Relations>',
    ...RELATION_TYPES.map((t) => `    <Relation value="${escapeXml(t)}"/>`),
    '  </Relations>',
    `  <Text name="${LABEL_STUDIO_TO_NAME}" value="$text"/>`,
    '</View>',
    '',
  ].join('\n');
}

/**
 * What the tasks leave out: links to web pages and other articles, and, in annotations (one per
 * annotator), a link whose ends or whose author are in different layers.
 */
export function labelStudioNotices(
  { articles }: ExportInput,
  { as = 'annotations' }: LabelStudioOptions = {},
): string[] {
  const reasons: LeftOutReason[] = [];
  let total = 0;
  for (const article of articles) {
    const placed = placedIds(article);
    const layerOf = new Map(
      [...article.claims, ...article.mentions, ...(article.evidence ?? [])].map((a) => [
        a.id,
        a.annotator,
      ]),
    );
    for (const relation of article.relations ?? []) {
      total++;
      let reason = outsideArticle(relation, article.id, placed);
      if (!reason && as === 'annotations' && !isUrlEnd(relation.to)) {
        const from = layerOf.get(relation.from.annotation);
        const to = layerOf.get(relation.to.annotation);
        if (from !== to || relation.annotator !== from) reason = 'other-layer';
      }
      if (reason) reasons.push(reason);
    }
  }
  const notice = leftOutNotice('Label Studio', reasons, total, LABEL_STUDIO_LEFT_OUT_WHY);
  return notice ? [notice] : [];
}

const LABEL_STUDIO_LEFT_OUT_WHY =
  "a Label Studio relation joins two regions of one annotation of one task, so a web address, another article or another annotator's region has no place there";

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`,
  );
}
