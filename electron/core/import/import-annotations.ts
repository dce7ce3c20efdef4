// Merges annotation files into a library: reads them all (a bad one stops the import before
// anything is written), plans the merge against the whole library, then writes the plan.
import { planMerge } from '../../../shared/import/index';
import type { ImportReport } from '../../../shared/contract/calls';
import type { Article } from '../../../shared/model/article';
import type { LibraryStore } from '../library/library-store';
import { intoLayer } from '../../../shared/team/layers';
import {
  readAnnotationSources,
  readSourcesFromPaths,
  type AnnotationSource,
} from './read-annotation-files';

export type { ImportReport } from '../../../shared/contract/calls';

/** The command line's import: files and brat folders by path. */
export async function importAnnotationFiles(
  library: LibraryStore,
  paths: readonly string[],
  now: Date = new Date(),
  options: ImportLayerOptions = {},
): Promise<ImportReport> {
  return importAnnotations(library, await readSourcesFromPaths(paths), now, options);
}

export interface ImportLayerOptions {
  /** Puts every imported annotation in this annotator's layer, whatever the file says. */
  annotator?: string;
}

export async function importAnnotations(
  library: LibraryStore,
  sources: readonly AnnotationSource[],
  now: Date = new Date(),
  { annotator }: ImportLayerOptions = {},
): Promise<ImportReport> {
  const read = await readAnnotationSources(sources, library, now);
  const incoming =
    annotator === undefined
      ? read
      : { ...read, articles: read.articles.map((a) => intoLayer(a, annotator)) };
  const { articles: summaries } = await library.list();
  const articles: Article[] = [];
  for (const s of summaries) articles.push(await library.get(s.id));
  const registry = await library.getRegistry();
  const plan = planMerge(
    { articles, entities: registry.entities, types: registry.types },
    { articles: incoming.articles, entities: incoming.entities },
  );

  // Entities first: an article on disk never names an entity the registry lacks.
  if (plan.addEntities.length || plan.updateEntities.length || plan.addTypes.length) {
    const updated = new Map(plan.updateEntities.map((e) => [e.id, e]));
    await library.saveRegistry(
      {
        ...registry,
        types: [...registry.types, ...plan.addTypes],
        entities: [...registry.entities.map((e) => updated.get(e.id) ?? e), ...plan.addEntities],
      },
      now,
    );
  }
  for (const article of plan.addArticles) await library.add(article);
  for (const article of plan.updateArticles) await library.save(article, now);
  return {
    articlesAdded: plan.addArticles.length,
    articlesUpdated: plan.updateArticles.length,
    entitiesAdded: plan.addEntities.length,
    claimsAdded: plan.counts.claimsAdded,
    mentionsAdded: plan.counts.mentionsAdded,
    relationsAdded: plan.counts.relationsAdded,
    conflicts: plan.conflicts,
    warnings: incoming.warnings,
    recognised: incoming.recognised,
  };
}
