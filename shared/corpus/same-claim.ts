// Likely `same-claim` pairs across the library, for the corpus view to offer: two claims of
// different articles that state the same value for the same subject and metric, or whose words
// are mostly the same (token Jaccard similarity). Pairs already linked, or rejected, are left
// out. And the links the corpus view makes in one action: a conflict as `contradicts`, an
// accepted suggestion as `same-claim`.
import { newId } from '../model/ids';
import { refKey, type AnnotationRef, type Relation } from '../model/relations';
import { normalizeValue, statementKey, type OtherValue } from './conflicts';
import type { CorpusRow } from './corpus-rows';
import { foldQuery } from './searchable-text';

/** Words in common, out of all the words of both, from which two claims are suggested. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Claims with fewer distinct words are too short to compare by their words. */
const MIN_TOKENS = 4;

export interface SameClaimSuggestion {
  /** `a/b` keys of the two claims, in a fixed order: the pair's identity (for rejections). */
  key: string;
  a: AnnotationRef;
  b: AnnotationRef;
  /** 1 for the same statement in fields; the word similarity otherwise (0.6 to 1). */
  score: number;
  reason: 'same-statement' | 'similar-text';
  /** For people: what the two have in common. */
  because: string;
}

/** The identity of an unordered pair of claims. */
export function pairKey(a: AnnotationRef, b: AnnotationRef): string {
  const [x, y] = [refKey(a), refKey(b)].sort();
  return `${x}|${y}`;
}

/**
 * Suggested `same-claim` pairs, best first: never two claims of one article, never a pair a
 * `same-claim` or `contradicts` link already joins (either way round), never one in `rejected`
 * (pair keys).
 */
export function suggestSameClaims(
  rows: readonly CorpusRow[],
  relations: readonly Relation[],
  rejected: ReadonlySet<string> = new Set(),
): SameClaimSuggestion[] {
  const linked = new Set(
    relations.flatMap((r) =>
      (r.type === 'same-claim' || r.type === 'contradicts') && 'document' in r.to
        ? [pairKey(r.from, r.to)]
        : [],
    ),
  );
  const found = new Map<string, SameClaimSuggestion>();
  const offer = (
    x: CorpusRow,
    y: CorpusRow,
    suggestion: Omit<SameClaimSuggestion, 'key' | 'a' | 'b'>,
  ) => {
    if (x.articleId === y.articleId) return;
    const a = refOf(x);
    const b = refOf(y);
    const key = pairKey(a, b);
    if (linked.has(key) || rejected.has(key)) return;
    const known = found.get(key);
    if (known && known.score >= suggestion.score) return;
    const [first, second] = refKey(a) < refKey(b) ? [a, b] : [b, a];
    found.set(key, { key, a: first, b: second, ...suggestion });
  };
  sameStatements(rows, offer);
  similarTexts(rows, offer);
  return [...found.values()].sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
}

const refOf = (row: CorpusRow): AnnotationRef => ({
  document: row.articleId,
  annotation: row.claim.id,
});

type Offer = (
  x: CorpusRow,
  y: CorpusRow,
  suggestion: Omit<SameClaimSuggestion, 'key' | 'a' | 'b'>,
) => void;

/** Claims with the same subject, metric and value (normalised, as conflicts compare them). */
function sameStatements(rows: readonly CorpusRow[], offer: Offer): void {
  const groups = new Map<string, CorpusRow[]>();
  for (const row of rows) {
    const statement = statementKey(row);
    if (!statement) continue;
    const s = row.claim.structured!;
    const key = `${statement}\u0000${normalizeValue(s.value!, s.unit)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const s = group[i]!.claim.structured!;
        const value = s.unit?.trim() ? `${s.value!.trim()} ${s.unit.trim()}` : s.value!.trim();
        offer(group[i]!, group[j]!, {
          score: 1,
          reason: 'same-statement',
          because: `same subject, metric (${s.metric!.trim()}) and value (${value})`,
        });
      }
    }
  }
}

/** The distinct words and numbers of a claim, folded (case and accents aside). */
export function claimTokens(quote: string): string[] {
  return [...new Set(foldQuery(quote).match(/[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [])];
}

/** |A ∩ B| / |A ∪ B| of two sets of distinct tokens. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let shared = 0;
  for (const t of b) if (set.has(t)) shared++;
  return shared / (a.length + b.length - shared);
}

/**
 * Pairs whose words are mostly the same. Prefix filtering keeps this far from comparing every
 * pair: with each claim's words ordered rarest first, two sets whose Jaccard similarity reaches
 * t share a word among the first |x| − ⌈t·|x|⌉ + 1 of each, so only claims sharing such a word
 * are compared.
 */
function similarTexts(rows: readonly CorpusRow[], offer: Offer): void {
  const tokens = rows.map((row) => claimTokens(row.claim.quote));
  const frequency = new Map<string, number>();
  for (const list of tokens) for (const t of list) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = (x: string, y: string) =>
    frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
  const byPrefixToken = new Map<string, number[]>();
  tokens.forEach((list, i) => {
    if (list.length < MIN_TOKENS) return;
    const sorted = [...list].sort(rarestFirst);
    const prefix = sorted.length - Math.ceil(SIMILARITY_THRESHOLD * sorted.length) + 1;
    const candidates = new Set<number>();
    for (const t of sorted.slice(0, prefix)) {
      const seen = byPrefixToken.get(t);
      if (seen) for (const j of seen) candidates.add(j);
      if (seen) seen.push(i);
      else byPrefixToken.set(t, [i]);
    }
    for (const j of candidates) {
      const score = jaccard(list, tokens[j]!);
      if (score < SIMILARITY_THRESHOLD) continue;
      offer(rows[j]!, rows[i]!, {
        score: Math.round(score * 100) / 100,
        reason: 'similar-text',
        because: `${Math.round(score * 100)}% of their words in common`,
      });
    }
  });
}

/** When and by whom a link the corpus view makes was made. */
export interface LinkOrigin {
  now: string;
  annotator?: string;
  /** Given in tests; a new `rel_…` id otherwise. */
  id?: string;
}

function link(
  type: 'contradicts' | 'same-claim',
  from: AnnotationRef,
  to: AnnotationRef,
  { now, annotator, id }: LinkOrigin,
): Relation {
  return {
    id: id ?? newId('rel'),
    type,
    from,
    to,
    ...(annotator === undefined ? {} : { annotator }),
    createdAt: now,
  };
}

/** A conflict the corpus view found (a row and a value another article gives) as a link. */
export function contradictsRelation(
  row: CorpusRow,
  other: OtherValue,
  origin: LinkOrigin,
): Relation {
  return link(
    'contradicts',
    refOf(row),
    { document: other.articleId, annotation: other.claimId },
    origin,
  );
}

/** An accepted suggestion as a link, from its first claim to its second. */
export function sameClaimRelation(suggestion: SameClaimSuggestion, origin: LinkOrigin): Relation {
  return link('same-claim', suggestion.a, suggestion.b, origin);
}
