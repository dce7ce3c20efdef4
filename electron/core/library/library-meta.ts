// `library.json`: facts about the whole library, written once. It records the library's first
// annotator, to whom the annotations from before layers (kept in the article files, without an
// `annotator`) are attributed. A library without it was never opened by a named annotator.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AnnotatorNameSchema, type AnnotatorName } from '../../../shared/model/annotators';
import { writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { stableStringify } from './stable-json';
import { unambiguousCopyOf } from './sync-copies';

export const LIBRARY_META_FILE = 'library.json';

const LibraryMetaSchema = z.object({
  format: z.literal('factmark.library'),
  version: z.literal(1),
  firstAnnotator: AnnotatorNameSchema,
  recordedAt: z.string(),
});
type LibraryMeta = z.infer<typeof LibraryMetaSchema>;

async function readMeta(path: string): Promise<LibraryMeta | null> {
  const content = await readFile(path, 'utf8').catch(() => null);
  if (content === null) return null;
  try {
    const parsed = LibraryMetaSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The library's first annotator, or null when none was recorded. When two machines recorded
 * one at once (a sync tool's conflict copy of library.json), the earliest record wins, by name
 * when they are as early, so every machine reads the same one.
 */
export async function readFirstAnnotator(folder: string): Promise<AnnotatorName | null> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = names.filter(
    (n) =>
      n === LIBRARY_META_FILE ||
      unambiguousCopyOf(n) === LIBRARY_META_FILE ||
      /^library-[^-.\s]{1,64}\.json$/.test(n),
  );
  const records = (await Promise.all(files.map((f) => readMeta(join(folder, f))))).filter(
    (m): m is LibraryMeta => m !== null,
  );
  records.sort(
    (a, b) =>
      a.recordedAt.localeCompare(b.recordedAt) || a.firstAnnotator.localeCompare(b.firstAnnotator),
  );
  return records[0]?.firstAnnotator ?? null;
}

/** Records `annotator` as the first one unless a first annotator is already recorded. */
export async function recordFirstAnnotator(
  folder: string,
  annotator: AnnotatorName,
  now: Date,
  fs: AtomicFs,
): Promise<AnnotatorName> {
  const known = await readFirstAnnotator(folder);
  if (known) return known;
  const meta: LibraryMeta = {
    format: 'factmark.library',
    version: 1,
    firstAnnotator: annotator,
    recordedAt: now.toISOString(),
  };
  await writeFileAtomic(join(folder, LIBRARY_META_FILE), stableStringify(meta), fs);
  return annotator;
}
