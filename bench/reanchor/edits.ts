// The edits a publisher makes to an article, one function per kind, each made on an edition so
// that the truth about every annotation follows.
import { COMPANIES, MODELS, PEOPLE, findSentence, freshSentence } from './article';
import {
  NAMES,
  isNewSentence,
  nameOccurrences,
  newSentenceId,
  type Annotation,
  type Edition,
} from './edition';

function annotated(e: Edition, sentenceId: number, from: number, to: number): boolean {
  return e.on(sentenceId).some(([, t]) => t.from < to && from < t.to);
}

function allSentences(e: Edition) {
  return e.article.paragraphs.flatMap((p) => p.sentences);
}

// ---- Edits away from the quotes: they must all be placed automatically -------------------------

export function insertSentences(e: Edition, count: number): void {
  const r = e.random;
  for (let i = 0; i < count; i++) {
    const paragraphs = e.article.paragraphs;
    if (r.chance(0.2)) {
      const sentences = [0, 1, 2].map(() => ({
        id: newSentenceId(),
        text: freshSentence(r, e.used),
        gap: ' ',
      }));
      paragraphs.splice(r.int(1, paragraphs.length), 0, { id: newSentenceId(), sentences });
    } else {
      // Headings (one-sentence paragraphs) do not grow sentences.
      const p = r.pick(paragraphs.filter((q) => q.sentences.length > 1));
      p.sentences.splice(r.int(0, p.sentences.length), 0, {
        id: newSentenceId(),
        text: freshSentence(r, e.used),
        gap: ' ',
      });
    }
  }
}

export function deleteSentences(e: Edition, count: number): void {
  const r = e.random;
  for (let done = 0, tries = 0; done < count && tries < count * 50; tries++) {
    const s = r.pick(allSentences(e).slice(1));
    if (e.on(s.id).length > 0) continue;
    e.deleteSentence(s.id);
    done++;
  }
}

export function fixTypos(e: Edition, count: number): void {
  const r = e.random;
  for (let done = 0, tries = 0; done < count && tries < count * 50; tries++) {
    const s = r.pick(allSentences(e));
    const words = [...s.text.matchAll(/(?<!\p{L})\p{Ll}{6,}(?!\p{L})/gu)];
    if (words.length === 0) continue;
    const word = r.pick(words);
    const from = word.index;
    const to = from + word[0].length;
    if (annotated(e, s.id, from, to)) continue;
    // Swap two letters in the middle: "reporters" <-> "reproters".
    const k = r.int(1, word[0].length - 3);
    const w = word[0];
    const fixed = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
    if (fixed === w) continue;
    e.edit(s.id, from, to, fixed, 'same');
    done++;
  }
}

/** Straight quotes to curly, "--" to an em dash, "..." to an ellipsis, double spaces to one. */
export function normalisePunctuation(e: Edition): void {
  for (const s of allSentences(e)) {
    s.gap = ' ';
    let open = true;
    for (;;) {
      const m = /"|'|--|\.\.\./.exec(s.text);
      if (!m) break;
      const replacement =
        m[0] === '"'
          ? ((open = !open), open ? '\u201d' : '\u201c')
          : m[0] === "'"
            ? '\u2019'
            : m[0] === '--'
              ? '\u2014'
              : '\u2026';
      e.edit(s.id, m.index, m.index + m[0].length, replacement, 'same');
    }
  }
}

export function moveParagraphs(e: Edition, count: number): void {
  const r = e.random;
  const paragraphs = e.article.paragraphs;
  for (let i = 0; i < count; i++) {
    const [moved] = paragraphs.splice(r.int(1, paragraphs.length - 1), 1);
    paragraphs.splice(r.int(1, paragraphs.length), 0, moved!);
  }
}

// ---- Edits of the quoted passages -----------------------------------------------------------

/** Claims fit for a targeted edit: one per sentence, with something to change inside. */
export function pickTargets(
  e: Edition,
  count: number,
  fits: (quote: string) => boolean,
  taken: Set<number>,
): Annotation[] {
  const r = e.random;
  const candidates = e.annotations.filter(
    (a) =>
      a.kind === 'claim' &&
      !taken.has(a.sentenceId) &&
      e.truths.get(a.id)!.fate === 'same' &&
      !besideNewText(e, a.sentenceId) &&
      fits(e.sentenceText(a.sentenceId).slice(a.from, a.to)),
  );
  const targets: Annotation[] = [];
  while (targets.length < count && candidates.length > 0) {
    const [a] = candidates.splice(r.int(0, candidates.length - 1), 1);
    if (taken.has(a!.sentenceId)) continue;
    taken.add(a!.sentenceId);
    e.targets.add(a!.sentenceId);
    targets.push(a!);
  }
  return targets;
}

/**
 * Whether a sentence inserted by an earlier edit stands right beside this one: deleting or
 * rewriting this one would then read as that one replacing it, and the truth would be moot.
 */
function besideNewText(e: Edition, sentenceId: number): boolean {
  const at = findSentence(e.article, sentenceId)!;
  const neighbours = [at.index - 1, at.index + 1].map((i) => at.paragraph.sentences[i]);
  return neighbours.some((s) => s !== undefined && isNewSentence(s.id));
}

const ADVERBS = ['reportedly', 'quietly', 'also', 'nearly', 'already', 'still', 'once again'];

export function insertWordInQuote(e: Edition, target: Annotation): void {
  const t = e.truths.get(target.id)!;
  const text = e.sentenceText(t.sentenceId);
  const spaces = [...text.slice(t.from, t.to).matchAll(/ /g)].map((m) => t.from + m.index + 1);
  e.touch(t.sentenceId);
  const at = e.random.pick(spaces.slice(1, -1).length > 0 ? spaces.slice(1, -1) : spaces);
  e.edit(t.sentenceId, at, at, `${e.random.pick(ADVERBS)} `, 'edited');
}

