import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { createClaim, createEvidencePassage, createMention } from './annotate';
import type { Claim, Mention } from './annotations';
import type { Article, ExtractedArticle } from './article';
import { canonicalText, makeBlock } from './blocks';
import { reloadArticle, type ReloadCounts } from './reload';
import { bareArticle } from '../test-helpers';

const TITLE = 'Meta releases Llama 4';
const MAVERICK =
  'Llama 4 Maverick scales the same architecture to approximately 400 billion total parameters. In third-party evaluations, Maverick outperforms GPT-4o on several coding and reasoning benchmarks, including HumanEval (passing rate of 86.3%) and achieves 73.5% on MMLU.';
const BEHEMOTH =
  'Meta has confirmed a third model, Llama 4 Behemoth, is in training with 288 billion active parameters. Early internal benchmarks suggest Behemoth matches GPT-5 on several reasoning tasks.';
const LECUN =
  'Chief AI Officer Yann LeCun has been consistent in his critcism of scale-only approaches to intelligence, but the architecture reflects a pragmatic middle ground.';
const OLD = [TITLE, MAVERICK, BEHEMOTH, LECUN];

const Q_MMLU = 'achieves 73.5% on MMLU';
const Q_GPT = 'Maverick outperforms GPT-4o on several coding and reasoning benchmarks';
const Q_BEHEMOTH = 'is in training with 288 billion active parameters';
const Q_LECUN = 'Yann LeCun';
const DELETED_SENTENCE =
  'Meta has confirmed a third model, Llama 4 Behemoth, is in training with 288 billion active parameters. ';

const T0 = '2026-04-06T00:00:00.000Z';
const NOW = '2026-05-01T12:00:00.000Z';
const hash = (text: string) => `sha256:${(text.length % 10).toString().repeat(64)}`;

function blocksOf(paragraphs: readonly string[]) {
  return paragraphs.map((p, i) => makeBlock(i === 0 ? 'title' : 'paragraph', [{ text: p }])!);
}

function spanIn(text: string, quote: string): [CodePointIndex, number, number] {
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  const index = new CodePointIndex(text);
  return [index, index.toCodePoint(at), index.toCodePoint(at + quote.length)];
}

function articleWith(claimQuotes: string[], mentionQuotes: string[] = []): Article {
  const blocks = blocksOf(OLD);
  const text = canonicalText(blocks);
  const claims: Claim[] = claimQuotes.map((q) => ({
    ...createClaim(...spanIn(text, q), T0),
    status: 'supported',
    note: `note on ${q}`,
    entities: ['ent_meta'],
  }));
  const mentions: Mention[] = mentionQuotes.map((q) =>
    createMention(...spanIn(text, q), 'ent_lecun', T0),
  );
  return bareArticle(T0, {
    id: 'art_reload',
    title: TITLE,
    source: { kind: 'file', fileName: 'llama.md', mediaType: 'markdown', retrievedAt: T0 },
    contentHash: hash(text),
    blocks,
    text,
    claims,
    mentions,
    revision: 3,
  });
}

function extracted(paragraphs: readonly string[]): ExtractedArticle {
  return {
    title: paragraphs[0]!,
    byline: 'New Byline',
    publishedAt: null,
    siteName: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    source: { kind: 'file', fileName: 'llama-v2.md', mediaType: 'markdown', retrievedAt: NOW },
    blocks: blocksOf(paragraphs),
  };
}

const edit = (from: string, to: string) => OLD.map((p) => p.replace(from, to));

interface Case {
  name: string;
  claims: string[];
  mentions?: string[];
  paragraphs: string[];
  counts: ReloadCounts;
  /** The state of each claim, then each mention, by quote ('orphaned' when moved out). */
  states: Record<string, 'anchored' | 'drifted' | 'orphaned'>;
}

