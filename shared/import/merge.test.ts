import { describe, expect, it } from 'vitest';
import { buildFactmarkExport } from '../export/factmark-json';
import { buildW3cCollection } from '../export/w3c';
import {
  ENTITIES,
  LATER,
  NOW,
  sampleArticle,
  sampleInput,
  SAMPLE_TEXT,
} from '../export/__fixtures__/sample';
import type { Article } from '../model/article';
import { DEFAULT_ENTITY_TYPES, type Entity } from '../model/entities';
import { parseFactmarkExport } from './factmark';
import { planMerge, type MergeLibrary } from './merge';
import { parseW3cAnnotations } from './w3c';

const imported = () => {
  const parsed = parseFactmarkExport(JSON.stringify(buildFactmarkExport(sampleInput())));
  return { articles: parsed.articles!, entities: parsed.entities };
};
const library = (
  articles: Article[] = [sampleArticle()],
  entities: Entity[] = ENTITIES,
): MergeLibrary => ({
  articles,
  entities,
  types: DEFAULT_ENTITY_TYPES,
});
const exportOf = (articles: Article[], entities: Entity[]) =>
  JSON.stringify(buildFactmarkExport({ articles, entities, exportedAt: LATER, generator: 'g' }));

describe('planMerge', () => {
  it('into an empty library: adds everything, which exports exactly as before', () => {
    const plan = planMerge({ articles: [], entities: [], types: DEFAULT_ENTITY_TYPES }, imported());
    expect(plan.conflicts).toEqual([]);
    expect(plan.updateArticles).toEqual([]);
    expect(plan.addEntities.map((e) => e.id)).toEqual([
      'ent_maverick',
      'ent_meta',
      'ent_llm',
      'ent_cafe',
    ]);
    expect(plan.addTypes).toEqual([
      { id: 'data-set', label: 'Data-set', color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    ]);
    expect(exportOf(plan.addArticles, plan.addEntities)).toBe(
      exportOf([sampleArticle()], ENTITIES),
    );
  });

  it('into the library it came from: changes nothing', () => {
    const plan = planMerge(library(), imported());
    expect(plan).toMatchObject({
      addArticles: [],
      updateArticles: [],
      addEntities: [],
      updateEntities: [],
      conflicts: [],
    });
    expect(plan.counts).toEqual({
      claimsAdded: 0,
      mentionsAdded: 0,
      claimsUpdated: 0,
      relationsAdded: 0,
      unchanged: 12,
    });
  });

  it('adds the annotations an article lacks, matched by content hash', () => {
    const bare = { ...sampleArticle(), id: 'art_mine', claims: [], mentions: [], orphans: [] };
    const plan = planMerge(library([bare]), imported());
    expect(plan.addArticles).toEqual([]);
    expect(plan.updateArticles).toHaveLength(1);
    const [merged] = plan.updateArticles;
    expect(merged!.id).toBe('art_mine');
    expect(merged!.claims).toHaveLength(6);
    expect(merged!.mentions).toHaveLength(6);
    expect(merged!.orphans.map((o) => o.id)).toEqual(['clm_lost']);
    expect(plan.counts).toMatchObject({ claimsAdded: 6, mentionsAdded: 6 });
  });

  it('matches an entity by name and type, and takes the library’s id everywhere', () => {
    const mine: Entity = {
      id: 'ent_mine',
      type: 'company',
      name: 'META',
      aliases: [],
      links: { wikidata: 'Q380' },
    };
    const bare = { ...sampleArticle(), claims: [], mentions: [], orphans: [] };
    const plan = planMerge(library([bare], [mine]), imported());
    const [merged] = plan.updateArticles;
    expect(merged!.mentions.filter((m) => m.quote === 'Meta’s').map((m) => m.entity)).toEqual([
      'ent_mine',
    ]);
    expect(merged!.claims.find((c) => c.id === 'clm_mmlu')!.entities).toContain('ent_mine');
    expect(plan.addEntities.map((e) => e.id)).not.toContain('ent_meta');
    expect(plan.updateEntities).toEqual([
      // "Meta" is its name in another case, not an alias
      { ...mine, links: { wikidata: 'Q380', website: 'https://about.meta.com/' } },
    ]);
  });

  it('lists an entity whose id names something else, and a link that differs', () => {
    const renamed: Entity = {
      id: 'ent_meta',
      type: 'company',
      name: 'Facebook',
      aliases: [],
      links: { wikidata: 'Q355' },
    };
    const plan = planMerge(
      library([sampleArticle()], [renamed, ...ENTITIES.filter((e) => e.id !== 'ent_meta')]),
      imported(),
    );
    expect(plan.conflicts.map((c) => c.message)).toEqual([
      'ent_meta is "Facebook" (company) here and "Meta" (company) in the file; "Facebook" was kept',
      '"Facebook" links wikidata to Q355 here and to Q380 in the file; Q355 was kept',
    ]);
  });

  it.each([
    [
      'the file’s, updated later',
      '2027-01-01T00:00:00.000Z',
      'refuted',
      "the file's version, updated last, was kept",
    ],
    [
      'the library’s, updated later',
      '2020-01-01T00:00:00.000Z',
      'supported',
      "the library's version, updated last, was kept",
    ],
  ])(
    'keeps %s, when both sides changed a claim',
    (_label, fileUpdatedAt, expectedStatus, message) => {
      const incoming = imported();
      const claim = incoming.articles[0]!.claims.find((c) => c.id === 'clm_team')!;
      claim.status = 'refuted';
      claim.updatedAt = fileUpdatedAt;
      claim.createdAt = fileUpdatedAt;
      const plan = planMerge(library(), incoming);
      expect(plan.conflicts).toEqual([
        expect.objectContaining({
          kind: 'claim',
          articleId: 'art_sample',
          id: 'clm_team',
          message: expect.stringContaining(`differs in status; ${message}`),
        }),
      ]);
      const merged = plan.updateArticles[0] ?? sampleArticle();
      const kept = merged.claims.find((c) => c.id === 'clm_team')!;
      expect(kept.status).toBe(expectedStatus);
      expect(kept.createdAt).toBe(NOW); // the library's creation date stays either way
    },
  );

  it('takes a claim with another id on the same span for the same claim', () => {
    const incoming = imported();
    for (const c of incoming.articles[0]!.claims) c.id = `${c.id}_other`;
    const plan = planMerge(library(), incoming);
    expect(plan.updateArticles).toEqual([]);
    expect(plan.counts.unchanged).toBe(12);
  });

  it('gives a new id to an article whose id the library uses for another text', () => {
    const other = {
      ...sampleArticle(),
      contentHash: `sha256:${'cd'.repeat(32)}`,
      text: 'other',
      blocks: [],
    };
    const plan = planMerge(library([other]), imported());
    expect(plan.addArticles).toHaveLength(1);
    expect(plan.addArticles[0]!.id).not.toBe('art_sample');
    expect(plan.addArticles[0]!.id).toMatch(/^art_/);
  });

  it('refuses an article whose hash is the library’s but whose text is not', () => {
    const incoming = imported();
    incoming.articles[0] = { ...incoming.articles[0]!, text: `${SAMPLE_TEXT}!` };
    const plan = planMerge(library(), incoming);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        kind: 'article',
        message: expect.stringContaining('another text; it was not imported'),
      }),
    ]);
    expect(plan.updateArticles).toEqual([]);
  });

  it('merges two copies of one article in a file into one', () => {
    const incoming = imported();
    const copy = { ...incoming.articles[0]!, id: 'art_copy', claims: [], mentions: [] };
    const plan = planMerge(
      { articles: [], entities: [] },
      { ...incoming, articles: [incoming.articles[0]!, copy] },
    );
    expect(plan.addArticles).toHaveLength(1);
  });

  it('adds W3C annotations to the article with their text, resolving bare entity ids', () => {
    const collection = buildW3cCollection({
      ...sampleInput(),
      entities: ENTITIES.filter((e) => e.id !== 'ent_cafe'),
    });
    const read = parseW3cAnnotations(collection, SAMPLE_TEXT);
    const bare = { ...sampleArticle(), claims: [], mentions: [], orphans: [] };
    const [doc] = read.documents;
    const incoming = {
      articles: [{ ...bare, claims: doc!.claims, mentions: doc!.mentions }],
      entities: read.entities,
    };
    // the library knows ent_cafe, the file only names it
    const plan = planMerge(library([bare]), incoming);
    expect(plan.conflicts).toEqual([]);
    expect(plan.updateArticles[0]!.claims.find((c) => c.id === 'clm_cafe')!.entities).toEqual([
      'ent_cafe',
    ]);
    // a library that does not know it gets a placeholder to rename, listed for the user
    const empty = planMerge(library([bare], []), incoming);
    expect(empty.addEntities.find((e) => e.id === 'ent_cafe')).toEqual({
      id: 'ent_cafe',
      type: 'tag',
      name: 'ent_cafe',
      aliases: [],
      links: {},
    });
    expect(empty.conflicts.map((c) => c.message)).toEqual([
      expect.stringContaining(
        'ent_cafe is named by "🦙 Llama 4 lands: Meta’s 大規模 model" but is in neither the file nor the library',
      ),
    ]);
    expect(empty.addTypes.map((t) => t.id)).toEqual(['data-set', 'tag']);
  });

  it('keeps the library’s mention where the file gives its id another span', () => {
    const incoming = imported();
    const mention = incoming.articles[0]!.mentions.find((m) => m.id === 'men_maverick')!;
    mention.entity = 'ent_llm';
    const plan = planMerge(library(), incoming);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'mention', id: 'men_maverick' }),
    ]);
    expect(plan.updateArticles).toEqual([]);
  });

  it('matches claims and mentions by span within a layer; an unattributed one meets any layer', () => {
    const base = sampleArticle();
    const dana = {
      ...base,
      claims: base.claims.map((c) => ({ ...c, annotator: 'Dana' })),
      mentions: base.mentions.map((m) => ({ ...m, annotator: 'Dana' })),
    };
    // Lee's copy of the same marks, ids and all: added beside Dana's with ids of their own.
    const lee = {
      ...base,
      claims: base.claims.map((c) => ({ ...c, annotator: 'Lee' })),
      mentions: base.mentions.map((m) => ({ ...m, annotator: 'Lee' })),
    };
    const plan = planMerge(library([dana]), { articles: [lee], entities: ENTITIES });
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts).toMatchObject({
      claimsAdded: base.claims.length,
      mentionsAdded: base.mentions.length,
    });
    const [merged] = plan.updateArticles;
    const leeIds = merged!.claims.filter((c) => c.annotator === 'Lee').map((c) => c.id);
    expect(leeIds.some((id) => dana.claims.some((c) => c.id === id))).toBe(false);
    // The same marks without annotators (a file from before layers) are already there.
    const again = planMerge(library([merged!]), imported());
    expect(again.counts).toMatchObject({ claimsAdded: 0, mentionsAdded: 0 });
  });
});