export function deleteQuotedSentence(e: Edition, target: Annotation): void {
  e.touch(target.sentenceId);
  e.deleteSentence(target.sentenceId);
}

const SYNONYMS: Record<string, string> = {
  said: 'stated',
  rose: 'climbed',
  fell: 'dropped',
  jumped: 'surged',
  slipped: 'eased',
  company: 'firm',
  model: 'system',
  would: 'will',
  spend: 'invest',
  reporters: 'journalists',
  trained: 'built',
  using: 'with',
  called: 'described',
  results: 'figures',
  argue: 'contend',
  plans: 'intends',
  price: 'cost',
  values: 'prices',
  trading: 'dealings',
  respond: 'reply',
  request: 'query',
  cautioned: 'warned',
  report: 'paper',
  figure: 'number',
  step: 'move',
  deserve: 'merit',
  reach: 'hit',
  ahead: 'in front',
  scores: 'achieves',
  makes: 'renders',
  remains: 'stays',
  claims: 'assertions',
  verify: 'confirm',
  times: 'fold',
  before: 'ahead of',
  according: 'thanks',
  users: 'customers',
  chips: 'processors',
  tokens: 'words',
  told: 'informed',
  Revenue: 'Sales',
  Shares: 'Stock',
  Analysts: 'Observers',
  Critics: 'Sceptics',
  cut: 'lower',
};

/** Rewrites a sentence in other words, keeping its numbers and names. */
export function rewriteSentence(e: Edition, sentenceId: number): void {
  e.touch(sentenceId);
  for (;;) {
    const text = e.sentenceText(sentenceId);
    const word = [...text.matchAll(/\p{L}+/gu)].find((m) => SYNONYMS[m[0]] !== undefined);
    if (!word) break;
    e.edit(sentenceId, word.index, word.index + word[0].length, SYNONYMS[word[0]]!, 'changed');
  }
  const lead = e.random.pick(['In a statement, ', 'Notably, ', 'By most accounts, ', '']);
  if (lead) e.edit(sentenceId, 0, 0, lead, 'changed');
  const end = e.sentenceText(sentenceId).length;
  e.edit(
    sentenceId,
    end - 1,
    end,
    e.random.pick([', sources said.', ' this year.', '.']),
    'changed',
  );
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The quote's text with one number or one name inside it replaced, or null if it has none. */
function lookalikeOf(
  e: Edition,
  target: Annotation,
  variant: 'number' | 'name',
): { from: number; to: number; replacement: string } | null {
  const t = e.truths.get(target.id)!;
  const text = e.sentenceText(t.sentenceId);
  const quote = text.slice(t.from, t.to);
  if (variant === 'number') {
    const numbers = [...quote.matchAll(NUMBER)];
    if (numbers.length === 0) return null;
    const n = e.random.pick(numbers);
    const digits = [...n[0]].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
    const digit = e.random.pick(digits);
    const changed = n[0].slice(0, digit) + ((+n[0][digit]! + 1) % 10) + n[0].slice(digit + 1);
    return { from: t.from + n.index, to: t.from + n.index + n[0].length, replacement: changed };
  }
  const names = NAMES.flatMap((name) => nameOccurrences(quote, name).map((at) => ({ name, at })));
  if (names.length === 0) return null;
  const { name, at } = e.random.pick(names);
  const list = [MODELS, PEOPLE, COMPANIES].find((l) => l.includes(name))!;
  let other = name;
  while (other === name || quote.includes(other)) other = e.random.pick(list);
  return { from: t.from + at, to: t.from + at + name.length, replacement: other };
}

export function hasNumber(quote: string): boolean {
  return /\d/.test(quote);
}

export function hasName(quote: string): boolean {
  return NAMES.some((name) => nameOccurrences(quote, name).length > 0);
}

/** Changes one number inside the quote, in place. */
export function changeNumberInQuote(e: Edition, target: Annotation): void {
  const change = lookalikeOf(e, target, 'number');
  if (!change) return;
  e.touch(target.sentenceId);
  e.edit(target.sentenceId, change.from, change.to, change.replacement, 'changed');
}

/**
 * Puts a lookalike of the quoted sentence (one number or name different inside the quote) far
 * away, then changes the original (rewritten, or a number or a word changed) or deletes it.
 */
export function addLookalike(
  e: Edition,
  target: Annotation,
  variant: 'number' | 'name',
  original: 'changed' | 'deleted',
): void {
  const change = lookalikeOf(e, target, variant);
  if (!change) return;
  const text = e.sentenceText(target.sentenceId);
  const lookalike = text.slice(0, change.from) + change.replacement + text.slice(change.to);
  // A lookalike differs by one number or name: its twin key is the original's, which is used.
  if (e.article.paragraphs.some((p) => p.sentences.some((s) => s.text === lookalike))) return;
  e.insertFar(lookalike, target.sentenceId, 30);
  e.touch(target.sentenceId);
  if (original === 'deleted') return e.deleteSentence(target.sentenceId);
  const how = e.random.int(0, 2);
  if (how === 0) rewriteSentence(e, target.sentenceId);
  else if (how === 1) changeNumberInQuote(e, target);
  else {
    const t = e.truths.get(target.id)!;
    const word = [...text.slice(t.from, t.to).matchAll(/\p{Ll}{4,}/gu)][0];
    if (word) {
      const at = t.from + word.index;
      e.edit(target.sentenceId, at, at + word[0].length, 'apparently', 'changed');
    } else {
      rewriteSentence(e, target.sentenceId);
    }
  }
}
