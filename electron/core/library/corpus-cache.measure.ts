// Measures getCorpus and searchLibrary on a seeded library (1,000 articles × 20 claims by
// default): `npx tsx electron/core/library/corpus-cache.measure.ts [articles] [claims]`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClaim, createMention } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import { canonicalText, makeBlock } from '../../../shared/model/blocks';
import { CodePointIndex } from '../../../shared/text/code-points';
import { contract } from '../../../shared/contract/calls';
import { findConflicts } from '../../../shared/corpus/conflicts';
import { filterCorpus } from '../../../shared/corpus/corpus-filter';
import { buildCorpusRows } from '../../../shared/corpus/corpus-rows';
import { createCoreHandlers } from '../handlers';
import { serializeArticleFile } from './library-files';
import { bareArticle } from '../../../shared/test-helpers';

const ARTICLES = Number(process.argv[2] ?? 1000);
const CLAIMS = Number(process.argv[3] ?? 20);
const AT = '2026-11-26T12:00:00.000Z';

function seededArticle(n: number): Article {
  const sentences = Array.from(
    { length: CLAIMS },
    (_, i) =>
      `Model ${n}-${i} achieves ${(50 + ((n * 7 + i) % 50)).toFixed(1)}% on MMLU, Café ${i} says.`,
  );
  const blocks = [
    makeBlock('title', [{ text: `Article ${n} about Llama 4` }])!,
    ...Array.from({ length: CLAIMS / 2 }, (_, p) =>
      makeBlock('paragraph', [
        {
          text: `${sentences[2 * p]} ${sentences[2 * p + 1] ?? ''} Filler text to read. `.repeat(2),
        },
      ])!,
    ),
  ];
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const claims = sentences.map((s, i) => {
    const start = index.toCodePoint(text.indexOf(s));
    return {
      ...createClaim(index, start, start + s.length, AT),
      structured: {
        subject: `ent_m${i}`,
        metric: 'MMLU',
        value: String(50 + ((n + i) % 3)),
        unit: '%',
      },
    };
  });
  const mentions = claims.map((c, i) =>
    createMention(index, c.start, c.start + 5, `ent_m${i}`, AT),
  );
  return bareArticle(AT, {
    id: `art_seed${n}`,
    title: `Article ${n} about Llama 4`,
    source: { kind: 'paste', retrievedAt: AT },
    blocks,
    text,
    claims,
    mentions,
    revision: 1,
  });
}

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

async function main() {
  const folder = await mkdtemp(join(tmpdir(), 'factmark-corpus-measure-'));
  try {
    await mkdir(join(folder, 'articles'));
    for (let n = 0; n < ARTICLES; n++) {
      const article = seededArticle(n);
      await writeFile(
        join(folder, 'articles', `${article.id}.json`),
        serializeArticleFile(article),
      );
    }
    const handlers = createCoreHandlers({ libraryDir: folder });
    const first = await time(`getCorpus, first (${ARTICLES} articles × ${CLAIMS} claims)`, () =>
      handlers.getCorpus({}),
    );
    console.log(
      `  documents ${first.documents.length}, JSON ${(JSON.stringify(first).length / 1e6).toFixed(1)} MB`,
    );
    const wire = JSON.stringify(first);
    await time('renderer side: JSON.parse and schema check of the answer', async () =>
      contract.getCorpus.output.parse(JSON.parse(wire)),
    );
    const documents = contract.getCorpus.output.parse(JSON.parse(wire)).documents;
    const rows = await time('corpus rows and conflicts', async () => {
      const built = buildCorpusRows(documents);
      findConflicts(built);
      return built;
    });
    await time('filter by text (first, folds every row)', async () =>
      filterCorpus(rows, { text: 'café 7' }, () => undefined),
    );
    await time('filter by text again', async () =>
      filterCorpus(rows, { text: 'mmlu' }, () => undefined),
    );
    await time('getCorpus, cached', () => handlers.getCorpus({}));
    await time('getCorpus, cached again', () => handlers.getCorpus({}));
    const hits = await time('searchLibrary "café 7", first (builds search index)', () =>
      handlers.searchLibrary({ query: 'café 7' }),
    );
    console.log(`  hits ${hits.hits.length}`);
    await time('searchLibrary "café 7", again', () => handlers.searchLibrary({ query: 'café 7' }));
    await time('searchLibrary "zebra" (no hit, scans all)', () =>
      handlers.searchLibrary({ query: 'zebra' }),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

void main();
