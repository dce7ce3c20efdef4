// Inter-annotator agreement over a library's layers (docs/agreement.md): per pair of
// annotators, how many claims and mentions both marked (F1), how alike their statuses are on
// the claims both marked (Cohen's κ), and across everyone, Krippendorff's α on the statuses of
// each claim span two or more marked. The adjudicated layer is a result, not a coder: left out.
import type { Claim, Mention } from '../model/annotations';
import { ADJUDICATED } from '../model/annotators';
import type { EntityRegistry } from '../model/entities';
import { entityResolver } from '../model/registry-ops';
import { annotatorOf, compareNames } from './layers';
import { cohensKappa, krippendorffAlphaNominal } from './reliability';

/** One article's annotations, every layer (a corpus document or an article will do). */
export interface AgreementDocument {
  articleId: string;
  claims: readonly Claim[];
  mentions: readonly Mention[];
}

export interface AgreementOptions {
  /** The annotator of annotations written before layers (the library's first annotator). */
  fallbackAnnotator: string;
  /**
   * What a mention's entity is, to compare by: e.g. `type + name` after following merges, or
   * null for a deleted entity (its mentions are not counted). Default: the id itself.
   */
  entityKey?: (entityId: string) => string | null;
}

/** How many spans each of two annotators marked, how many of them match, and the F1. */
export interface MatchCounts {
  a: number;
  b: number;
  matched: number;
  /** 2·matched / (a + b); null when neither marked anything. */
  f1: number | null;
}

export interface PairAgreement {
  a: string;
  b: string;
  /** Claims with identical start and end. */
  claims: MatchCounts;
  /** Mentions with identical start, end and entity. */
  mentions: MatchCounts;
  /** Cohen's κ over the statuses of the pair's matched claims. */
  statusKappa: number | null;
  /** Claims overlapping by at least half the shorter one, matched one to one (at most). */
  claimsOverlap: MatchCounts;
}

export interface AgreementFigures {
  annotators: string[];
  pairs: PairAgreement[];
  /** Krippendorff's α (nominal) over the statuses of claim spans two or more annotators marked. */
  statusAlpha: number | null;
}

export interface AgreementReport extends AgreementFigures {
  /** The same figures for each article (those with annotations of two or more annotators). */
  articles: Array<{ articleId: string } & AgreementFigures>;
}

/** One annotator's layer of one article, in the shape the figures are computed on. */
interface Layer {
  /** Claims by span `start:end` (a span may hold more than one claim of a layer). */
  claims: Map<string, Claim[]>;
  claimCount: number;
  claimSpans: Claim[];
  /** Mention keys `start:end:entity` and how many mentions each. */
  mentions: Map<string, number>;
  mentionCount: number;
}

/** Adds up the pair figures over articles before they become F1 and κ. */
interface PairTally {
  claims: [number, number, number];
  mentions: [number, number, number];
  overlap: [number, number, number];
  statuses: Array<[string, string]>;
}

export function computeAgreement(
  documents: readonly AgreementDocument[],
  options: AgreementOptions,
): AgreementReport {
  const pooledTallies = new Map<string, PairTally>();
  const pooledUnits: string[][] = [];
  const pooledAnnotators = new Set<string>();
  const articles: AgreementReport['articles'] = [];

  for (const document of documents) {
    const layers = layersOf(document, options);
    const annotators = [...layers.keys()].sort(compareNames);
    annotators.forEach((name) => pooledAnnotators.add(name));
    if (annotators.length < 2) continue;
    const tallies = new Map<string, PairTally>();
    for (const [i, a] of annotators.entries()) {
      for (const b of annotators.slice(i + 1)) {
        const tally = pairTally(layers.get(a)!, layers.get(b)!);
        tallies.set(pairKey(a, b), tally);
        addTally(pooledTallies, pairKey(a, b), tally);
      }
    }
    const units = statusUnits(layers);
    pooledUnits.push(...units);
    articles.push({
      articleId: document.articleId,
      ...figures(annotators, tallies, units),
    });
  }
  return {
    ...figures([...pooledAnnotators].sort(compareNames), pooledTallies, pooledUnits),
    articles,
  };
}

