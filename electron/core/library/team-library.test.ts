// A library shared by a team: each annotator's layer in files of their own, conflict copies
// from Syncthing, Dropbox and OneDrive merged, libraries from before layers opening unchanged,
// and two writers on one folder at once.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import type { Claim } from '../../../shared/model/annotations';
import { emptyRegistry, type EntityRegistry } from '../../../shared/model/entities';
import { CodePointIndex } from '../../../shared/text/code-points';
import type { ContractError } from '../../../shared/contract/result';
import { openLibrary, type LibraryStore } from './library-store';
import { pastedArticle } from './test-articles';

const T0 = new Date('2026-12-07T10:00:00.000Z');
const T1 = new Date('2026-12-07T11:00:00.000Z');
const T2 = new Date('2026-12-07T12:00:00.000Z');
const T3 = new Date('2026-12-07T13:00:00.000Z');

const FIRST_PARAGRAPH = 'Maverick achieves 73.5% on MMLU, says Meta. Scout is smaller.';

const extracted = (title: string, more: string[] = []) =>
  pastedArticle(title, [FIRST_PARAGRAPH, ...more], T0);

function claimOn(article: Article, phrase: string, at: Date, annotator?: string): Claim {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  const claim = createClaim(text, start, start + [...phrase].length, at.toISOString());
  return annotator ? { ...claim, annotator } : claim;
}

const withClaims = (article: Article, ...claims: Claim[]): Article => ({
  ...article,
  claims: [...article.claims, ...claims],
});

const registryWith = (...names: string[]): EntityRegistry => ({
  ...emptyRegistry(),
  entities: names.map((name) => ({
    id: `ent_${name.toLowerCase()}`,
    name,
    type: 'model',
    aliases: [],
    links: {},
  })),
});

let root: string;
let folder: string;
const as = (annotator: string | null, dir = folder): LibraryStore =>
  openLibrary(dir, { annotator });
const layerPath = (dir: string, who: string, id: string) => join(dir, 'layers', who, `${id}.json`);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-team-'));
  folder = join(root, 'library');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('layers', () => {
  it("keeps each annotator's annotations in their own file, every one attributed", async () => {
    const dana = as('Dana');
    const bob = as('Bob');
    const article = await dana.create(extracted('Llama 4'), T0);
    await dana.save(withClaims(article, claimOn(article, 'achieves 73.5%', T1)), T1, 1);
    const seen = await bob.get(article.id);
    await bob.save(withClaims(seen, claimOn(seen, 'Scout is smaller', T2)), T2, seen.revision);

    const merged = await dana.get(article.id);
    const inOrder = [...merged.claims].sort((x, y) => x.start - y.start);
    expect(inOrder.map((c) => [c.quote, c.annotator])).toEqual([
      ['achieves 73.5%', 'Dana'],
      ['Scout is smaller', 'Bob'],
    ]);
    const bobsFile = JSON.parse(await readFile(layerPath(folder, 'Bob', article.id), 'utf8'));
    expect(bobsFile).toMatchObject({ format: 'factmark.layer', annotator: 'Bob', revision: 1 });
    expect(bobsFile.claims.map((c: Claim) => c.quote)).toEqual(['Scout is smaller']);
    // The article file keeps the text only: it is written when the article is opened.
    const base = JSON.parse(await readFile(join(folder, 'articles', `${article.id}.json`), 'utf8'));
    expect(base.article.claims).toEqual([]);
    expect((await dana.list()).articles.map((a) => a.claimCount)).toEqual([2]);
  });

  it("never rewrites another annotator's annotation", async () => {
    const dana = as('Dana');
    const bob = as('Bob');
    const article = await dana.create(extracted('A'), T0);
    const claim = claimOn(article, 'achieves 73.5%', T1);
    await dana.save(withClaims(article, claim), T1, 1);
    const seen = await bob.get(article.id);
    const edited = { ...seen.claims[0]!, status: 'refuted' as const, updatedAt: T2.toISOString() };
    const change = {
      contentHash: seen.contentHash,
      patch: {
        claims: { upsert: [edited], remove: [] },
        mentions: { upsert: [], remove: [] },
        orphans: { upsert: [], remove: [] },
      },
      expected: (await import('../../../shared/model/annotation-patch')).annotationFingerprint({
        ...seen,
        claims: [edited],
      }),
    };
    await expect(bob.saveAnnotations(article.id, change, T2, seen.revision!)).rejects.toThrow(
      /Dana's annotations are theirs/,
    );
    // A whole save leaves it as Dana stored it.
    await bob.save({ ...seen, claims: [edited] }, T2, seen.revision);
    expect((await dana.get(article.id)).claims[0]!.status).toBe('unreviewed');
  });

  it('records done per annotator without counting it as an annotation change', async () => {
    const dana = as('Dana');
    const article = await dana.create(extracted('A'), T0);
    await dana.setDone(article.id, true, T1);
    expect(await dana.layers(article.id)).toEqual([{ annotator: 'Dana', done: T1.toISOString() }]);
    expect((await dana.get(article.id)).revision).toBe(1);
    await dana.setDone(article.id, false, T2);
    expect(await dana.layers(article.id)).toEqual([{ annotator: 'Dana', done: null }]);
  });
});

