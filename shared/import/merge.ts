// Plans how imported articles and entities join a library, without touching it: what to add,
// what to update, and the conflicts to show the user. The core applies the plan to the disk.
//
// Articles are the same when their contentHash is (and their text, which the hash is of).
// Entities are the same when their id is, or their name (ignoring case) and type are; an
// imported entity that matches a library one by name takes the library's id everywhere.
// Within an article, a claim is the same claim when its id is, or its span in the same
// annotator's layer; a mention when its id is, or its span and entity in the same layer. An
// annotation without an annotator (written before layers) is in whichever layer it meets. Nothing is dropped unlisted: where both sides changed a claim,
// the one updated last is kept (the library's on a tie) and the difference is a conflict.
import { claimEntityIds, type Claim, type Mention } from '../model/annotations';
import type { Article } from '../model/article';
import { newId } from '../model/ids';
import { sameRelation, type Relation } from '../model/relations';
import { mergeEntities, planTypes, remapEntities } from './merge-entities';
import { emptyPlan, type MergeIncoming, type MergeLibrary, type MergePlan } from './merge-plan';

export type { MergeConflict, MergeIncoming, MergeLibrary, MergePlan } from './merge-plan';

export function planMerge(library: MergeLibrary, incoming: MergeIncoming): MergePlan {
  const plan = emptyPlan();
  const entityIds = mergeEntities(library.entities, incoming, plan);
  planTypes(library.types, plan);

  const byHash = new Map(library.articles.map((a) => [a.contentHash, a]));
  const usedArticleIds = new Set(library.articles.map((a) => a.id));
  const planned = new Map<string, Article>(); // contentHash → the article as planned
  // An imported article or annotation may take another id here (an article id already used, a
  // claim found by its span): relations are joined once every id is known.
  const ids = new Map<string, string>();
  const incomingRelations: Relation[] = [];
  for (const raw of incoming.articles) {
    const { relations, ...rest } = remapEntities(raw, entityIds);
    const article: Article = rest;
    incomingRelations.push(...(relations ?? []));
    const base = planned.get(article.contentHash) ?? byHash.get(article.contentHash);
    if (!base) {
      const id = usedArticleIds.has(article.id) ? newId('art') : article.id;
      usedArticleIds.add(id);
      ids.set(article.id, id);
      const added = { ...article, id };
      plan.addArticles.push(added);
      planned.set(article.contentHash, added);
      plan.counts.claimsAdded += article.claims.length;
      plan.counts.mentionsAdded += article.mentions.length;
      continue;
    }
    if (base.text !== article.text) {
      plan.conflicts.push({
        kind: 'article',
        articleId: base.id,
        id: raw.id,
        message: `"${raw.title}" has the content hash of "${base.title}" but another text; it was not imported`,
      });
      continue;
    }
    ids.set(article.id, base.id);
    const merged = mergeArticle(base, article, plan, ids);
    if (merged !== base) replacePlanned(plan, planned, base, merged);
  }
  joinRelations(plan, planned, incomingRelations, ids, library.articles);
  return plan;
}

/** Puts `merged` in the plan where `base` was (added, updated) or as a new update. */
function replacePlanned(
  plan: MergePlan,
  planned: Map<string, Article>,
  base: Article,
  merged: Article,
): void {
  const isNew = plan.addArticles.indexOf(base);
  if (isNew >= 0) plan.addArticles[isNew] = merged;
  else {
    const updated = plan.updateArticles.indexOf(base);
    if (updated >= 0) plan.updateArticles[updated] = merged;
    else plan.updateArticles.push(merged);
  }
  planned.set(merged.contentHash, merged);
}

/**
 * Adds the imported relations to the article of their claim, with the ids the merge gave their
 * ends; one the article already has (same type and ends) is not added twice, and one whose claim
 * is not in the library after the merge is reported, not kept dangling.
 */