/**
 * F1 as 2·matched / (a + b), the harmonic mean of precision and recall whichever side is taken
 * as the reference; null when neither side marked anything.
 */
export function f1(a: number, b: number, matched: number): number | null {
  return a + b === 0 ? null : (2 * matched) / (a + b);
}

/**
 * How many claims of two layers can be paired one to one when each pair overlaps by at least
 * half the shorter claim: a maximum bipartite matching (augmenting paths, Kuhn), so the count
 * does not depend on the order claims were made in.
 */
export function overlapMatches(
  first: ReadonlyArray<{ start: number; end: number }>,
  second: ReadonlyArray<{ start: number; end: number }>,
): number {
  const a = [...first].sort(byStart);
  const b = [...second].sort(byStart);
  const edges: number[][] = a.map((x) => {
    const near: number[] = [];
    for (let j = 0; j < b.length && b[j]!.start < x.end; j++) {
      if (overlapsByHalf(x, b[j]!)) near.push(j);
    }
    return near;
  });
  const partnerOf = new Array<number>(b.length).fill(-1);
  let matched = 0;
  for (let i = 0; i < a.length; i++) {
    if (edges[i]!.length > 0 && augment(i, edges, partnerOf, new Uint8Array(b.length))) matched++;
  }
  return matched;
}

/** Whether the shared part of two spans is at least half as long as the shorter span. */
export function overlapsByHalf(
  x: { start: number; end: number },
  y: { start: number; end: number },
): boolean {
  const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  if (shared <= 0) return false;
  return 2 * shared >= Math.min(x.end - x.start, y.end - y.start);
}

