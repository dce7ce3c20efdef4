// The suggestion engine: known names (registry, gazetteer), new model-like names and named
// people and organisations as mentions; sentences stating checkable facts as claims, with
// their structured form read where it can be. Pure and synchronous; the UI runs it in a worker.
import { CodePointIndex } from '../text/code-points';
import { claimReasons, isClaim, isFurniture } from './claim-signals';
import { EntityMatcher, settleOverlaps } from './entity-matcher';
import { knownEntries, nameKey } from './known-entries';
import { findModelNames } from './model-patterns';
import { findNamedEntities } from './named-entities';
import { splitSentences, type SentenceSpan } from './sentences';
import { readStructuredClaim } from './structured-claim';
import type { ClaimSuggestion, MentionSuggestion, SuggestOptions, Suggestions } from './types';

/** Sentences shorter than this many words ("It’s a selling point.") are not suggested. */
const MIN_CLAIM_WORDS = 4;
/**
 * The longest sentence (UTF-16 units) whose subject, metric and value are read. Pairing values
 * with names grows with their product, and a "sentence" of a thousand names and figures is a
 * table or a hostile line, not a claim to structure: it is suggested without those fields.
 */
export const MAX_STRUCTURED_SENTENCE = 2_000;

export function suggestAnnotations(text: string, options: SuggestOptions): Suggestions {
  const index = new CodePointIndex(text);
  const sentences = splitSentences(text);
  const all = findMentions(text, index, sentences, options);
  const rejected = new Set(options.rejected ?? []);
  const existingMentions = options.existing?.mentions ?? [];
  const mentions = all.filter(
    (m) =>
      !rejected.has(m.id) &&
      !existingMentions.some(
        (e) =>
          (e.start === m.start && e.end === m.end) ||
          (e.entity === m.entity && e.start < m.end && m.start < e.end),
      ),
  );
  const existingClaims = options.existing?.claims ?? [];
  const claims = findClaims(text, index, sentences, all, options).filter(
    (c) => !rejected.has(c.id) && !existingClaims.some((e) => e.start < c.end && c.start < e.end),
  );
  return { mentions, claims };
}

/** Known names first, so that they win a tie with a pattern or NER match of the same span. */
function findMentions(
  text: string,
  index: CodePointIndex,
  sentences: readonly SentenceSpan[],
  options: SuggestOptions,
): MentionSuggestion[] {
  const entries = knownEntries(options.registry, options.gazetteer);
  const known = new EntityMatcher(entries).find(text, index);
  const patterns = findModelNames(text, index);
  const explained = [...known, ...patterns].map((m) => ({
    start: index.toUtf16(m.start),
    end: index.toUtf16(m.end),
  }));
  const knownNames = new Set(entries.flatMap((e) => e.names.map(nameKey)));
  const named = findNamedEntities(text, sentences, explained).filter(
    (n) => !knownNames.has(nameKey(n.name)),
  );
  const namedMentions = new EntityMatcher(
    named.map((n) => ({ key: `ner:${n.name}`, type: n.type, names: [n.name], canonical: n.name })),
  ).find(text, index);
  return settleOverlaps([...known, ...patterns, ...namedMentions]);
}

function findClaims(
  text: string,
  index: CodePointIndex,
  sentences: readonly SentenceSpan[],
  mentions: readonly MentionSuggestion[],
  options: SuggestOptions,
): ClaimSuggestion[] {
  const spans = mentions.map((m) => ({
    mention: m,
    start: index.toUtf16(m.start),
    end: index.toUtf16(m.end),
  }));
  const existing = options.existing?.mentions ?? [];
  const claims: ClaimSuggestion[] = [];
  let first = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.endsWith('?') || sentence.split(/\s+/).length < MIN_CLAIM_WORDS) continue;
    while (first < spans.length && spans[first]!.end <= s.start) first++;
    const inside = [];
    for (let i = first; i < spans.length && spans[i]!.start < s.end; i++) inside.push(spans[i]!);
    const reasons = claimReasons(withoutModelNames(sentence, s.start, inside));
    if (!isClaim(reasons, inside.length > 0)) continue;
    const wholeLine =
      (s.start === 0 || text[s.start - 1] === '\n') &&
      (s.end === text.length || text[s.end] === '\n');
    if (wholeLine && isFurniture(sentence, reasons)) continue;

    const start = index.toCodePoint(s.start);
    const end = index.toCodePoint(s.end);
    const claim: ClaimSuggestion = {
      id: `sc_${start}_${end}`,
      start,
      end,
      quote: sentence,
      reasons,
    };
    if (sentence.length <= MAX_STRUCTURED_SENTENCE) {
      const structured = readStructuredClaim(sentence, {
        mentions: mentionsWithEntity(existing, inside, start, end),
        registry: options.registry,
        mentionsComplete: true,
      });
      if (Object.keys(structured).length > 0) claim.structured = structured;
    }
    claims.push(claim);
  }
  return claims;
}

/**
 * The sentence with the model names in it blanked out: they carry digits ("Llama 4") that are
 * not the numbers a claim states. Built in one pass (`spans` sorted by start): splicing the
 * sentence once per name took time quadratic in a long line of names.
 */
function withoutModelNames(
  sentence: string,
  offset: number,
  spans: ReadonlyArray<{ mention: MentionSuggestion; start: number; end: number }>,
): string {
  let masked = '';
  let at = 0;
  for (const m of spans) {
    if (m.mention.type !== 'model') continue;
    const from = Math.max(m.start - offset, at);
    const to = Math.min(m.end - offset, sentence.length);
    if (to <= from) continue;
    masked += sentence.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return masked + sentence.slice(at);
}

/** The mentions of `[start, end)` with an entity, existing and suggested, as offsets in it. */
function mentionsWithEntity(
  existing: readonly { start: number; end: number; entity: string }[],
  inside: ReadonlyArray<{ mention: MentionSuggestion }>,
  start: number,
  end: number,
): Array<{ start: number; end: number; entity: string }> {
  return [
    ...existing.filter((m) => m.start >= start && m.end <= end),
    ...inside.flatMap(({ mention: m }) =>
      m.entity ? [{ start: m.start, end: m.end, entity: m.entity }] : [],
    ),
  ].map((m) => ({ start: m.start - start, end: m.end - start, entity: m.entity }));
}