describe('planMerge with evidence and relations', () => {
  /** The sample article with a passage and a refuting link to it from its first claim. */
  const linked = (): Article => {
    const a = sampleArticle();
    const claim = a.claims[0]!;
    return {
      ...a,
      evidence: [
        {
          id: 'evi_1',
          start: claim.start,
          end: claim.end,
          quote: claim.quote,
          prefix: claim.prefix,
          suffix: claim.suffix,
          note: 'table 2',
          createdAt: NOW,
        },
      ],
      relations: [
        {
          id: 'rel_1',
          type: 'refutes',
          from: { document: a.id, annotation: claim.id },
          to: { document: a.id, annotation: 'evi_1' },
          createdAt: NOW,
        },
      ],
    };
  };
  const importedLinked = () => {
    const parsed = parseFactmarkExport(exportOf([linked()], ENTITIES));
    return { articles: parsed.articles!, entities: parsed.entities };
  };

  it('into the library it came from: changes nothing', () => {
    const plan = planMerge(library([linked()]), importedLinked());
    expect(plan.updateArticles).toEqual([]);
    expect(plan.counts.relationsAdded).toBe(0);
  });

  it('into a library whose claim has another id: the link follows the claim found by its span', () => {
    const mine = sampleArticle();
    const renamed = {
      ...mine,
      claims: mine.claims.map((c, i) => (i === 0 ? { ...c, id: 'clm_mine' } : c)),
    };
    const plan = planMerge(library([renamed]), importedLinked());
    expect(plan.counts.relationsAdded).toBe(1);
    const [updated] = plan.updateArticles;
    expect(updated!.evidence!.map((e) => e.id)).toEqual(['evi_1']);
    expect(updated!.relations).toEqual([
      expect.objectContaining({
        from: { document: mine.id, annotation: 'clm_mine' },
        to: { document: mine.id, annotation: 'evi_1' },
      }),
    ]);
  });

  it('into a library where the passage exists under another id: the link points at it', () => {
    const mine = linked();
    mine.evidence = [{ ...mine.evidence![0]!, id: 'evi_mine' }];
    mine.relations = [];
    const plan = planMerge(library([mine]), importedLinked());
    expect(plan.updateArticles[0]!.relations![0]!.to).toEqual({
      document: mine.id,
      annotation: 'evi_mine',
    });
    expect(plan.updateArticles[0]!.evidence).toHaveLength(1);
  });

  it('into an empty library, when the article id is taken: the link takes the new id', () => {
    const other = {
      ...sampleArticle(),
      contentHash: `sha256:${'1'.repeat(64)}`,
      text: SAMPLE_TEXT,
    };
    const plan = planMerge(library([other]), importedLinked());
    const [added] = plan.addArticles;
    expect(added!.id).not.toBe(other.id);
    expect(added!.relations![0]!.from.document).toBe(added!.id);
    expect(added!.relations![0]!.to).toMatchObject({ document: added!.id });
  });
});