/** Kuhn's augmenting path from `i`, iterative so a long chain cannot overflow the stack. */
function augment(
  root: number,
  edges: readonly number[][],
  partnerOf: number[],
  seen: Uint8Array,
): boolean {
  // Each frame: an `a` index and how far through its edges it has got, and the `b` it came by.
  const stack: Array<{ i: number; next: number; via: number }> = [{ i: root, next: 0, via: -1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const near = edges[frame.i]!;
    if (frame.next >= near.length) {
      stack.pop();
      continue;
    }
    const j = near[frame.next++]!;
    if (seen[j]) continue;
    seen[j] = 1;
    if (partnerOf[j] === -1) {
      // Free: flip the path, each `a` on the stack taking the `b` the next frame came by.
      partnerOf[j] = frame.i;
      for (let k = stack.length - 1; k > 0; k--) partnerOf[stack[k]!.via] = stack[k - 1]!.i;
      return true;
    }
    stack.push({ i: partnerOf[j]!, next: 0, via: j });
  }
  return false;
}

function byStart(x: { start: number; end: number }, y: { start: number; end: number }): number {
  return x.start - y.start || x.end - y.end;
}

function layersOf(document: AgreementDocument, options: AgreementOptions): Map<string, Layer> {
  const entityKey = options.entityKey ?? ((id: string) => id);
  const layers = new Map<string, Layer>();
  const layer = (annotator: string): Layer => {
    let found = layers.get(annotator);
    if (!found) {
      found = {
        claims: new Map(),
        claimCount: 0,
        claimSpans: [],
        mentions: new Map(),
        mentionCount: 0,
      };
      layers.set(annotator, found);
    }
    return found;
  };
  for (const claim of document.claims) {
    const annotator = annotatorOf(claim, options.fallbackAnnotator);
    if (annotator === ADJUDICATED) continue;
    const into = layer(annotator);
    const key = `${claim.start}:${claim.end}`;
    const same = into.claims.get(key);
    if (same) same.push(claim);
    else into.claims.set(key, [claim]);
    into.claimCount++;
    into.claimSpans.push(claim);
  }
  for (const mention of document.mentions) {
    const annotator = annotatorOf(mention, options.fallbackAnnotator);
    if (annotator === ADJUDICATED) continue;
    const entity = entityKey(mention.entity);
    if (entity === null) continue;
    const into = layer(annotator);
    const key = `${mention.start}:${mention.end}:${entity}`;
    into.mentions.set(key, (into.mentions.get(key) ?? 0) + 1);
    into.mentionCount++;
  }
  return layers;
}

function pairTally(a: Layer, b: Layer): PairTally {
  let claimsMatched = 0;
  const statuses: Array<[string, string]> = [];
  for (const [span, mine] of a.claims) {
    const theirs = b.claims.get(span);
    if (!theirs) continue;
    const n = Math.min(mine.length, theirs.length);
    claimsMatched += n;
    for (let k = 0; k < n; k++) statuses.push([mine[k]!.status, theirs[k]!.status]);
  }
  let mentionsMatched = 0;
  for (const [key, count] of a.mentions)
    mentionsMatched += Math.min(count, b.mentions.get(key) ?? 0);
  return {
    claims: [a.claimCount, b.claimCount, claimsMatched],
    mentions: [a.mentionCount, b.mentionCount, mentionsMatched],
    overlap: [a.claimCount, b.claimCount, overlapMatches(a.claimSpans, b.claimSpans)],
    statuses,
  };
}

/** Each claim span two or more annotators marked: the statuses they gave it, one per annotator. */
function statusUnits(layers: ReadonlyMap<string, Layer>): string[][] {
  const units = new Map<string, string[]>();
  for (const layer of layers.values()) {
    for (const [span, claims] of layer.claims) {
      const values = units.get(span);
      // One value per coder and unit: a layer's first claim on the span speaks for it.
      if (values) values.push(claims[0]!.status);
      else units.set(span, [claims[0]!.status]);
    }
  }
  return [...units.values()].filter((values) => values.length >= 2);
}

function figures(
  annotators: string[],
  tallies: ReadonlyMap<string, PairTally>,
  units: readonly string[][],
): AgreementFigures {
  const pairs: PairAgreement[] = [];
  for (const [i, a] of annotators.entries()) {
    for (const b of annotators.slice(i + 1)) {
      const tally = tallies.get(pairKey(a, b));
      // Two annotators who never marked the same article have nothing to compare.
      if (!tally) continue;
      pairs.push({
        a,
        b,
        claims: counts(tally.claims),
        mentions: counts(tally.mentions),
        statusKappa: cohensKappa(tally.statuses),
        claimsOverlap: counts(tally.overlap),
      });
    }
  }
  return { annotators, pairs, statusAlpha: krippendorffAlphaNominal(units) };
}

function counts([a, b, matched]: readonly [number, number, number]): MatchCounts {
  return { a, b, matched, f1: f1(a, b, matched) };
}

function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

function addTally(into: Map<string, PairTally>, key: string, tally: PairTally): void {
  const sum = into.get(key);
  if (!sum) {
    into.set(key, {
      claims: [...tally.claims],
      mentions: [...tally.mentions],
      overlap: [...tally.overlap],
      statuses: [...tally.statuses],
    });
    return;
  }
  for (const field of ['claims', 'mentions', 'overlap'] as const) {
    for (let k = 0; k < 3; k++) sum[field][k]! += tally[field][k]!;
  }
  sum.statuses.push(...tally.statuses);
}

/**
 * Mentions compare by the entity their id stands for now: merges followed, deleted ones
 * dropped (null), then by type and name, so two entries for one thing still agree.
 */
export function registryEntityKey(
  registry: Pick<EntityRegistry, 'entities' | 'redirects' | 'deleted'>,
): (entityId: string) => string | null {
  const resolve = entityResolver(registry);
  const byId = new Map(registry.entities.map((e) => [e.id, e]));
  return (id) => {
    const resolved = resolve(id);
    if (resolved === null) return null;
    const entity = byId.get(resolved);
    return entity ? JSON.stringify([entity.type, entity.name]) : resolved;
  };
}
