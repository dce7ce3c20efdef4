// Writes articles (with claims) and an entity registry straight into a library folder, so a
// test can start the host on a library that already has a history.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  serializeArticleFile,
  serializeEntitiesFile,
} from '../../electron/core/library/library-files';
import { contentHash } from '../../electron/core/library/library-store';
import { createClaim } from '../../shared/model/annotate';
import type { Claim } from '../../shared/model/annotations';
import type { Article } from '../../shared/model/article';
import { canonicalText, makeBlock } from '../../shared/model/blocks';
import { emptyRegistry, type Entity } from '../../shared/model/entities';
import { CodePointIndex } from '../../shared/text/code-points';
import { bareArticle } from '../../shared/test-helpers';

const AT = '2026-11-26T12:00:00.000Z';

export interface SeedClaim {
  quote: string;
  fields?: Partial<Pick<Claim, 'entities' | 'status' | 'structured' | 'evidence'>>;
}

export function seedArticle(
  id: string,
  title: string,
  paragraphs: string[],
  claims: SeedClaim[] = [],
  updatedAt = AT,
): Article {
  const blocks = [
    makeBlock('title', [{ text: title }])!,
    ...paragraphs.map((p) => makeBlock('paragraph', [{ text: p }])!),
  ];
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  return bareArticle(AT, {
    id,
    title,
    source: { kind: 'paste', retrievedAt: AT },
    contentHash: contentHash(text),
    updatedAt,
    blocks,
    text,
    claims: claims.map(({ quote, fields }) => {
      const u = text.indexOf(quote);
      if (u < 0) throw new Error(`"${quote}" is not in ${title}`);
      const start = index.toCodePoint(u);
      return { ...createClaim(index, start, start + [...quote].length, AT), ...fields };
    }),
    revision: 1,
  });
}

export function seedLibrary(libraryDir: string, articles: Article[], entities: Entity[]): void {
  mkdirSync(join(libraryDir, 'articles'), { recursive: true });
  for (const article of articles) {
    writeFileSync(
      join(libraryDir, 'articles', `${article.id}.json`),
      serializeArticleFile(article),
    );
  }
  writeFileSync(
    join(libraryDir, 'entities.json'),
    serializeEntitiesFile({ ...emptyRegistry(), entities }),
  );
}
