// Everyone who annotates a library, as every machine sharing its folder reads it: the annotator
// folders under `layers/` and the first annotator (whose annotations from before layers may
// still live in the article files). Their colours are given out in this order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AnnotatorNameSchema, type AnnotatorName } from '../../../shared/model/annotators';
import { LAYERS_FOLDER } from './article-layers';
import { readFirstAnnotator } from './library-meta';

/** The library's annotators, sorted; a file, or a folder no annotator could be named, is not. */
export async function libraryAnnotators(libraryDir: string): Promise<AnnotatorName[]> {
  const entries = await readdir(join(libraryDir, LAYERS_FOLDER), { withFileTypes: true }).catch(
    () => [],
  );
  const names = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
  const first = await readFirstAnnotator(libraryDir);
  if (first) names.add(first);
  return [...names].filter((name) => AnnotatorNameSchema.safeParse(name).success).sort();
}