function joinRelations(
  plan: MergePlan,
  planned: Map<string, Article>,
  relations: readonly Relation[],
  ids: ReadonlyMap<string, string>,
  libraryArticles: readonly Article[],
): void {
  if (relations.length === 0) return;
  const byId = new Map<string, Article>(libraryArticles.map((a) => [a.id, a]));
  for (const a of planned.values()) byId.set(a.id, a);
  const mapRef = (ref: { document: string; annotation: string }) => ({
    document: ids.get(ref.document) ?? ref.document,
    annotation: ids.get(`${ref.document}/${ref.annotation}`) ?? ref.annotation,
  });
  for (const raw of relations) {
    const relation: Relation = {
      ...raw,
      from: mapRef(raw.from),
      to: 'url' in raw.to ? raw.to : mapRef(raw.to),
    };
    const article = byId.get(relation.from.document);
    if (!article || !article.claims.some((c) => c.id === relation.from.annotation)) {
      plan.conflicts.push({
        kind: 'relation',
        id: raw.id,
        message: `the ${raw.type} link from claim ${raw.from.annotation} has no claim to start at; it was not imported`,
      });
      continue;
    }
    const existing = article.relations ?? [];
    if (existing.some((r) => r.id === relation.id || sameRelation(r, relation))) {
      plan.counts.unchanged++;
      continue;
    }
    const merged = { ...article, relations: [...existing, relation] };
    replacePlanned(plan, planned, article, merged);
    byId.set(merged.id, merged);
    plan.counts.relationsAdded++;
  }
}

/** The article with the incoming annotations merged in, or `base` itself when nothing changed. */
function mergeArticle(
  base: Article,
  incoming: Article,
  plan: MergePlan,
  ids: Map<string, string>,
): Article {
  const claims = [...base.claims];
  const mentions = [...base.mentions];
  const orphans = [...base.orphans];
  let changed = false;

  const mentionById = new Map(mentions.map((m, i) => [m.id, i]));
  const mentionBySpan = new LayeredIndex(mentions, mentionKey);
  for (const original of incoming.mentions) {
    const mention = ownId(original, mentionById, mentions, 'men');
    const key = mentionKey(mention);
    const i = mentionById.get(mention.id);
    if (i !== undefined) {
      const current = mentions[i]!;
      if (mentionKey(current) === key) plan.counts.unchanged++;
      else {
        plan.conflicts.push({
          kind: 'mention',
          articleId: base.id,
          id: current.id,
          message: `the mention "${shorten(current.quote)}" is "${shorten(mention.quote)}" (${mention.entity}) in the file; the library's was kept`,
        });
      }
      continue;
    }
    if (mentionBySpan.find(mention) !== undefined) {
      plan.counts.unchanged++;
      continue;
    }
    mentionBySpan.add(mention, mentions.length);
    mentionById.set(mention.id, mentions.length);
    mentions.push(mention);
    plan.counts.mentionsAdded++;
    changed = true;
  }

  const claimById = new Map(claims.map((c, i) => [c.id, i]));
  const claimBySpan = new LayeredIndex(claims, claimKey);
  for (const original of incoming.claims) {
    const claim = ownId(original, claimById, claims, 'clm');
    const i = claimById.get(claim.id) ?? claimBySpan.find(claim);
    if (i === undefined) {
      claimById.set(claim.id, claims.length);
      claimBySpan.add(claim, claims.length);
      claims.push(claim);
      plan.counts.claimsAdded++;
      changed = true;
      continue;
    }
    const current = claims[i]!;
    if (current.id !== claim.id) ids.set(`${incoming.id}/${claim.id}`, current.id);
    const differences = claimDifferences(current, claim, mentions);
    if (differences.length === 0) {
      plan.counts.unchanged++;
      continue;
    }
    const takeIncoming = claim.updatedAt > current.updatedAt;
    plan.conflicts.push({
      kind: 'claim',
      articleId: base.id,
      id: current.id,
      message: `the claim "${shorten(current.quote)}" differs in ${differences.join(', ')}; the ${takeIncoming ? "file's" : "library's"} version, updated last, was kept`,
    });
    if (takeIncoming) {
      // The layer stays the library's: an import never moves a claim to someone else's.
      claims[i] = {
        ...claim,
        id: current.id,
        createdAt: current.createdAt,
        ...(current.annotator !== undefined ? { annotator: current.annotator } : {}),
      };
      plan.counts.claimsUpdated++;
      changed = true;
    }
  }

  const evidence = [...(base.evidence ?? [])];
  const evidenceById = new Set(evidence.map((e) => e.id));
  const evidenceBySpan = new Map(evidence.map((e) => [`${e.start}:${e.end}`, e.id]));
  for (const passage of incoming.evidence ?? []) {
    if (evidenceById.has(passage.id)) {
      plan.counts.unchanged++;
      continue;
    }
    const same = evidenceBySpan.get(`${passage.start}:${passage.end}`);
    if (same !== undefined) {
      ids.set(`${incoming.id}/${passage.id}`, same);
      plan.counts.unchanged++;
      continue;
    }
    evidenceById.add(passage.id);
    evidenceBySpan.set(`${passage.start}:${passage.end}`, passage.id);
    evidence.push(passage);
    changed = true;
  }

  const annotationIds = new Set([...claims, ...mentions, ...orphans].map((a) => a.id));
  for (const orphan of incoming.orphans) {
    if (annotationIds.has(orphan.id)) continue;
    orphans.push(orphan);
    changed = true;
  }

  if (!changed) return base;
  const updatedAt = incoming.updatedAt > base.updatedAt ? incoming.updatedAt : base.updatedAt;
  return {
    ...base,
    claims,
    mentions,
    orphans,
    ...(evidence.length ? { evidence } : {}),
    updatedAt,
  };
}