const cases: Case[] = [
  {
    name: 'unchanged text',
    claims: [Q_MMLU],
    paragraphs: OLD,
    counts: { anchored: 0, drifted: 0, orphaned: 0, unchanged: true },
    states: {},
  },
  {
    name: 'shifted by a paragraph inserted before',
    claims: [Q_MMLU, Q_BEHEMOTH],
    paragraphs: [TITLE, 'Update: Meta responded on Monday.', ...OLD.slice(1)],
    counts: { anchored: 2, drifted: 0, orphaned: 0, unchanged: false },
    states: { [Q_MMLU]: 'anchored', [Q_BEHEMOTH]: 'anchored' },
  },
  {
    name: 'drifted: a word inserted in the quote',
    claims: [Q_GPT],
    paragraphs: edit('Maverick outperforms', 'Maverick clearly outperforms'),
    counts: { anchored: 0, drifted: 1, orphaned: 0, unchanged: false },
    states: { [Q_GPT]: 'drifted' },
  },
  {
    name: 'orphaned: the sentence deleted',
    claims: [Q_BEHEMOTH],
    paragraphs: edit(DELETED_SENTENCE, ''),
    counts: { anchored: 0, drifted: 0, orphaned: 1, unchanged: false },
    states: { [Q_BEHEMOTH]: 'orphaned' },
  },
  {
    name: 'mixed: claims and a mention, each in another state',
    claims: [Q_MMLU, Q_GPT, Q_BEHEMOTH],
    mentions: [Q_LECUN],
    paragraphs: [
      TITLE,
      MAVERICK.replace('Maverick outperforms', 'Maverick clearly outperforms'),
      BEHEMOTH.replace(DELETED_SENTENCE, ''),
      LECUN.replace('critcism', 'criticism'),
    ],
    counts: { anchored: 2, drifted: 1, orphaned: 1, unchanged: false },
    states: {
      [Q_MMLU]: 'anchored',
      [Q_GPT]: 'drifted',
      [Q_BEHEMOTH]: 'orphaned',
      [Q_LECUN]: 'anchored',
    },
  },
];