describe('reloading from source', () => {
  const later = 'The weights are open to researchers, who may fine-tune them.';
  const earlier = `It came out in April. ${'Much was said about it. '.repeat(3)}${later}`;
  const changed = `It came out on 5 April. ${'Much was said about it. '.repeat(3)}${later}`;

  it('writes the text and only the layers whose annotations changed', async () => {
    const dana = as('Dana');
    const bob = as('Bob');
    const article = await dana.create(extracted('Reload', [earlier]), T0);
    await dana.save(withClaims(article, claimOn(article, 'fine-tune them', T1)), T1);
    const seen = await bob.get(article.id);
    await bob.save(withClaims(seen, claimOn(seen, 'Maverick achieves', T1)), T1);
    await dana.setDone(article.id, true, T1);
    const files = {
      text: join(folder, 'articles', `${article.id}.json`),
      dana: layerPath(folder, 'Dana', article.id),
      bob: layerPath(folder, 'Bob', article.id),
    };
    const before = {
      text: await readFile(files.text, 'utf8'),
      dana: await readFile(files.dana, 'utf8'),
      bob: await readFile(files.bob, 'utf8'),
    };

    // Only the second paragraph's start changes: Dana's claim moves, Bob's is where it was.
    const { article: reloaded } = await as('Carol').reload(
      article.id,
      extracted('Reload', [changed]),
      T2,
    );
    expect(await readFile(files.text, 'utf8')).not.toBe(before.text);
    expect(await readFile(files.dana, 'utf8')).not.toBe(before.dana);
    expect(await readFile(files.bob, 'utf8')).toBe(before.bob);

    // Read again, both are placed in the new text, anchored, and nothing became an orphan.
    for (const read of [reloaded, await as('Dana').get(article.id)]) {
      const placed = read.claims.map((c) => [
        c.annotator,
        [...read.text].slice(c.start, c.end).join(''),
        c.anchor,
      ]);
      expect(placed.sort()).toEqual([
        ['Bob', 'Maverick achieves', 'anchored'],
        ['Dana', 'fine-tune them', 'anchored'],
      ]);
      expect(read.orphans).toEqual([]);
    }
    // Bob's next save writes his layer against the new text.
    const bobs = await bob.get(article.id);
    await bob.save(withClaims(bobs, claimOn(bobs, 'says Meta', T3)), T3, bobs.revision);
    const bobsFile = JSON.parse(await readFile(files.bob, 'utf8'));
    expect(bobsFile.contentHash).toBe(reloaded.contentHash);
    expect((await dana.get(article.id)).claims).toHaveLength(3);
  });

  it('still orphans a layer whose spans no longer sit in the new text', async () => {
    const bob = as('Bob');
    const article = await bob.create(extracted('Moved', [earlier]), T0);
    await bob.save(withClaims(article, claimOn(article, 'Much was said', T1)), T1);
    // The text changes behind the layer's back (another machine reloaded; its layer not synced)
    const textFile = join(folder, 'articles', `${article.id}.json`);
    const stored = await readFile(textFile, 'utf8');
    await writeFile(
      textFile,
      stored
        .replaceAll('in April', 'on 5 April')
        .replace(article.contentHash, `sha256:${'0'.repeat(64)}`),
    );
    const read = await bob.get(article.id);
    expect(read.claims).toEqual([]);
    expect(read.orphans.map((o) => o.quote)).toEqual(['Much was said']);
  });
});

