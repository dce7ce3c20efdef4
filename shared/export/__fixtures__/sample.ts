// A small article for format tests: emoji (with skin tone and ZWJ), CJK, combining marks and
// a CRLF inside a code block, with nested, overlapping and cross-block claims and mentions.
import { quoteSelector } from '../../anchoring/quote-selector';
import type { Claim, ClaimStatus, Mention } from '../../model/annotations';
import type { Article } from '../../model/article';
import { canonicalText, type Block } from '../../model/blocks';
import type { Entity } from '../../model/entities';
import { CodePointIndex } from '../../text/code-points';
import type { ExportInput } from '../factmark-json';

export const NOW = '2026-11-26T12:00:00.000Z';
export const LATER = '2026-11-27T08:30:00.000Z';

export const SAMPLE_BLOCKS: Block[] = [
  { type: 'title', runs: [{ text: '🦙 Llama 4 lands: Meta’s 大規模 model' }] },
  {
    type: 'paragraph',
    runs: [
      { text: 'Maverick achieves 73.5% on MMLU, says ' },
      { text: 'Meta’s team', marks: [{ type: 'bold' }] },
      { text: ' — 大規模言語モデル. Cafe\u0301 crème 👩‍👩‍👧 "quoted", =SUM(A1)' },
    ],
  },
  { type: 'code', runs: [{ text: 'score = 73.5\r\nrank = 1 😀\r\ndone' }] },
  {
    type: 'listItem',
    ordered: false,
    depth: 0,
    runs: [{ text: 'Scout is smaller 👍🏽, Behemoth bigger.' }],
  },
];

export const SAMPLE_TEXT = canonicalText(SAMPLE_BLOCKS);
const INDEX = new CodePointIndex(SAMPLE_TEXT);

/** Code-point span of the `occurrence`-th (0-based) `needle` in the sample text. */
export function spanOf(needle: string, occurrence = 0, text = SAMPLE_TEXT): [number, number] {
  let u = -1;
  for (let k = 0; k <= occurrence; k++) {
    u = text.indexOf(needle, u + 1);
    if (u < 0) throw new Error(`"${needle}" not found ${occurrence + 1} times`);
  }
  const index = text === SAMPLE_TEXT ? INDEX : new CodePointIndex(text);
  return [index.toCodePoint(u), index.toCodePoint(u + needle.length)];
}

export const ENTITIES: Entity[] = [
  {
    id: 'ent_maverick',
    type: 'model',
    name: 'Llama 4 Maverick',
    aliases: ['Maverick'],
    links: { wikidata: 'Q123456', huggingface: 'meta-llama/Llama-4-Maverick' },
  },
  {
    id: 'ent_meta',
    type: 'company',
    name: 'Meta',
    aliases: [],
    links: { wikidata: 'Q380', website: 'https://about.meta.com/' },
  },
  { id: 'ent_llm', type: 'data-set', name: '大規模言語モデル', aliases: [], links: {} },
  { id: 'ent_cafe', type: 'person', name: 'Café', aliases: [], links: {} },
  { id: 'ent_unused', type: 'person', name: 'Nobody', aliases: [], links: {} },
];

function claim(
  id: string,
  [start, end]: [number, number],
  fields: Partial<Pick<Claim, 'entities' | 'status' | 'note' | 'evidence' | 'structured'>> = {},
): Claim {
  return {
    id,
    start,
    end,
    ...quoteSelector(INDEX, start, end),
    entities: fields.entities ?? [],
    status: fields.status ?? ('unreviewed' as ClaimStatus),
    note: fields.note ?? '',
    ...(fields.evidence ? { evidence: fields.evidence } : {}),
    ...(fields.structured ? { structured: fields.structured } : {}),
    createdAt: NOW,
    updatedAt: LATER,
  };
}

function mention(id: string, [start, end]: [number, number], entity: string): Mention {
  return { id, start, end, ...quoteSelector(INDEX, start, end), entity, createdAt: NOW };
}

