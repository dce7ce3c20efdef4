// Finds every whole-word occurrence of known names in a text in one pass: the names are
// compiled into a trie over word pieces, and overlapping hits are settled longest first.
import { CodePointIndex } from '../text/code-points';
import { foldToken, gapBefore, isCaseSensitive, tokenizeName } from './name-tokens';
import type { MatchEntry, MentionSuggestion } from './types';

interface TrieNode {
  /** Keyed by gap kind, case mode and token: `~|s|Llama`, `~|i|maverick` (the root: `|s|…`). */
  children: Map<string, TrieNode>;
  /** Entries whose name ends here, in the order they were given (registry before gazetteer). */
  entries: number[];
}

const newNode = (): TrieNode => ({ children: new Map(), entries: [] });
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Marks that glue two word pieces into one word ("GPT-4.5", "01.AI", "DALL·E"). */
const INNER_JOINER = /[.\u00b7]/;

/** The names of `entries`, compiled once; `find` runs over any number of texts. */
export class EntityMatcher {
  private readonly root = newNode();
  /** The root's children again, keyed by the bare token: the lookup made for every word. */
  private readonly firstExact = new Map<string, TrieNode>();
  private readonly firstLoose = new Map<string, TrieNode>();
  private readonly maxDepth: number;

  constructor(readonly entries: readonly MatchEntry[]) {
    let depth = 0;
    entries.forEach((entry, index) => {
      for (const name of new Set(entry.names)) {
        const trimmed = name.trim();
        const tokens = tokenizeName(trimmed);
        if (tokens.length === 0) continue;
        const exact = isCaseSensitive(trimmed);
        let node = this.root;
        for (const [i, t] of tokens.entries()) {
          const key = edgeKey(
            gapBefore(trimmed, tokens, i),
            exact ? 's' : 'i',
            exact ? t.text : foldToken(t.text),
          );
          let child = node.children.get(key);
          if (!child) node.children.set(key, (child = newNode()));
          node = child;
        }
        if (!node.entries.includes(index)) node.entries.push(index);
        depth = Math.max(depth, tokens.length);
      }
    });
    this.maxDepth = depth;
    for (const [key, node] of this.root.children) {
      const [, mode, token] = key.split('|', 3) as [string, string, string];
      (mode === 's' ? this.firstExact : this.firstLoose).set(token, node);
    }
  }

  /** Every occurrence, longest first where they overlap, sorted by start (code points). */
  find(text: string, index: CodePointIndex = new CodePointIndex(text)): MentionSuggestion[] {
    const tokens = tokenizeName(text);
    const folded = new Array<string | undefined>(tokens.length);
    const fold = (j: number) => (folded[j] ??= foldToken(tokens[j]!.text));
    const hits: { start: number; end: number; entry: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no name: one lookup each, before any other work.
      const first = tokens[i]!;
      const exactStart = this.firstExact.get(first.text);
      const looseStart = this.firstLoose.get(fold(i));
      if (!exactStart && !looseStart) continue;
      if (!startsWord(text, first.start)) continue;
      let frontier: TrieNode[] = [exactStart, looseStart].filter((n) => n !== undefined);
      for (let j = i; frontier.length > 0;) {
        const t = tokens[j]!;
        if (endsWord(text, t.end)) {
          for (const node of frontier) {
            if (node.entries.length > 0)
              hits.push({ start: first.start, end: t.end, entry: node.entries[0]! });
          }
        }
        if (++j >= tokens.length || j - i >= this.maxDepth) break;
        const next = tokens[j]!;
        const gap = gapBefore(text, tokens, j);
        const following: TrieNode[] = [];
        for (const node of frontier) {
          if (node.children.size === 0) continue;
          const exact = node.children.get(edgeKey(gap, 's', next.text));
          if (exact) following.push(exact);
          const loose = node.children.get(edgeKey(gap, 'i', fold(j)));
          if (loose) following.push(loose);
        }
        frontier = following;
      }
    }
    return settleOverlaps(hits).map((hit) => this.suggestion(text, index, hit));
  }

  private suggestion(
    text: string,
    index: CodePointIndex,
    hit: { start: number; end: number; entry: number },
  ): MentionSuggestion {
    const entry = this.entries[hit.entry]!;
    const start = index.toCodePoint(hit.start);
    const end = index.toCodePoint(hit.end);
    const suggestion: MentionSuggestion = {
      id: `sm_${start}_${end}`,
      start,
      end,
      quote: text.slice(hit.start, hit.end),
      name: entry.canonical,
      type: entry.type,
      source: entry.entity ? 'registry' : entry.gazetteerId ? 'gazetteer' : 'ner',
    };
    if (entry.entity) suggestion.entity = entry.entity;
    if (entry.gazetteerId) suggestion.gazetteerId = entry.gazetteerId;
    return suggestion;
  }
}

/** Finds the mentions of `entries` in `text` (compiles them first; see `EntityMatcher`). */
export function findEntityMentions(
  text: string,
  entries: readonly MatchEntry[],
): MentionSuggestion[] {
  return new EntityMatcher(entries).find(text);
}

function edgeKey(gap: string, mode: 's' | 'i', token: string): string {
  return `${gap}|${mode}|${token}`;
}

/** A name starts a word: nothing word-like before it, nor a dot that glues it to one. */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  if (WORD_CHAR.test(before)) return false;
  return !(INNER_JOINER.test(before) && at >= 2 && WORD_CHAR.test(text[at - 2]!));
}

/**
 * A name ends a word: "Meta" in "Meta’s" and "Meta." but not in "Metadata", nor "GPT-4" in
 * "GPT-4.5".
 */
function endsWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const after = text[at]!;
  if (WORD_CHAR.test(after)) return false;
  return !(INNER_JOINER.test(after) && at + 1 < text.length && WORD_CHAR.test(text[at + 1]!));
}

/** Keeps the longest of overlapping hits (the earlier one on a tie), then sorts by start. */
export function settleOverlaps<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const byLength = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // One flag per offset: hits are short, so checking each is cheaper than an interval tree.
  const taken = new Uint8Array(hits.reduce((max, h) => Math.max(max, h.end), 0));
  const kept: T[] = [];
  for (const hit of byLength) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
