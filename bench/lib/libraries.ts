// Writes the benchmark libraries as files, the way the app stores them: the document-size
// matrix (one article per size) and a library of 10,000 small articles.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';
import {
  serializeArticleFile,
  serializeEntitiesFile,
} from '../../electron/core/library/library-files';
import { loadSource } from '../../electron/core/loaders';
import { benchArticle, benchRegistry } from './generate';

/** The article of three annotators' layers of 5,000 annotations each (render.firstPaint.100k.3x5k). */
export const TEAM_TITLE = 'Bench 100000 words 3x5000 annotations';
export const TEAM_ANNOTATORS = ['ana', 'ben', 'chloe'] as const;
/** The seed page of the end-to-end tests, as a user would open it, with 20 annotations. */
export const SEED_FIXTURE = join(__dirname, '..', '..', 'e2e', 'fixtures', 'news-page.html');

export const WORD_COUNTS = [1_000, 10_000, 100_000] as const;
export const ANNOTATION_COUNTS = [100, 1_000, 5_000, 10_000] as const;

function newLibrary(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factmark-bench-${name}-`));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'entities.json'), serializeEntitiesFile(benchRegistry()));
  return dir;
}

function writeArticle(dir: string, article: Article): void {
  writeFileSync(join(dir, 'articles', `${article.id}.json`), serializeArticleFile(article));
}

/** The articles of the renderer benchmarks besides the size matrix. */
export interface ExtraArticles {
  /** the 100k-word article with three annotators' layers of 5,000 each */
  team?: boolean;
  /** the seed page with 20 annotations */
  seed?: boolean;
}

/**
 * One article per (words, annotations) pair (those `wanted`) and the `extra` ones; the folder
 * and the articles.
 */
export async function writeMatrixLibrary(
  wanted: (size: { words: number; annotations: number }) => boolean = () => true,
  extra: ExtraArticles = {},
): Promise<{ dir: string; articles: Article[] }> {
  const dir = newLibrary('matrix');
  const articles: Article[] = [];
  if (extra.team) {
    const team = benchArticle({
      words: 100_000,
      annotations: 15_000,
      id: 'art_bench_team',
      title: TEAM_TITLE,
      annotators: TEAM_ANNOTATORS,
    });
    writeArticle(dir, team);
    articles.push(team);
  }
  if (extra.seed) {
    const { blocks } = await loadSource({
      fileName: 'news-page.html',
      bytes: readFileSync(SEED_FIXTURE),
    });
    const seed = benchArticle({ words: 0, annotations: 20, id: 'art_bench_seed', blocks });
    writeArticle(dir, seed);
    articles.push(seed);
  }
  for (const words of WORD_COUNTS) {
    for (const annotations of ANNOTATION_COUNTS) {
      if (!wanted({ words, annotations })) continue;
      const article = benchArticle({ words, annotations });
      writeArticle(dir, article);
      articles.push(article);
    }
  }
  return { dir, articles };
}

/** `count` articles of 300 words with 5 annotations each, updated one minute apart. */
export function writeLargeLibrary(count: number): string {
  const dir = newLibrary('large');
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const template = benchArticle({ words: 300, annotations: 5 });
  for (let i = 0; i < count; i++) {
    const updatedAt = new Date(base + i * 60_000).toISOString();
    writeArticle(dir, {
      ...template,
      id: `art_lib${i}`,
      title: `Library article ${i}`,
      blocks: template.blocks,
      updatedAt,
    });
  }
  return dir;
}
