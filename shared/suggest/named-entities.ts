// New people and organisations found by compromise's part-of-speech tagger. It costs about
// 0.1 ms a word, so it reads only the sentences with a capitalised word that no known name,
// model pattern or earlier sentence explains, and at most NER_WORD_BUDGET words of them.
import nlp from 'compromise';
import type { SentenceSpan } from './sentences';
import { partitionPoint } from '../text/partition-point';

/** Words of candidate sentences given to the tagger at most (about a second on 2 cores). */
export const NER_WORD_BUDGET = 10_000;

export interface NamedEntity {
  name: string;
  type: 'person' | 'company';
}

/** Titles compromise includes in a person's name ("Officer Yann LeCun"). */
const TITLE_WORDS = [
  ...['Chief', 'Officer', 'Executive', 'Scientist', 'CEO', 'CTO', 'CFO', 'President', 'Vice'],
  ...['Director', 'Head', 'Founder', 'Co-founder', 'Researcher', 'Senator', 'Minister'],
  ...['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Professor', 'Sir'],
  ...['AI', 'Technology', 'Operating', 'Financial', 'Product'],
];
const TITLE = new RegExp(`^(?:(?:${TITLE_WORDS.join('|')})\\.?\\s+)+`);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|den|da|du|la|le|al|bin|ibn)$/u;
const CAPITALISED = /(?<=[\s"“(])\p{Lu}[\p{L}\p{M}]+/gu;

/**
 * People and organisations named in `sentences` of `text` (UTF-16 spans), skipping the
 * sentences whose capitalised words all fall inside `known` spans.
 */
export function findNamedEntities(
  text: string,
  sentences: readonly SentenceSpan[],
  known: readonly SentenceSpan[],
): NamedEntity[] {
  const isKnown = insideAny(known);
  const seen = new Set<string>();
  const chosen: string[] = [];
  let words = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // A sentence adds something only with a capitalised word that is neither known nor
    // already given to the tagger: long articles repeat their names.
    const fresh = [...sentence.matchAll(CAPITALISED)].filter(
      (m) => !isKnown(s.start + m.index) && !seen.has(m[0]),
    );
    if (fresh.length === 0) continue;
    words += sentence.split(/\s+/).length;
    if (words > NER_WORD_BUDGET) break;
    for (const m of fresh) seen.add(m[0]);
    chosen.push(sentence);
  }
  if (chosen.length === 0) return [];
  const doc = nlp(chosen.join('\n'));
  const found = new Map<string, NamedEntity>();
  for (const name of strings(doc.people().out('array'))) {
    const clean = cleanName(name);
    if (clean && clean.split(/\s+/).length >= 2) found.set(clean, { name: clean, type: 'person' });
  }
  for (const name of strings(doc.organizations().out('array'))) {
    const clean = cleanName(name);
    if (clean && clean.length >= 2 && !found.has(clean))
      found.set(clean, { name: clean, type: 'company' });
  }
  return [...found.values()];
}

/** A name without surrounding punctuation, possessive or title; null when it is no name. */
export function cleanName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/\.$/, '')
    .replace(TITLE, '')
    .trim();
  if (!name || !name.split(/\s+/).every((w) => NAME_WORD.test(w))) return null;
  return name;
}

/** A test for "is this offset inside one of `spans`", by binary search over them sorted. */
function insideAny(spans: readonly SentenceSpan[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end reached by any span starting at or before each one, for nested spans.
  const reach: number[] = [];
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, reach[i - 1] ?? 0));
  return (at) => {
    const lo = partitionPoint(sorted.length, (i) => sorted[i]!.start <= at);
    return lo > 0 && reach[lo - 1]! > at;
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
