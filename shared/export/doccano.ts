// JSONL for doccano and spaCy, one line per article. Offsets are Python string indices, i.e.
// code points, as doccano stores them and spaCy's `doc.char_span` reads them.
//
// doccano sequence labelling (https://doccano.github.io/doccano/tutorial/, "Sequence
// labeling" import):
//   {"text": "…", "label": [[start, end, "CLAIM"], [start, end, "MODEL"], …], …}
// doccano relation extraction, also the shape spaCy relation-extraction recipes read:
//   {"text": "…", "entities": [{"id", "label", "start_offset", "end_offset"}, …],
//    "relations": [{"id", "from_id", "to_id", "type": "about"}, …], …}
// A claim is labelled CLAIM and a mention with its entity type upper-cased. A relation `about`
// goes from a claim to each mention inside it, and for each entity tagged on the claim but not
// mentioned inside it, to that entity's first mention after the claim (else its last before). Extra keys (`article_id`, `title`)
// are kept by doccano as metadata and ignored by spaCy readers.
import { byReadingOrder, type Claim, type Mention } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import type { ExportInput } from './factmark-json';
import { CLAIM_LABEL, entityIndex, upperLabel } from './labels';
import { partitionPoint } from '../text/partition-point';

export const RELATION_ABOUT = 'about';
/** Label of a mention whose entity is missing from the registry. */
export const UNKNOWN_LABEL = 'ENTITY';

export interface DoccanoLine {
  text: string;
  label: Array<[number, number, string]>;
  article_id: string;
  title: string;
}

export interface RelationsLine {
  text: string;
  entities: Array<{ id: number; label: string; start_offset: number; end_offset: number }>;
  relations: Array<{ id: number; from_id: number; to_id: number; type: string }>;
  article_id: string;
  title: string;
}

export function buildDoccanoLines({ articles, entities }: ExportInput): DoccanoLine[] {
  const byId = entityIndex(entities);
  return articles.map((article) => ({
    text: article.text,
    label: labelledSpans(article, byId).map((s): [number, number, string] => [
      s.start,
      s.end,
      s.label,
    ]),
    article_id: article.id,
    title: article.title,
  }));
}

export function buildRelationLines({ articles, entities }: ExportInput): RelationsLine[] {
  const byId = entityIndex(entities);
  // Ids are numbers, unique across the file, as doccano writes them.
  let nextSpanId = 1;
  let nextRelationId = 1;
  return articles.map((article) => {
    const claims = [...article.claims].sort(byReadingOrder);
    const mentions = [...article.mentions].sort(byReadingOrder);
    const claimIds = claims.map(() => nextSpanId++);
    const mentionIds = mentions.map(() => nextSpanId++);
    const spans = [
      ...claims.map((c, i) => span(claimIds[i]!, upperLabel(CLAIM_LABEL), c)),
      ...mentions.map((m, i) => span(mentionIds[i]!, mentionLabel(m, byId), m)),
    ];
    const byEntity = mentionsByEntity(mentions);
    const relations: RelationsLine['relations'] = [];
    claims.forEach((claim, ci) => {
      for (const mi of aboutMentions(claim, mentions, byEntity)) {
        relations.push({
          id: nextRelationId++,
          from_id: claimIds[ci]!,
          to_id: mentionIds[mi]!,
          type: RELATION_ABOUT,
        });
      }
    });
    return {
      text: article.text,
      entities: spans,
      relations,
      article_id: article.id,
      title: article.title,
    };
  });
}

function span(id: number, label: string, s: { start: number; end: number }) {
  return { id, label, start_offset: s.start, end_offset: s.end };
}

function labelledSpans(
  article: Article,
  entities: ReadonlyMap<string, Entity>,
): Array<{ start: number; end: number; label: string }> {
  const claimLabel = upperLabel(CLAIM_LABEL);
  return [
    ...article.claims.map((c) => ({ start: c.start, end: c.end, label: claimLabel })),
    ...article.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      label: mentionLabel(m, entities),
    })),
  ].sort(byReadingOrder);
}

function mentionLabel(mention: Mention, entities: ReadonlyMap<string, Entity>): string {
  const entity = entities.get(mention.entity);
  return entity ? upperLabel(entity.type) : UNKNOWN_LABEL;
}

/** Indexes into `mentions` (sorted by reading order) of each entity's mentions, in order. */
function mentionsByEntity(mentions: readonly Mention[]): Map<string, number[]> {
  const byEntity = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = byEntity.get(m.entity);
    if (list) list.push(i);
    else byEntity.set(m.entity, [i]);
  });
  return byEntity;
}

/**
 * Indexes (into `mentions`, sorted by reading order) of the mentions a claim is about: those
 * inside it, then for each entity tagged on the claim and not mentioned inside it, its first
 * mention starting at or after the claim's start, else its last one before. Binary searches
 * keep this linear in the output, not in claims × mentions.
 */
function aboutMentions(
  claim: Claim,
  mentions: readonly Mention[],
  byEntity: ReadonlyMap<string, readonly number[]>,
): number[] {
  const result: number[] = [];
  const inside = new Set<string>();
  for (
    let i = firstStartingAt(mentions, (k) => k, mentions.length, claim.start);
    i < mentions.length;
    i++
  ) {
    const m = mentions[i]!;
    if (m.start >= claim.end) break;
    if (m.end <= claim.end) {
      result.push(i);
      inside.add(m.entity);
    }
  }
  for (const entityId of claim.entities) {
    const list = byEntity.get(entityId);
    if (inside.has(entityId) || !list) continue;
    const k = firstStartingAt(mentions, (j) => list[j]!, list.length, claim.start);
    result.push(list[Math.min(k, list.length - 1)]!);
  }
  return result;
}

/** The first j in [0, n) whose mention `mentions[at(j)]` starts at or after `start`, else n. */
function firstStartingAt(
  mentions: readonly Mention[],
  at: (j: number) => number,
  n: number,
  start: number,
): number {
  return partitionPoint(n, (i) => mentions[at(i)]!.start < start);
}

/** One JSON document per line, `\n` after each, as JSON Lines asks. */
export function toJsonLines(lines: readonly unknown[]): string {
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
