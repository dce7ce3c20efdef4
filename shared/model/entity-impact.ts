// What deleting (or merging) an entity would touch: its mentions and the claims tagged with it,
// per article and in total, counted through the registry's merges so that references to
// entities already merged into it count too.
import type { Claim, Mention } from './annotations';
import type { EntityRegistry } from './entities';
import { entityResolver } from './registry-ops';

export interface ImpactDocument {
  articleId: string;
  title: string;
  claims: readonly Claim[];
  mentions: readonly Mention[];
}

export interface ArticleImpact {
  articleId: string;
  title: string;
  mentions: number;
  /** Claims tagged with the entity (directly, not through a mention inside them). */
  claimTags: number;
}

export interface EntityImpact {
  mentions: number;
  claimTags: number;
  /** Only the articles it appears in. */
  articles: ArticleImpact[];
}

export function entityImpact(
  registry: EntityRegistry,
  entityId: string,
  documents: readonly ImpactDocument[],
): EntityImpact {
  const resolve = entityResolver(registry);
  const isIt = (id: string) => id === entityId || resolve(id) === entityId;
  const articles: ArticleImpact[] = [];
  for (const d of documents) {
    const mentions = d.mentions.filter((m) => isIt(m.entity)).length;
    const claimTags = d.claims.filter((c) => c.entities.some(isIt)).length;
    if (mentions + claimTags > 0) {
      articles.push({ articleId: d.articleId, title: d.title, mentions, claimTags });
    }
  }
  return {
    mentions: articles.reduce((n, a) => n + a.mentions, 0),
    claimTags: articles.reduce((n, a) => n + a.claimTags, 0),
    articles,
  };
}