/**
 * The fields in which two versions of a claim differ; entities as the export sees them (tagged
 * or mentioned inside), against the merged mentions, since a file lists both kinds as one.
 */
function claimDifferences(a: Claim, b: Claim, mentions: readonly Mention[]): string[] {
  const differences: string[] = [];
  if (a.start !== b.start || a.end !== b.end) differences.push('span');
  if (a.status !== b.status) differences.push('status');
  if (a.note !== b.note) differences.push('note');
  if (JSON.stringify(a.evidence ?? []) !== JSON.stringify(b.evidence ?? [])) {
    differences.push('evidence');
  }
  if (JSON.stringify(a.structured ?? {}) !== JSON.stringify(b.structured ?? {})) {
    differences.push('structured fields');
  }
  const aEntities = new Set(claimEntityIds(a, mentions));
  const bEntities = claimEntityIds(b, mentions);
  if (aEntities.size !== new Set(bEntities).size || bEntities.some((id) => !aEntities.has(id))) {
    differences.push('entities');
  }
  return differences;
}

/**
 * An incoming annotation whose id the library gives to one in another annotator's layer (a
 * layer exported and imported into another) is a new annotation: it gets an id of its own.
 */
function ownId<T extends { id: string; annotator?: string }>(
  incoming: T,
  byId: ReadonlyMap<string, number>,
  existing: readonly T[],
  prefix: 'clm' | 'men',
): T {
  const i = byId.get(incoming.id);
  const current = i === undefined ? undefined : existing[i];
  const otherLayer =
    current?.annotator !== undefined &&
    incoming.annotator !== undefined &&
    current.annotator !== incoming.annotator;
  return otherLayer ? { ...incoming, id: newId(prefix) } : incoming;
}

const claimKey = (c: Claim) => `${c.start}:${c.end}`;
const mentionKey = (m: Mention) => `${m.start}:${m.end}:${m.entity}`;

/**
 * Annotations by a key (their span), per layer: `find` gives the index of one with the same key
 * in the same annotator's layer, or, where either side has no annotator, in any layer.
 */
class LayeredIndex<T extends { annotator?: string }> {
  private readonly byKey = new Map<
    string,
    Array<{ annotator: string | undefined; index: number }>
  >();

  constructor(
    items: readonly T[],
    private readonly keyOf: (item: T) => string,
  ) {
    items.forEach((item, index) => this.add(item, index));
  }

  add(item: T, index: number): void {
    const key = this.keyOf(item);
    const entry = { annotator: item.annotator, index };
    const list = this.byKey.get(key);
    if (list) list.push(entry);
    else this.byKey.set(key, [entry]);
  }

  find(item: T): number | undefined {
    const list = this.byKey.get(this.keyOf(item));
    if (!list) return undefined;
    const same = list.find((e) => e.annotator === item.annotator);
    if (same) return same.index;
    return list.find((e) => e.annotator === undefined || item.annotator === undefined)?.index;
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