describe('a library from before layers', () => {
  async function oldLibrary(): Promise<{ id: string; bytes: string }> {
    const old = as(null);
    const article = await old.create(extracted('Old'), T0);
    await old.save(withClaims(article, claimOn(article, 'achieves 73.5%', T1)), T1, 1);
    await old.saveRegistry(registryWith('Maverick'), T1);
    const bytes = await readFile(join(folder, 'articles', `${article.id}.json`), 'utf8');
    return { id: article.id, bytes };
  }

  it('opens unchanged without an annotator, as before', async () => {
    const { id, bytes } = await oldLibrary();
    const article = await as(null).get(id);
    expect(article.claims[0]!.annotator).toBeUndefined();
    expect(await readdir(folder)).not.toContain('library.json');
    expect(await readFile(join(folder, 'articles', `${id}.json`), 'utf8')).toBe(bytes);
  });

  it("attributes its annotations to the first annotator, recorded once, and moves them into that annotator's layer at the first save", async () => {
    const { id, bytes } = await oldLibrary();
    const dana = as('Dana');
    const opened = await dana.get(id);
    expect(opened.claims.map((c) => c.annotator)).toEqual(['Dana']);
    expect(await readFile(join(folder, 'articles', `${id}.json`), 'utf8')).toBe(bytes);
    // Whoever opens it next, the first annotator stays Dana.
    expect((await as('Bob').get(id)).claims.map((c) => c.annotator)).toEqual(['Dana']);
    expect(JSON.parse(await readFile(join(folder, 'library.json'), 'utf8')).firstAnnotator).toBe(
      'Dana',
    );
    expect((await dana.getRegistry()).entities.map((e) => e.name)).toEqual(['Maverick']);

    await dana.save(
      withClaims(opened, claimOn(opened, 'Scout is smaller', T2)),
      T2,
      opened.revision,
    );
    const after = await as('Bob').get(id);
    expect(after.claims.map((c) => [c.quote, c.annotator])).toEqual([
      ['achieves 73.5%', 'Dana'],
      ['Scout is smaller', 'Dana'],
    ]);
    const base = JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf8'));
    expect(base.article.claims).toEqual([]);
  });

  it('refuses a nameless writer once annotators share it', async () => {
    const { id } = await oldLibrary();
    await as('Dana').get(id);
    const article = await as(null).get(id);
    await expect(as(null).save({ ...article, claims: [] }, T2, article.revision)).rejects.toThrow(
      /say who you are/,
    );
  });
});

