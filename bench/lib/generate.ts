// Seeded, deterministic test articles for the benchmarks: N words in headed paragraphs, with M
// annotations (claims and mentions, a share of them overlapping or nested), and a registry.
import { createHash } from 'node:crypto';
import type { Article } from '../../shared/model/article';
import type { Claim, Mention } from '../../shared/model/annotations';
import { createClaim, createMention } from '../../shared/model/annotate';
import { canonicalText, type Block } from '../../shared/model/blocks';
import { emptyRegistry, type EntityRegistry } from '../../shared/model/entities';
import { CodePointIndex } from '../../shared/text/code-points';

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'the model company reported benchmark accuracy percent release weights training data ' +
  'researchers claimed parameters inference cost open source license evaluation tokens ' +
  'context window reasoning safety policy regulators announced quarter revenue growth ' +
  'Meta Llama Maverick Scout OpenAI Anthropic Google Gemini Mistral DeepSeek Qwen MMLU ' +
  'according to analysts said that while however because which would could should new ' +
  'largest smaller faster cheaper than previous version on in of for with by at from and'
).split(' ');

export const ENTITY_COUNT = 50;

export function benchRegistry(): EntityRegistry {
  const registry = emptyRegistry();
  const types = registry.types.map((t) => t.id);
  for (let i = 0; i < ENTITY_COUNT; i++) {
    registry.entities.push({
      id: `ent_bench${i}`,
      type: types[i % types.length]!,
      name: `Entity ${i}`,
      aliases: [],
      links: {},
    });
  }
  return registry;
}

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs of 40–120 words, a heading every ten paragraphs, after a title. */
export function benchBlocks(words: number, seed: number, title: string): Block[] {
  const random = seededRandom(seed);
  const blocks: Block[] = [{ type: 'title', level: 1, runs: [{ text: title }] }];
  let left = words;
  let paragraphs = 0;
  while (left > 0) {
    if (paragraphs % 10 === 9) {
      blocks.push({ type: 'heading', level: 2, runs: [{ text: sentence(random, 5) }] });
    }
    const size = Math.min(left, 40 + Math.floor(random() * 80));
    const sentences: string[] = [];
    let used = 0;
    while (used < size) {
      const n = Math.min(size - used, 8 + Math.floor(random() * 16));
      sentences.push(sentence(random, n));
      used += n;
    }
    blocks.push({ type: 'paragraph', runs: [{ text: sentences.join(' ') }] });
    left -= size;
    paragraphs++;
  }
  return blocks;
}

/** Word spans of the text: [start, end) of each word, for word-aligned annotations. */
function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[A-Za-z0-9]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export interface BenchArticleOptions {
  words: number;
  annotations: number;
  seed?: number;
  /** share of annotations that are mentions (the rest are claims) */
  mentionShare?: number;
  /** share of claims placed inside or across another claim */
  overlapShare?: number;
  id?: string;
  title?: string;
  /** the article's text (default: generated words) */
  blocks?: Block[];
  /** annotators the annotations are shared out to in turn (default: no annotator) */
  annotators?: readonly string[];
}

export function benchTitle(words: number, annotations: number): string {
  return `Bench ${words} words ${annotations} annotations`;
}

const NOW = '2026-11-26T12:00:00.000Z';

/** An article that passes ArticleSchema, with its annotations in reading order. */
export function benchArticle(options: BenchArticleOptions): Article {
  const { words, annotations, seed = 20261126, mentionShare = 0.2, overlapShare = 0.2 } = options;
  const random = seededRandom(seed + annotations);
  const blocks =
    options.blocks ?? benchBlocks(words, seed, options.title ?? benchTitle(words, annotations));
  const { annotators } = options;
  const by = (i: number) =>
    annotators?.length ? { annotator: annotators[i % annotators.length]! } : {};
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const spans = wordSpans(text).slice(1); // not in the title
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const mentionCount = Math.round(annotations * mentionShare);
  for (let i = 0; i < annotations; i++) {
    if (i < mentionCount) {
      const first = Math.floor(random() * (spans.length - 3));
      const last = first + Math.floor(random() * 3);
      const mention = createMention(
        index,
        spans[first]![0],
        spans[last]![1],
        `ent_bench${i % ENTITY_COUNT}`,
        NOW,
      );
      mentions.push({ ...mention, id: `men_b${i}`, ...by(i) });
      continue;
    }
    let first: number;
    const previous = claims[Math.floor(random() * claims.length)];
    if (previous && random() < overlapShare) {
      // start inside an existing claim: nested or crossing it
      const at = spans.findIndex(([s]) => s >= previous.start);
      first = Math.max(0, at + 1);
    } else {
      first = Math.floor(random() * (spans.length - 30));
    }
    const last = Math.min(spans.length - 1, first + 3 + Math.floor(random() * 20));
    const claim = createClaim(index, spans[first]![0], spans[last]![1], NOW);
    claims.push({
      ...claim,
      id: `clm_b${i}`,
      entities: [`ent_bench${i % ENTITY_COUNT}`],
      ...by(i),
    });
  }
  const byStart = <T extends { start: number; end: number }>(a: T, b: T) =>
    a.start - b.start || b.end - a.end;
  return {
    id: options.id ?? `art_bench_${words}_${annotations}`,
    title: blockTitle(blocks),
    byline: 'Bench Writer',
    publishedAt: null,
    siteName: 'bench.example',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    source: { kind: 'url', url: 'https://bench.example/article', retrievedAt: NOW },
    contentHash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    createdAt: NOW,
    updatedAt: NOW,
    blocks,
    text,
    claims: claims.sort(byStart),
    mentions: mentions.sort(byStart),
    orphans: [],
    revision: 1,
  };
}

function blockTitle(blocks: readonly Block[]): string {
  return blocks[0]!.runs.map((r) => r.text).join('');
}

/** A 1 MB web page: navigation, scripts, styles and an article body, as real pages are. */
export function benchHtmlPage(targetBytes: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long news page</title>',
    '<meta name="author" content="Bench Writer"><style>body{font:16px serif}</style></head><body>',
    '<nav><ul>' +
      Array.from({ length: 60 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('') +
      '</ul></nav>',
    '<main><article><h1>A long news page</h1>',
  ];
  let size = parts.join('').length;
  let n = 0;
  while (size < targetBytes - 2000) {
    const p =
      n % 12 === 11
        ? `<h2>${sentence(random, 6)}</h2>`
        : n % 7 === 3
          ? `<div class="ad"><script>var x${n}=1;</script><a href="/ad${n}">Advertisement</a></div>`
          : `<p>${sentence(random, 30)} <a href="https://example.com/${n}">${sentence(random, 4)}</a> <em>${sentence(random, 10)}</em></p>`;
    parts.push(p);
    size += p.length;
    n++;
  }
  parts.push('</article></main><footer>© Bench</footer></body></html>');
  return parts.join('\n');
}
