// The plan an import makes for a library: what to add, what to update, what to ask the user.
import type { Article } from '../model/article';
import type { Entity, EntityType } from '../model/entities';

export interface MergeLibrary {
  articles: readonly Article[];
  entities: readonly Entity[];
  /** the registry's entity types; types the import brings are planned as additions */
  types?: readonly EntityType[];
}

export interface MergeIncoming {
  articles: readonly Article[];
  entities: readonly Entity[];
}

export interface MergeConflict {
  kind: 'article' | 'entity' | 'claim' | 'mention' | 'relation';
  /** the library id of the article the conflict is in */
  articleId?: string;
  id: string;
  message: string;
}

export interface MergePlan {
  addArticles: Article[];
  /** library articles with the imported annotations merged in */
  updateArticles: Article[];
  addEntities: Entity[];
  /** library entities with the imported aliases and links added */
  updateEntities: Entity[];
  addTypes: EntityType[];
  conflicts: MergeConflict[];
  /** what changes, for a one-line summary */
  counts: {
    claimsAdded: number;
    mentionsAdded: number;
    claimsUpdated: number;
    relationsAdded: number;
    unchanged: number;
  };
}

export function emptyPlan(): MergePlan {
  return {
    addArticles: [],
    updateArticles: [],
    addEntities: [],
    updateEntities: [],
    addTypes: [],
    conflicts: [],
    counts: { claimsAdded: 0, mentionsAdded: 0, claimsUpdated: 0, relationsAdded: 0, unchanged: 0 },
  };
}
