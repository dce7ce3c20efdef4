// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview; the fields Google's fact-check
// markup documents): one ClaimReview per claim with a verdict, i.e. a status other than
// `unreviewed`, as a JSON array of self-contained objects (each can go in a page's
// `<script type="application/ld+json">` as it is).
//   claimReviewed  the quote
//   itemReviewed   a Claim whose `appearance` is the article (CreativeWork: url, headline,
//                  author from the byline, datePublished)
//   reviewRating   a Rating whose alternateName is the verdict in words; a ratingValue on a
//                  1–5 scale where the verdict is one (Unverifiable has none)
//   datePublished  when the claim was last reviewed (its updatedAt)
//   reviewBody     the note, when there is one
//   about          the claim's entities as Things, with `sameAs` their Wikidata IRI
//   citation       the claim's evidence, as CreativeWorks (schema.org's `citation` takes a
//                  CreativeWork or Text): its evidence links (url, name = the label), then
//                  its `supports` and `refutes` relations — to a web page (url), or to a
//                  passage of an exported article (url = that article's source address when
//                  it has one, name = its title, text = the passage). schema.org has no
//                  property for a stance, so `description` says "Supports" or "Refutes".
//                  `context` links, passages in articles outside the export and links to
//                  other claims are left out. `appearance` stays the article, where the
//                  claim was made.
import { byReadingOrder, type Claim, type ClaimStatus } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { claimEntityResolver } from './claim-entities';
import { linkToIri } from './entity-links';
import type { ExportInput } from './factmark-json';
import { entityIndex } from './labels';
import { articleFinder, relationsByClaim } from '../model/relation-ends';
import { viewOf } from '../model/relation-edits';
import type { Relation, RelationType } from '../model/relations';

type Verdict = Exclude<ClaimStatus, 'unreviewed'>;

/** Each verdict in words, and its place on the usual 1 (false) to 5 (true) fact-check scale. */
export const VERDICTS: Record<Verdict, { name: string; rating?: number }> = {
  supported: { name: 'Supported', rating: 5 },
  misleading: { name: 'Misleading', rating: 2 },
  refuted: { name: 'Refuted', rating: 1 },
  unverifiable: { name: 'Unverifiable' },
};

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: {
      '@type': 'CreativeWork';
      url?: string;
      headline: string;
      author?: { '@type': 'Person'; name: string };
      datePublished?: string;
    };
  };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  datePublished: string;
  reviewBody?: string;
  about?: Array<{ '@type': 'Thing'; name: string; sameAs?: string }>;
  citation?: Citation[];
}

export interface Citation {
  '@type': 'CreativeWork';
  url?: string;
  name?: string;
  text?: string;
  description?: string;
}

export function buildClaimReviews({ articles, entities }: ExportInput): ClaimReview[] {
  const byId = entityIndex(entities);
  const reviews: ClaimReview[] = [];
  const articleOf = articleFinder(articles);
  for (const article of articles) {
    const relationsOf = relationsByClaim(article.relations ?? []);
    const claimEntityIds = claimEntityResolver(article.mentions);
    for (const claim of [...article.claims].sort(byReadingOrder)) {
      if (claim.status === 'unreviewed') continue;
      const ids = claimEntityIds(claim);
      const subject = claim.structured?.subject;
      if (subject && !ids.includes(subject)) ids.push(subject);
      const about = ids
        .map((id) => byId.get(id))
        .filter((e): e is Entity => e !== undefined)
        .map(thing);
      const citations = [
        ...(claim.evidence ?? []).map(urlCitation),
        ...(relationsOf.get(claim.id) ?? []).flatMap((r) => relationCitation(r, articleOf)),
      ];
      reviews.push(claimReview(article, claim, claim.status, about, uniqueCitations(citations)));
    }
  }
  return reviews;
}

function claimReview(
  article: Article,
  claim: Claim,
  verdict: Verdict,
  about: NonNullable<ClaimReview['about']>,
  citation: Citation[],
): ClaimReview {
  const appearance: ClaimReview['itemReviewed']['appearance'] = {
    '@type': 'CreativeWork',
    headline: article.title,
  };
  if (article.source.url) appearance.url = article.source.url;
  if (article.byline) appearance.author = { '@type': 'Person', name: article.byline };
  if (article.publishedAt) appearance.datePublished = article.publishedAt;
  const { name, rating } = VERDICTS[verdict];
  const review: ClaimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.quote,
    itemReviewed: { '@type': 'Claim', appearance },
    reviewRating:
      rating === undefined
        ? { '@type': 'Rating', alternateName: name }
        : {
            '@type': 'Rating',
            alternateName: name,
            ratingValue: rating,
            bestRating: 5,
            worstRating: 1,
          },
    datePublished: claim.updatedAt,
  };
  if (claim.note) review.reviewBody = claim.note;
  if (about.length > 0) review.about = about;
  if (citation.length > 0) review.citation = citation;
  return review;
}

function urlCitation(e: { url: string; label: string }): Citation {
  return e.label.trim()
    ? { '@type': 'CreativeWork', url: e.url, name: e.label.trim() }
    : { '@type': 'CreativeWork', url: e.url };
}

const STANCES: Partial<Record<RelationType, string>> = {
  supports: 'Supports',
  refutes: 'Refutes',
};

/** A `supports` or `refutes` relation as a citation, when the export knows where its end is. */
function relationCitation(
  relation: Relation,
  articleOf: (id: string) => Article | null,
): Citation[] {
  const description = STANCES[relation.type];
  if (!description) return [];
  const end = viewOf(relation, articleOf).to;
  if ('url' in end) return [{ '@type': 'CreativeWork', url: end.url, description }];
  const url = articleOf(end.document)?.source.url;
  if (!end.title || !end.quote) return [];
  return [
    {
      '@type': 'CreativeWork',
      ...(url ? { url } : {}),
      name: end.title,
      text: end.quote,
      description,
    },
  ];
}

/** The same citation twice (an evidence link also linked as supporting) is written once. */
function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.url ?? ''}\u0000${c.text ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function thing(entity: Entity): { '@type': 'Thing'; name: string; sameAs?: string } {
  const wikidata = entity.links.wikidata;
  const sameAs = wikidata ? linkToIri('wikidata', wikidata).iri : undefined;
  return sameAs
    ? { '@type': 'Thing', name: entity.name, sameAs }
    : { '@type': 'Thing', name: entity.name };
}