export function sampleArticle(): Article {
  const mmlu = spanOf('Maverick achieves 73.5% on MMLU');
  const team = spanOf('Maverick achieves 73.5% on MMLU, says Meta’s team');
  const crossBlock = [spanOf('Behemoth')[0] - 40, spanOf('Behemoth')[1]] as [number, number];
  return {
    id: 'art_sample',
    title: '🦙 Llama 4 lands: Meta’s 大規模 model',
    byline: 'Ada Reporter',
    publishedAt: '2026-11-25',
    siteName: 'AI News',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    source: {
      kind: 'url',
      url: 'https://news.example/llama-4',
      mediaType: 'html',
      retrievedAt: NOW,
    },
    contentHash: `sha256:${'ab'.repeat(32)}`,
    createdAt: NOW,
    updatedAt: LATER,
    blocks: SAMPLE_BLOCKS,
    text: SAMPLE_TEXT,
    claims: [
      claim('clm_team', team, {
        status: 'supported',
        note: 'Checked the\nmodel card.\tok',
        evidence: [
          { url: 'https://ai.meta.com/blog/llama-4/', label: 'Meta, model card' },
          { url: 'http://example.org/mmlu?run=1,2', label: '' },
        ],
      }),
      claim('clm_mmlu', mmlu, {
        entities: ['ent_meta'],
        status: 'misleading',
        structured: {
          subject: 'ent_maverick',
          metric: 'MMLU',
          value: '73.5',
          unit: '%',
          qualifier: '=5-shot',
        },
      }),
      // overlaps the two above without nesting in them
      claim('clm_overlap', [spanOf('73.5% on MMLU')[0], spanOf('大規模言語モデル')[1]], {
        status: 'refuted',
        note: '=cmd|"/c calc"!A1',
      }),
      // crosses the CRLF code block and the block separators
      claim('clm_code', [spanOf('rank = 1')[0] - 2, spanOf('Scout')[1]], {
        status: 'unverifiable',
      }),
      claim('clm_cafe', [spanOf('Cafe\u0301')[0], spanOf('👩‍👩‍👧')[1]], { entities: ['ent_cafe'] }),
      claim('clm_cross', crossBlock, { entities: ['ent_llm'] }),
    ],
    mentions: [
      mention('men_llama', spanOf('🦙 Llama'), 'ent_maverick'),
      mention('men_maverick', spanOf('Maverick'), 'ent_maverick'),
      mention('men_meta', spanOf('Meta’s', 1), 'ent_meta'),
      mention('men_llm', spanOf('大規模言語モデル'), 'ent_llm'),
      mention('men_emoji', spanOf('😀'), 'ent_meta'),
      mention('men_thumb', spanOf('👍🏽'), 'ent_meta'),
    ],
    orphans: [
      {
        kind: 'claim',
        id: 'clm_lost',
        quote: 'a sentence that was removed',
        prefix: '',
        suffix: '',
        lastStart: 3,
        lastEnd: 30,
        entities: ['ent_meta'],
        status: 'refuted',
        note: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  };
}

export function sampleInput(articles: Article[] = [sampleArticle()]): ExportInput {
  return { articles, entities: ENTITIES, exportedAt: LATER, generator: 'Factmark test' };
}

/** Every span of the sample, claims and mentions, to check exports against. */
export function sampleSpans(
  article = sampleArticle(),
): Array<{ id: string; start: number; end: number; quote: string }> {
  return [...article.claims, ...article.mentions];
}

/**
 * An article of `claimCount` paragraphs, each one claim with a mention inside it (so
 * 2 × claimCount annotations), with emoji and CJK throughout: for timing exports.
 */
export function largeArticle(claimCount: number): Article {
  const blocks: Block[] = [{ type: 'title', runs: [{ text: 'Benchmarks 😀 大規模' }] }];
  for (let i = 0; i < claimCount; i++) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: `Model ${i % 40} 🦙 scored ${i / 10}% on 大規模 test ${i}, says Meta.` }],
    });
  }
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  let u = 0;
  blocks.forEach((block, b) => {
    const length = block.runs[0]!.text.length;
    if (b > 0) {
      const start = index.toCodePoint(u);
      const end = index.toCodePoint(u + length);
      claims.push({
        id: `clm_${b}`,
        start,
        end,
        ...quoteSelector(index, start, end),
        entities: b % 3 === 0 ? ['ent_meta'] : [],
        status: (['unreviewed', 'supported', 'refuted', 'misleading', 'unverifiable'] as const)[
          b % 5
        ]!,
        note: b % 7 === 0 ? 'see "the paper", p. 3' : '',
        createdAt: NOW,
        updatedAt: LATER,
      });
      mentions.push({
        id: `men_${b}`,
        start,
        end: start + 7,
        ...quoteSelector(index, start, start + 7),
        entity: b % 2 === 0 ? 'ent_maverick' : 'ent_llm',
        createdAt: NOW,
      });
    }
    u += length + 2;
  });
  return { ...sampleArticle(), id: 'art_large', blocks, text, claims, mentions, orphans: [] };
}
