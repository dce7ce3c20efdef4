// Upgrades library files written by older versions of Factmark, in memory, step by step to the
// version this build writes. A file is never rewritten merely because it was read: the upgraded
// form reaches the disk with the next save of that article.
import { quoteSelector } from '../../../shared/anchoring/quote-selector';
import { CodePointIndex } from '../../../shared/text/code-points';

/** One step: the JSON of a file at version `n` to the JSON of the same file at `n + 1`. */
type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0 (the prototype's files): claims carried a quote but no prefix or suffix, the status
 * `open` before review states had names, and articles had no mentions or orphans.
 */
function articleV0toV1(file: Record<string, unknown>): Record<string, unknown> {
  const article = isRecord(file.article) ? file.article : {};
  const text = typeof article.text === 'string' ? new CodePointIndex(article.text) : null;
  const claims = Array.isArray(article.claims) ? article.claims : [];
  return {
    ...file,
    version: 1,
    article: {
      ...article,
      claims: claims.map((claim: unknown) => {
        if (!isRecord(claim) || !text) return claim; // the schema will say what is wrong
        const { start, end } = claim;
        const inText =
          Number.isInteger(start) && Number.isInteger(end) && (end as number) <= text.length;
        return {
          ...claim,
          ...(inText ? quoteSelector(text, start as number, end as number) : {}),
          status: claim.status === 'open' ? 'unreviewed' : claim.status,
        };
      }),
      mentions: article.mentions ?? [],
      orphans: article.orphans ?? [],
    },
  };
}

/** Entity files did not change between version 0 and 1. */
const sameShape: Migration = (file) => ({ ...file, version: 1 });

const ARTICLE_MIGRATIONS: readonly Migration[] = [articleV0toV1];
const ENTITIES_MIGRATIONS: readonly Migration[] = [sameShape];

function migrate(migrations: readonly Migration[], json: unknown): unknown {
  if (!isRecord(json) || typeof json.version !== 'number') return json;
  let file = json;
  for (let v = json.version; v >= 0 && v < migrations.length; v++) file = migrations[v]!(file);
  return file;
}

/** An article file's JSON at the current version (unchanged when already current). */
export const migrateArticleFile = (json: unknown): unknown => migrate(ARTICLE_MIGRATIONS, json);

/** An entities file's JSON at the current version (unchanged when already current). */
export const migrateEntitiesFile = (json: unknown): unknown => migrate(ENTITIES_MIGRATIONS, json);