describe('reloadArticle', () => {
  it.each(cases)('$name', ({ claims, mentions, paragraphs, counts, states }) => {
    const before = articleWith(claims, mentions);
    const outcome = reloadArticle(before, extracted(paragraphs), { hash, now: NOW });
    expect(outcome.counts).toEqual(counts);
    const after = outcome.article;
    if (counts.unchanged) {
      expect(after).toBe(before);
      expect(outcome.replaced).toBeNull();
      return;
    }
    // Every placed span quotes the new text exactly, with fresh context.
    const text = new CodePointIndex(after.text);
    for (const span of [...after.claims, ...after.mentions]) {
      expect(text.slice(span.start, span.end)).toBe(span.quote);
      expect(span.prefix).toBe(text.slice(Math.max(0, span.start - 32), span.start));
    }
    const stateOf = (id: string) =>
      [...after.claims, ...after.mentions].find((s) => s.id === id)?.anchor ??
      (after.orphans.some((o) => o.id === id) ? 'orphaned' : 'missing');
    const all = [...before.claims, ...before.mentions];
    for (const [quote, state] of Object.entries(states)) {
      const span = all.find((s) => s.quote === quote)!;
      expect(stateOf(span.id), quote).toBe(state);
    }
    // Nothing is lost: every annotation is placed or an orphan.
    expect(after.claims.length + after.mentions.length + after.orphans.length).toBe(all.length);
  });

  it('keeps the drifted quote before the change, and the claim’s fields', () => {
    const before = articleWith([Q_GPT]);
    const { article } = reloadArticle(
      before,
      extracted(edit('Maverick outperforms', 'Maverick clearly outperforms')),
      { hash, now: NOW },
    );
    const [claim] = article.claims;
    expect(claim).toMatchObject({
      id: before.claims[0]!.id,
      anchor: 'drifted',
      previousQuote: Q_GPT,
      quote: 'Maverick clearly outperforms GPT-4o on several coding and reasoning benchmarks',
      status: 'supported',
      note: `note on ${Q_GPT}`,
      entities: ['ent_meta'],
    });
  });

  it('moves an orphan out with its last quote, context, fields and text version', () => {
    const before = articleWith([Q_BEHEMOTH]);
    const old = before.claims[0]!;
    const { article } = reloadArticle(before, extracted(edit(DELETED_SENTENCE, '')), {
      hash,
      now: NOW,
    });
    expect(article.claims).toEqual([]);
    expect(article.orphans).toEqual([
      {
        kind: 'claim',
        id: old.id,
        quote: old.quote,
        prefix: old.prefix,
        suffix: old.suffix,
        lastStart: old.start,
        lastEnd: old.end,
        entities: ['ent_meta'],
        status: 'supported',
        note: old.note,
        createdAt: T0,
        updatedAt: T0,
        textVersion: before.contentHash,
        orphanedAt: NOW,
        original: old,
      },
    ]);
  });

  it('keeps the version replaced, and takes the new text and metadata', () => {
    const before = articleWith([Q_MMLU]);
    const paragraphs = edit('critcism', 'criticism');
    const { article, replaced } = reloadArticle(before, extracted(paragraphs), { hash, now: NOW });
    expect(replaced).toEqual({
      articleId: before.id,
      contentHash: before.contentHash,
      retrievedAt: T0,
      replacedAt: NOW,
      title: TITLE,
      source: before.source,
      blocks: before.blocks,
      text: before.text,
    });
    expect(article.previousVersions).toEqual([
      { contentHash: before.contentHash, retrievedAt: T0, replacedAt: NOW },
    ]);
    expect(article).toMatchObject({
      id: before.id,
      text: paragraphs.join('\n\n'),
      contentHash: hash(paragraphs.join('\n\n')),
      byline: 'New Byline',
      source: { fileName: 'llama-v2.md', retrievedAt: NOW },
      createdAt: T0,
      updatedAt: NOW,
      revision: 3,
    });
    // A second reload adds to the history and keeps earlier orphans.
    const again = reloadArticle(
      { ...article, orphans: [{ ...before.claims[0]!, kind: 'claim', lastStart: 0, lastEnd: 1 }] },
      extracted(OLD),
      { hash, now: '2026-06-01T00:00:00.000Z' },
    );
    expect(again.article.previousVersions).toHaveLength(2);
    expect(again.article.orphans).toHaveLength(1);
  });

  it('leaves a claim drifted by an earlier reload drifted, with its first quote', () => {
    const before = articleWith([Q_GPT]);
    const changed = edit('Maverick outperforms', 'Maverick clearly outperforms');
    const first = reloadArticle(before, extracted(changed), { hash, now: NOW }).article;
    const second = reloadArticle(
      first,
      extracted(changed.map((p) => p.replace('critcism', 'criticism'))),
      { hash, now: NOW },
    );
    expect(second.counts).toMatchObject({ drifted: 1, anchored: 0 });
    expect(second.article.claims[0]).toMatchObject({ anchor: 'drifted', previousQuote: Q_GPT });
  });
});

describe('reloadArticle with evidence passages', () => {
  it('places a passage like any span and keeps one it cannot place as an evidence orphan', () => {
    const before = articleWith([Q_MMLU]);
    const placed = createEvidencePassage(...spanIn(before.text, Q_GPT), T0);
    const lost = { ...createEvidencePassage(...spanIn(before.text, Q_BEHEMOTH), T0), note: 'why' };
    before.evidence = [placed, lost];
    const { article, counts } = reloadArticle(
      before,
      extracted(
        edit(DELETED_SENTENCE, '').map((p) =>
          p.replace('Maverick outperforms', 'Maverick clearly outperforms'),
        ),
      ),
      { hash, now: NOW },
    );
    expect(counts).toEqual({ anchored: 1, drifted: 1, orphaned: 1, unchanged: false });
    expect(article.evidence).toEqual([
      expect.objectContaining({ id: placed.id, anchor: 'drifted', previousQuote: Q_GPT }),
    ]);
    const orphan = article.orphans.find((o) => o.id === lost.id);
    expect(orphan).toMatchObject({ kind: 'evidence', quote: Q_BEHEMOTH, note: 'why' });
    expect(orphan).not.toHaveProperty('status');
  });

  it('leaves an article without passages without the field', () => {
    const { article } = reloadArticle(
      articleWith([Q_MMLU]),
      extracted(edit('critcism', 'criticism')),
      {
        hash,
        now: NOW,
      },
    );
    expect(article).not.toHaveProperty('evidence');
  });
});
