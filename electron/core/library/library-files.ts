// The library's files on disk: `articles/<id>.json` and `entities.json`, each an envelope with
// a format name and version around the data. Parsing never throws: a file that does not parse
// is described, so the store can report it and leave it as it is. A file from an older version
// is upgraded in memory (./migrations); one from a newer version is refused, never rewritten.
import { z } from 'zod';
import { ArticleSchema, type Article } from '../../../shared/model/article';
import { EntityRegistrySchema, type EntityRegistry } from '../../../shared/model/entities';
import { migrateArticleFile, migrateEntitiesFile } from './migrations';

export const ARTICLE_FILE_FORMAT = 'factmark.article';
export const ENTITIES_FILE_FORMAT = 'factmark.entities';
/** The version this build writes and reads; a file with a higher one is left alone. */
export const LIBRARY_FILE_VERSION = 1;

export type ParsedFile<T> = { ok: true; value: T } | { ok: false; reason: string };

const Envelope = z.looseObject({ format: z.string(), version: z.number() });

const ArticleFileSchema = z.object({
  format: z.literal(ARTICLE_FILE_FORMAT),
  version: z.literal(LIBRARY_FILE_VERSION),
  article: ArticleSchema,
});

const EntitiesFileSchema = z.object({
  format: z.literal(ENTITIES_FILE_FORMAT),
  version: z.literal(LIBRARY_FILE_VERSION),
  registry: EntityRegistrySchema,
});

export function serializeArticleFile(article: Article): string {
  return `${JSON.stringify({ format: ARTICLE_FILE_FORMAT, version: LIBRARY_FILE_VERSION, article }, null, 2)}\n`;
}

export function serializeEntitiesFile(registry: EntityRegistry): string {
  return `${JSON.stringify({ format: ENTITIES_FILE_FORMAT, version: LIBRARY_FILE_VERSION, registry }, null, 2)}\n`;
}

/** Parses an article file; `expectedId` is the id its name gives. */
export function parseArticleFile(content: string, expectedId: string): ParsedFile<Article> {
  const parsed = parseEnvelope(
    content,
    ARTICLE_FILE_FORMAT,
    'a Factmark article',
    ArticleFileSchema,
    migrateArticleFile,
  );
  if (!parsed.ok) return parsed;
  const article = parsed.value.article;
  if (article.id !== expectedId) {
    return { ok: false, reason: `it holds article ${article.id}, not ${expectedId}` };
  }
  return { ok: true, value: article };
}

export function parseEntitiesFile(content: string): ParsedFile<EntityRegistry> {
  const parsed = parseEnvelope(
    content,
    ENTITIES_FILE_FORMAT,
    'a Factmark entity list',
    EntitiesFileSchema,
    migrateEntitiesFile,
  );
  return parsed.ok ? { ok: true, value: parsed.value.registry } : parsed;
}

function parseEnvelope<T>(
  content: string,
  format: string,
  what: string,
  schema: z.ZodType<T>,
  migrate: (json: unknown) => unknown,
): ParsedFile<T> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `it is not valid JSON (${detail})` };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success || envelope.data.format !== format) {
    return { ok: false, reason: `it is not ${what} file` };
  }
  if (envelope.data.version > LIBRARY_FILE_VERSION) {
    return {
      ok: false,
      reason: `it was written by a newer Factmark (format version ${envelope.data.version}); update Factmark to open it`,
    };
  }
  const result = schema.safeParse(migrate(json));
  if (!result.success) return { ok: false, reason: describeIssues(result.error) };
  return { ok: true, value: result.data };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
