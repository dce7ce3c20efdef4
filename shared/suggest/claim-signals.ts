// What makes a sentence worth checking: numbers, percentages, parameter counts, money,
// benchmark results, comparisons, dates, releases, attributions and technical specifics.
// Each signal is one pattern, so a miss or a false alarm points at one line.
import { BENCHMARK_MATCHER } from './benchmarks';
import type { ClaimReason } from './types';

/** One case-insensitive pattern from alternatives, each a regular-expression source. */
const anyOf = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'i');
/** As `anyOf`, each alternative a whole word (or phrase). */
const words = (...alternatives: string[]) =>
  new RegExp(`\\b(?:${alternatives.join('|')})(?![\\w-])`, 'i');

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const NUMBER = '\\d+(?:\\.\\d+)?';

const SIGNALS: readonly (readonly [ClaimReason, RegExp])[] = [
  ['percentage', /\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b|percentage points?\b)/i],
  [
    'parameter-count',
    anyOf(
      // "17 billion active parameters", "a 17B model" (but not "$2B")
      `\\b${NUMBER}\\s?(?:[BMT]|billion|million|trillion)\\b[\\w\\s-]{0,24}?\\bparam`,
      `(?<![$€£]\\s?)\\b${NUMBER}[BT]\\b`,
      '\\bparameter count\\b',
    ),
  ],
  [
    'money',
    anyOf(
      '[$€£¥]\\s?\\d',
      `\\b${NUMBER}\\s?(?:billion|million|trillion)?\\s?(?:dollars|USD|euros|EUR)\\b`,
    ),
  ],
  ['benchmark', words('benchmarks?', 'leaderboards?', 'evaluations?')],
  [
    'comparison',
    words(
      'outperform\\w*',
      'beat(?:s|ing)?',
      '(?:better|worse|faster|slower|cheaper|larger|smaller|higher|lower) than',
      '(?:more|less|fewer|stronger|weaker) than',
      'exceed\\w*',
      'surpass\\w*',
      'ahead of',
      'trails?',
      // a verb ("rivalled GPT-4o"), not the noun ("flow to its rivals")
      'rival(?:led|ling|ed|ing)',
      'on par with',
      'compared (?:to|with)',
      'versus',
      'vs\\.?',
      'times (?:faster|more|larger|cheaper)',
      'twice',
      'half the',
    ),
  ],
  [
    'date',
    anyOf(
      // "April", "April 5", "April 5, 2025"
      `\\b(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?(?!\\w)`,
      '\\b(?:19|20)\\d{2}\\b',
      '\\b(?:earlier|later|last|next|this) (?:this )?(?:week|month|quarter|year)\\b',
      '\\bQ[1-4]\\b',
      '\\b(?:yesterday|today)\\b',
      '\\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    ),
  ],
  [
    'release',
    words(
      'releas(?:e|es|ed|ing)',
      'launch(?:es|ed|ing)?',
      'announc(?:e|es|ed|ing)',
      'unveil(?:s|ed|ing)?',
      'introduc(?:e|es|ed|ing)',
      'ship(?:s|ped|ping)?',
      'debut(?:s|ed)?',
      'open-sourc(?:e|es|ed|ing)',
      'rolled out',
      'made available',
      'confirmed',
      'posted',
      'published',
    ),
  ],
  ['number', /\d/],
  [
    'attribution',
    words(
      'says',
      'said',
      'according to',
      'cited by',
      'report(?:s|ed)',
      'claim(?:s|ed)',
      'stated',
      'told',
      'wrote',
      'argued',
    ),
  ],
  [
    'technical',
    words(
      'mixture-of-experts',
      'MoE',
      'multimodal',
      'context window',
      'tokens?',
      'GPUs?',
      'H100s?',
      'TPUs?',
      'licen[cs]e[ds]?',
      'licensing',
      'fine-tun\\w*',
      'inference',
      'trained',
      'training',
      'graphics cards?',
      'weights',
    ),
  ],
  [
    'role',
    words(
      'CEO',
      'CTO',
      'CFO',
      'COO',
      'Chief [\\w ]{1,20}(?:Officer|Scientist)',
      'founder',
      'co-founder',
      'president',
      'head of',
      'director of',
    ),
  ],
];

/** The signals that read a number, each matching all its occurrences. */
const EXPLAINED_NUMBERS = SIGNALS.filter(([r]) =>
  ['percentage', 'parameter-count', 'money', 'date'].includes(r),
).map(([, p]) => new RegExp(p.source, `${p.flags}g`));

const STRONG = new Set<ClaimReason>([
  'percentage',
  'parameter-count',
  'money',
  'benchmark',
  'comparison',
]);

/**
 * The reasons `sentence` states a checkable fact, strongest first. Pass it with the names of
 * models blanked out, so that "Llama 4" does not count as a number.
 */
export function claimReasons(sentence: string): ClaimReason[] {
  const reasons: ClaimReason[] = [];
  if (BENCHMARK_MATCHER.find(sentence).length > 0) reasons.push('benchmark');
  for (const [reason, pattern] of SIGNALS) {
    if (!reasons.includes(reason) && pattern.test(sentence)) reasons.push(reason);
  }
  // A number already read as a percentage, a count, money or a date is not counted again.
  if (reasons.includes('number')) {
    const rest = EXPLAINED_NUMBERS.reduce((text, p) => text.replace(p, ' '), sentence);
    if (!/\d/.test(rest)) reasons.splice(reasons.indexOf('number'), 1);
  }
  return reasons;
}

/** Reasons that make even a line without a full stop a claim ("Scout: 17B active parameters"). */
const STATES_A_FIGURE = new Set<ClaimReason>([
  'percentage',
  'parameter-count',
  'money',
  'comparison',
]);

/** A byline ("By Dana Whitfield · April 18, 2025"): who wrote it, never what it claims. */
const BYLINE = /^(?:by|words by|written by)\s+\p{Lu}/iu;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Whether a line ends as a sentence does: a full stop, then perhaps closing quotes. */
function endsAsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (CLOSERS.has(line[i]!) || /\s/.test(line[i]!))) i--;
  return i >= 0 && '.!?…'.includes(line[i]!);
}

/**
 * Whether a sentence that is a whole line of its own is the article's furniture rather than
 * its statements: a byline, or a line with no full stop (a heading, a dateline, a summary or
 * `<details>` label) that states no figure.
 */
export function isFurniture(line: string, reasons: readonly ClaimReason[]): boolean {
  if (BYLINE.test(line)) return true;
  if (endsAsSentence(line)) return false;
  return !reasons.some((r) => STATES_A_FIGURE.has(r));
}

/**
 * A claim: one strong reason, or two weak ones, where naming a known entity counts as one
 * ("Meta released Llama 4": a release about someone).
 */
export function isClaim(reasons: readonly ClaimReason[], namesEntity: boolean): boolean {
  if (reasons.some((r) => STRONG.has(r))) return true;
  return reasons.length + (namesEntity ? 1 : 0) >= 2;
}
