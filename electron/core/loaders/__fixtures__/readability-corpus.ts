// Mozilla Readability's test pages, kept beside the repository (in `../shared/corpus`), not in
// it: the tests that read them skip, saying why, where a clone stands on its own.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(
  new URL('../../../../../shared/corpus/readability-pages/', import.meta.url),
);

/** The corpus's page folders (each with a `source.html`), or none where it is absent. */
export function corpusPages(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR).filter((name) =>
    existsSync(join(CORPUS_DIR, name, 'source.html')),
  );
}

/** Prints why a test file runs without the corpus; returns whether it is there. */
export function corpusPresent(testName: string): boolean {
  const present = corpusPages().length > 0;
  if (!present) console.log(`${testName}: corpus tests skipped, no pages at ${CORPUS_DIR}`);
  return present;
}
