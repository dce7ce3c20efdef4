// Earlier texts of reloaded articles, one file per version beside the articles:
// `versions/<article id>/<content hash hex>.json`. Kept out of the article file so that listing,
// opening and autosaving an article cost the same however often it was reloaded.
import { join } from 'node:path';
import { z } from 'zod';
import { TextVersionSchema, type TextVersion } from '../../../shared/model/article';
import type { ParsedFile } from './library-files';

export const TEXT_VERSION_FILE_FORMAT = 'factmark.text-version';
export const TEXT_VERSION_FILE_VERSION = 1;

const TextVersionFileSchema = z.object({
  format: z.literal(TEXT_VERSION_FILE_FORMAT),
  version: z.literal(TEXT_VERSION_FILE_VERSION),
  textVersion: TextVersionSchema,
});

const HASH = /^sha256:([0-9a-f]{64})$/;

/** The file of one version; the hash names it, so a text is kept once however often it returns. */
export function textVersionPath(libraryFolder: string, articleId: string, hash: string): string {
  const hex = HASH.exec(hash)?.[1];
  if (!hex) throw new Error(`${JSON.stringify(hash)} is not a content hash`);
  return join(libraryFolder, 'versions', articleId, `${hex}.json`);
}

export function serializeTextVersion(version: TextVersion): string {
  const file = {
    format: TEXT_VERSION_FILE_FORMAT,
    version: TEXT_VERSION_FILE_VERSION,
    textVersion: version,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseTextVersion(content: string): ParsedFile<TextVersion> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const parsed = TextVersionFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'it is not a Factmark text version file' };
  return { ok: true, value: parsed.data.textVersion };
}