describe("sync tools' conflict copies", () => {
  /** Two machines: the library copied to `other`, as a sync tool would have it. */
  async function twoMachines(): Promise<{ other: string; article: Article }> {
    const article = await as('Dana').create(extracted('Shared'), T0);
    await as('Dana').saveRegistry(registryWith('Maverick'), T0, 0);
    const other = join(root, 'laptop');
    await cp(folder, other, { recursive: true });
    return { other, article };
  }

  it.each([
    ['Syncthing', (id: string) => `${id}.sync-conflict-20261207-120000-LAPTOP1.json`],
    ['Dropbox', (id: string) => `${id} (Dana's laptop's conflicted copy 2026-12-07).json`],
    ['OneDrive', (id: string) => `${id}-LAPTOP.json`],
  ])(
    '%s: the same annotator on two machines keeps every mark, the newer where both changed one',
    async (_tool, copyName) => {
      const { other, article } = await twoMachines();
      const shared = claimOn(article, 'achieves 73.5%', T1);
      await as('Dana').save(withClaims(article, shared), T1, 1);
      await as('Dana', other).save(withClaims(article, shared), T1, 1);
      // Each machine changes something: here a new claim and the shared one's status...
      const here = await as('Dana').get(article.id);
      await as('Dana').save(
        withClaims(
          { ...here, claims: [{ ...here.claims[0]!, note: 'older' }] },
          claimOn(here, 'says Meta', T2),
        ),
        T2,
        here.revision,
      );
      // ...there, another claim and a later change of the shared one.
      const there = await as('Dana', other).get(article.id);
      await as('Dana', other).save(
        withClaims(
          {
            ...there,
            claims: [{ ...there.claims[0]!, status: 'supported', updatedAt: T3.toISOString() }],
          },
          claimOn(there, 'Scout is smaller', T3),
        ),
        T3,
        there.revision,
      );
      // The sync tool keeps one and renames the other.
      await cp(
        layerPath(other, 'Dana', article.id),
        join(folder, 'layers', 'Dana', copyName(article.id)),
      );

      const merged = await as('Bob').get(article.id);
      expect(merged.claims.map((c) => c.quote).sort()).toEqual([
        'Scout is smaller',
        'achieves 73.5%',
        'says Meta',
      ]);
      expect(merged.claims.find((c) => c.id === shared.id)!.status).toBe('supported');
      expect((await as('Bob').list()).articles.map((a) => a.id)).toEqual([article.id]);

      // Dana's next change takes the copy in and removes it; nothing is lost. (Her revision
      // counts the files she writes, so she saves from her own reading of it.)
      const hers = await as('Dana').get(article.id);
      const noted = hers.claims.map((c) => (c.id === shared.id ? { ...c, note: 'checked' } : c));
      await as('Dana').save({ ...hers, claims: noted }, T3, hers.revision);
      expect(await readdir(join(folder, 'layers', 'Dana'))).toEqual([`${article.id}.json`]);
      expect((await as('Bob').get(article.id)).claims).toHaveLength(3);
    },
  );

  it.each([
    ['Syncthing', 'Dana.sync-conflict-20261207-120000-LAPTOP1.json'],
    ['Dropbox', "Dana (Dana's laptop's conflicted copy 2026-12-07).json"],
    ['another annotator', 'Bob.json'],
  ])('%s: the entity list changed on both sides keeps both changes', async (_tool, copyName) => {
    const { other } = await twoMachines();
    const here = await as('Dana').getRegistry();
    await as('Dana').saveRegistry(
      { ...here, entities: [...here.entities, ...registryWith('Scout').entities] },
      T1,
      here.revision,
    );
    const writer = copyName === 'Bob.json' ? 'Bob' : 'Dana';
    const there = await as(writer, other).getRegistry();
    await as(writer, other).saveRegistry(
      {
        ...there,
        entities: [
          { ...there.entities[0]!, aliases: ['Llama 4 Maverick'] },
          ...registryWith('Behemoth').entities,
        ],
      },
      T2,
      there.revision,
    );
    await cp(join(other, 'entities', `${writer}.json`), join(folder, 'entities', copyName));

    const merged = await as('Carol').getRegistry();
    expect(merged.entities.map((e) => e.name).sort()).toEqual(['Behemoth', 'Maverick', 'Scout']);
    expect(merged.entities.find((e) => e.name === 'Maverick')!.aliases).toEqual([
      'Llama 4 Maverick',
    ]);
    // The readable view follows the next save.
    await as('Carol').saveRegistry(
      { ...merged, entities: [...merged.entities, ...registryWith('Ray').entities] },
      T3,
      merged.revision,
    );
    const view = JSON.parse(await readFile(join(folder, 'entities.json'), 'utf8'));
    expect(view.registry.entities.map((e: { name: string }) => e.name).sort()).toEqual([
      'Behemoth',
      'Maverick',
      'Ray',
      'Scout',
    ]);
  });

  it.each([
    ['Syncthing', 'Dana.sync-conflict-20261207-120000-LAPTOP1.json'],
    ['Dropbox', "Dana (Dana's laptop's conflicted copy 2026-12-07).json"],
    ['another annotator', 'Bob.json'],
  ])(
    '%s: the same entity edited on two machines keeps both fields, and one value of the same field everywhere',
    async (_tool, copyName) => {
      const { other } = await twoMachines();
      const writer = copyName === 'Bob.json' ? 'Bob' : 'Dana';
      const edit = async (
        store: LibraryStore,
        change: Partial<EntityRegistry['entities'][number]>,
        at: Date,
      ) => {
        const registry = await store.getRegistry();
        const [maverick, ...rest] = registry.entities;
        await store.saveRegistry(
          { ...registry, entities: [{ ...maverick!, ...change }, ...rest] },
          at,
          registry.revision,
        );
      };
      // Here its name and description change; there its aliases and description.
      await edit(as('Dana'), { name: 'Llama 4 Maverick', description: 'here' }, T1);
      await edit(as(writer, other), { aliases: ['Mav'], description: 'there' }, T2);
      // The sync tool brings each side's file to the other: as a conflict copy where both
      // machines wrote Dana's file, as the file itself where each wrote its own.
      const mine = join(folder, 'entities', 'Dana.json');
      const theirs = join(other, 'entities', `${writer}.json`);
      const hereCopy =
        writer === 'Bob' ? join(other, 'entities', 'Dana.json') : join(other, 'entities', copyName);
      await cp(mine, hereCopy);
      await cp(theirs, join(folder, 'entities', copyName));

      const here = (await as('Carol').getRegistry()).entities[0]!;
      const there = (await as('Carol', other).getRegistry()).entities[0]!;
      expect(here).toMatchObject({ name: 'Llama 4 Maverick', aliases: ['Mav'] });
      expect(['here', 'there']).toContain(here.description);
      expect(there).toEqual(here);
    },
  );

  it('ignores a copy of the index (derived data) and rebuilds it', async () => {
    const { article } = await twoMachines();
    const library = as('Dana');
    await library.list();
    const copy = join(folder, "index (Dana's laptop's conflicted copy 2026-12-07).json");
    await cp(join(folder, 'index.json'), copy);
    await writeFile(join(folder, 'index.json'), '{ damaged');
    const fresh = as('Dana');
    expect((await fresh.list()).articles.map((a) => a.id)).toEqual([article.id]);
    expect(await readdir(folder)).not.toContain(
      "index (Dana's laptop's conflicted copy 2026-12-07).json",
    );
    expect(JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')).format).toBe(
      'factmark.library-index',
    );
  });

  it('does not list a OneDrive-style name as an article unless it is one', async () => {
    const { article } = await twoMachines();
    const articles = join(folder, 'articles');
    await cp(join(articles, `${article.id}.json`), join(articles, `${article.id}-LAPTOP.json`));
    const listed = await as('Dana').list();
    expect(listed.articles.map((a) => a.id)).toEqual([article.id]);
    expect(listed.problems).toEqual([]);
  });
});

