// A seeded news article about AI, built from sentence templates full of numbers and names, kept as
// paragraphs of sentences so that edits can be made to it while knowing where every annotation goes.
import { codePointLength } from '../../shared/text/code-points';

/** A deterministic pseudo-random generator (mulberry32): the same seed, the same article. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface Sentence {
  id: number;
  text: string;
  /** What separates it from the sentence before: old-style typing leaves two spaces. */
  gap: string;
}

export interface Paragraph {
  id: number;
  sentences: Sentence[];
}

export interface Article {
  paragraphs: Paragraph[];
}

export const COMPANIES = [
  'Meta',
  'OpenAI',
  'Google',
  'Anthropic',
  'Mistral',
  'Nvidia',
  'Microsoft',
  'Amazon',
  'Apple',
  'Alibaba',
  'DeepSeek',
  'Cohere',
  'xAI',
  'Baidu',
  'Samsung',
  'Intel',
  'AMD',
  'Tencent',
];
export const MODELS = [
  'Llama 4 Maverick',
  'Llama 4 Scout',
  'GPT-4o',
  'Gemini 2.5 Pro',
  'Claude Sonnet',
  'Mixtral',
  'Qwen 3',
  'DeepSeek-R1',
  'Command R',
  'Grok 3',
  'Phi-4',
  'Gemma 3',
  'Nova Pro',
  'Ernie 4',
];
export const PEOPLE = [
  'Mark Zuckerberg',
  'Sam Altman',
  'Sundar Pichai',
  'Dario Amodei',
  'Arthur Mensch',
  'Jensen Huang',
  'Satya Nadella',
  'Andy Jassy',
  'Lisa Su',
  'Yann LeCun',
  'Demis Hassabis',
  'Mira Murati',
  'Aidan Gomez',
  'Liang Wenfeng',
  'Robin Li',
  'Kevin Scott',
];
const BENCHMARKS = [
  'MMLU',
  'GPQA',
  'HumanEval',
  'MATH',
  'ARC',
  'HellaSwag',
  'SWE-bench',
  'LiveBench',
];
const CITIES = [
  'New York',
  'London',
  'Paris',
  'Tokyo',
  'Shanghai',
  'Frankfurt',
  'Seoul',
  'Toronto',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ROLES = [
  'chief executive',
  'chief scientist',
  'head of research',
  'finance chief',
  'president',
];
const QUARTERS = ['first', 'second', 'third', 'fourth'];
const ADJECTIVES = [
  'impressive',
  'modest',
  'disappointing',
  'surprising',
  'mixed',
  'strong',
  'weak',
  'uneven',
  'remarkable',
  'cautious',
  'ambitious',
  'costly',
  'narrow',
  'broad',
  'limited',
  'rapid',
];
const THINGS = [
  'data centres',
  'custom chips',
  'training runs',
  'safety research',
  'open-weight models',
  'inference capacity',
  'power contracts',
  'cloud credits',
  'research hires',
  'licensing deals',
];
const TOPICS = [
  'benchmark contamination',
  'the cost of inference',
  'open-source licensing',
  'model evaluation',
  'energy use',
  'copyright law',
  'export controls',
  'data provenance',
  'chip supply',
];
const OUTLETS = ['Reuters', 'Bloomberg', 'The Information', 'the Financial Times', 'CNBC'];
const HEADINGS = [
  'Market reaction',
  'What the numbers show',
  'Background',
  'The competition',
  'Costs',
  'Regulators weigh in',
  'What comes next',
  'Benchmarks',
  'Open weights',
  'The chip race',
];

const pct = (r: Random) => (r.chance(0.5) ? `${r.int(10, 95)}.${r.int(0, 9)}` : `${r.int(2, 99)}`);
const money = (r: Random) => `$${r.int(1, 900)} ${r.pick(['million', 'billion'])}`;
const year = (r: Random) => `${r.int(2019, 2027)}`;

/** Sentence templates: most make a claim with a number and a name, some are connective prose. */
const TEMPLATES: Array<(r: Random) => string> = [
  (r) =>
    `${r.pick(COMPANIES)} said on ${r.pick(DAYS)} that ${r.pick(MODELS)} scores ${pct(r)}% on ${r.pick(BENCHMARKS)}, ahead of ${r.pick(MODELS)} at ${pct(r)}%.`,
  (r) =>
    `${r.pick(PEOPLE)}, the ${r.pick(ROLES)} of ${r.pick(COMPANIES)}, told reporters the company would spend ${money(r)} on ${r.pick(THINGS)} in ${year(r)}.`,
  (r) =>
    `Revenue at ${r.pick(COMPANIES)} rose ${pct(r)}% to ${money(r)} in the ${r.pick(QUARTERS)} quarter of ${year(r)}, according to ${r.pick(OUTLETS)}.`,
  (r) =>
    `The ${r.pick(ADJECTIVES)} model was trained on ${r.int(2, 40)} trillion tokens using ${r.int(2, 99)},${r.int(100, 999)} ${r.pick(['H100', 'H200', 'TPU', 'MI300'])} chips, the ${r.pick(COMPANIES)} report says.`,
  (r) =>
    `Shares of ${r.pick(COMPANIES)} ${r.pick(['rose', 'fell', 'slipped', 'jumped'])} ${pct(r)}% in ${r.pick(CITIES)} trading on ${r.pick(DAYS)}.`,
  (r) =>
    `"This is a ${r.pick(ADJECTIVES)} step for ${r.pick(TOPICS)}," said ${r.pick(PEOPLE)} -- who has warned about it since ${year(r)}.`,
  (r) =>
    `Analysts called the results ${r.pick(ADJECTIVES)}, but cautioned that ${r.pick(TOPICS)} makes the ${r.pick(BENCHMARKS)} numbers hard to compare.`,
  (r) =>
    `Critics argue that ${r.pick(TOPICS)} remains ${r.pick(ADJECTIVES)} and that ${r.pick(COMPANIES)}'s claims deserve scrutiny...`,
  (r) =>
    `${r.pick(COMPANIES)} did not respond to a request for comment about ${r.pick(TOPICS)} on ${r.pick(DAYS)}.`,
  (r) =>
    `In ${r.pick(CITIES)}, ${r.pick(PEOPLE)} said ${r.pick(MODELS)} would reach ${r.int(10, 900)} million users by ${year(r)}, a figure ${r.pick(OUTLETS)} could not verify.`,
  (r) =>
    `The ${r.pick(['deal', 'partnership', 'investment', 'acquisition'])} values ${r.pick(COMPANIES)} at ${money(r)}, ${r.int(2, 9)} times its valuation in ${year(r)}.`,
  (r) =>
    `According to ${r.pick(OUTLETS)}, ${r.pick(COMPANIES)} plans to cut the price of ${r.pick(MODELS)} by ${r.int(10, 90)}% before ${r.pick(DAYS)}'s launch 🚀.`,
];

/** Builds an article of about `words` words: short headings, then paragraphs of 3 to 6 sentences. */
export function generateArticle(random: Random, words: number): Article {
  const seen = new Set<string>();
  const ids = { sentence: 0, paragraph: 0 };
  const sentence = (text: string): Sentence => ({
    id: ids.sentence++,
    text,
    gap: random.chance(0.15) ? '  ' : ' ',
  });
  const fresh = (): string => {
    for (;;) {
      const text = random.pick(TEMPLATES)(random);
      if (!seen.has(text)) {
        seen.add(text);
        return text;
      }
    }
  };
  // Real articles do not repeat a heading: a repeated one is a passage nobody could place.
  const heading = (): string => {
    for (;;) {
      const text = `${random.pick(HEADINGS)}: ${random.pick([...COMPANIES, ...MODELS])}`;
      if (!seen.has(text)) {
        seen.add(text);
        return text;
      }
    }
  };
  const paragraphs: Paragraph[] = [
    { id: ids.paragraph++, sentences: [sentence(`${random.pick(COMPANIES)} bets big on AI`)] },
  ];
  let count = 5;
  while (count < words) {
    if (random.chance(0.08)) {
      paragraphs.push({ id: ids.paragraph++, sentences: [sentence(heading())] });
    }
    const sentences = Array.from({ length: random.int(3, 6) }, () => sentence(fresh()));
    count += sentences.reduce((n, s) => n + s.text.split(' ').length, 0);
    paragraphs.push({ id: ids.paragraph++, sentences });
  }
  return { paragraphs };
}

/**
 * Sentence text of the article's kind with no twin in `used` (its twin key is then added), for
 * insertions: a new sentence that differs from a deleted one by an adjective or a number reads
 * as that one edited, and would make the truth moot.
 */
export function freshSentence(random: Random, used: Set<string>): string {
  for (;;) {
    const text = random.pick(TEMPLATES)(random);
    if (!used.has(twinKey(text))) {
      used.add(twinKey(text));
      return text;
    }
  }
}

const TWIN_WORDS = new RegExp(`\\b(?:${[...ADJECTIVES, ...DAYS].join('|')})\\b|\\d+`, 'g');

/** A sentence with its adjectives, days and numbers blanked: twins share it. */
export function twinKey(text: string): string {
  return text.replace(TWIN_WORDS, '_');
}

export function cloneArticle(article: Article): Article {
  return {
    paragraphs: article.paragraphs.map((p) => ({
      id: p.id,
      sentences: p.sentences.map((s) => ({ ...s })),
    })),
  };
}

export interface Rendered {
  text: string;
  /** Code-point offset of each sentence, by id. */
  sentenceStart: Map<number, number>;
}

/** The canonical text: sentences joined by their gaps, paragraphs by a blank line. */
export function render(article: Article): Rendered {
  const parts: string[] = [];
  const sentenceStart = new Map<number, number>();
  let offset = 0;
  article.paragraphs.forEach((paragraph, p) => {
    if (p > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    paragraph.sentences.forEach((s, i) => {
      if (i > 0) {
        parts.push(s.gap);
        offset += s.gap.length;
      }
      sentenceStart.set(s.id, offset);
      parts.push(s.text);
      offset += codePointLength(s.text);
    });
  });
  return { text: parts.join(''), sentenceStart };
}

export function findSentence(
  article: Article,
  id: number,
): { paragraph: Paragraph; index: number } | null {
  for (const paragraph of article.paragraphs) {
    const index = paragraph.sentences.findIndex((s) => s.id === id);
    if (index >= 0) return { paragraph, index };
  }
  return null;
}
