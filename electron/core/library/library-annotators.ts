// Everyone who annotates a library, as every machine sharing its folder reads it: the annotator
// folders under `layers/` and the first annotator (whose annotations from before layers may
// still live in the article files). Their colours are given out in this order.
import { AnnotatorNameSchema, type AnnotatorName } from '../../../shared/model/annotators';
import { layerFolders } from './article-layers';
import { readFirstAnnotator } from './library-meta';

/** The library's annotators, sorted; a file, or a folder no annotator could be named, is not. */
export async function libraryAnnotators(libraryDir: string): Promise<AnnotatorName[]> {
  const names = new Set(await layerFolders(libraryDir));
  const first = await readFirstAnnotator(libraryDir);
  if (first) names.add(first);
  return [...names].filter((name) => AnnotatorNameSchema.safeParse(name).success).sort();
}