describe('two writers on one folder at once', () => {
  it('loses nothing when two annotators save the same article at the same moment', async () => {
    const dana = as('Dana');
    const bob = as('Bob');
    const article = await dana.create(extracted('Race'), T0);
    const [d, b] = [claimOn(article, 'achieves 73.5%', T1), claimOn(article, 'Scout', T1)];
    const results = await Promise.allSettled([
      dana.save(withClaims(article, d), T1, 1),
      bob.save(withClaims(article, b), T1, 1),
    ]);
    // One may be told the article changed meanwhile (as the app is): it merges and saves again.
    for (const [i, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      expect((result.reason as ContractError).code).toBe('conflict');
      const store = i === 0 ? dana : bob;
      const theirs = await store.get(article.id);
      await store.save(withClaims(theirs, i === 0 ? d : b), T2, theirs.revision);
    }
    const merged = await as('Carol').get(article.id);
    expect(merged.claims.map((c) => c.annotator).sort()).toEqual(['Bob', 'Dana']);
  });

  it("takes my save after another annotator's without a conflict: my layer is mine", async () => {
    const dana = as('Dana');
    const bob = as('Bob');
    const article = await dana.create(extracted('Two hosts'), T0);
    const danaSees = await dana.get(article.id);
    const bobSees = await bob.get(article.id);
    await bob.save(withClaims(bobSees, claimOn(bobSees, 'Scout', T1)), T1, bobSees.revision);
    // Dana's copy predates Bob's save; hers only changes her layer
    const saved = await dana.save(
      withClaims(danaSees, claimOn(danaSees, 'achieves 73.5%', T2)),
      T2,
      danaSees.revision,
    );
    const merged = await as('Carol').get(article.id);
    expect(merged.claims.map((c) => [c.quote, c.annotator]).sort()).toEqual([
      ['Scout', 'Bob'],
      ['achieves 73.5%', 'Dana'],
    ]);
    // the revision Dana is told is the one her next save is checked against
    const again = await dana.get(article.id);
    expect(again.revision).toBe(saved.revision);
    await bob.save(withClaims(await bob.get(article.id), claimOn(article, 'says Meta', T3)), T3);
    await expect(
      dana.save(withClaims(again, claimOn(again, 'Maverick', T3)), T3, saved.revision),
    ).resolves.toMatchObject({ revision: saved.revision + 1 });
  });

  it('says so when the same annotator saved from two places', async () => {
    const laptop = as('Dana');
    const desktop = as('Dana');
    const article = await laptop.create(extracted('Two places'), T0);
    const first = await laptop.get(article.id);
    await desktop.save(withClaims(first, claimOn(first, 'Scout', T1)), T1, first.revision);
    await expect(
      laptop.save(withClaims(first, claimOn(first, 'Maverick', T2)), T2, first.revision),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /^Two places: Dana's annotations of it were also saved from another window, tab or machine/,
      ),
    });
  });

  it('loses nothing when the app and the command line save the entity list at once', async () => {
    const app = as('Dana');
    const cli = as('Dana');
    const changes: ((r: EntityRegistry) => EntityRegistry)[] = [
      (r) => ({ ...r, entities: [...r.entities, ...registryWith('Maverick').entities] }),
      (r) => ({ ...r, settings: { gazetteer: false } }),
    ];
    const saveWith = async (store: LibraryStore, change: (r: EntityRegistry) => EntityRegistry) => {
      // As the app does: on a conflict, read the list again and make the change on it.
      for (;;) {
        const registry = await store.getRegistry();
        try {
          return await store.saveRegistry(change(registry), T1, registry.revision ?? 0);
        } catch (error) {
          if ((error as ContractError).code !== 'conflict') throw error;
        }
      }
    };
    await Promise.all([saveWith(app, changes[0]!), saveWith(cli, changes[1]!)]);
    const registry = await as('Dana').getRegistry();
    expect(registry.entities.map((e) => e.name)).toEqual(['Maverick']);
    expect(registry.settings.gazetteer).toBe(false);
  });
});
