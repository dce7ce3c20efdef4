// The three-folders trial: three annotators on three machines (library folders) mark the same
// articles; the folders are kept in step as Syncthing, Dropbox or OneDrive would, with
// conflicting writes of the shared files and of one annotator's layer on two machines. Then
// every folder shows every mark once with its author, `factmark agreement` gives the figures
// worked out by hand below, and a reviewer's adjudicated layer exports.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import type { Claim, ClaimStatus, Mention } from '../../shared/model/annotations';
import { createClaim, createMention } from '../../shared/model/annotate';
import { emptyRegistry } from '../../shared/model/entities';
import { adoptVersion, planAdjudication } from '../../shared/team/adjudication';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import {
  conflictCopyName,
  folderState,
  syncMachines,
  type FolderState,
  type Machine,
  type SyncTool,
} from '../core/library/test-sync-tools';
import { pastedArticle } from '../core/test-helpers';
import { run } from './test-helpers';

const AT = (hour: number) => new Date(Date.UTC(2026, 11, 7, hour));

const LLAMA = [
  'Meta released Llama 4 today.',
  'Maverick scores 73.5% on MMLU.',
  'Scout fits on one GPU.',
  'Behemoth is still training.',
];
const GEMINI = [
  'Gemini 2.5 tops LMArena.',
  'Google says it reasons better.',
  'Pricing is unchanged.',
];

const extracted = (title: string, sentences: string[]) =>
  pastedArticle(title, [sentences.join(' ')], AT(8));

/** What each annotator marks: claims (sentence, status) and mentions (phrase, entity). */
const MARKS: Record<
  string,
  Record<'llama' | 'gemini', { claims: [string, ClaimStatus][]; mentions: [string, string][] }>
> = {
  Ana: {
    llama: {
      claims: [
        [LLAMA[0]!, 'supported'],
        [LLAMA[1]!, 'refuted'],
        [LLAMA[2]!, 'unreviewed'],
      ],
      mentions: [['Meta', 'ent_meta']],
    },
    gemini: {
      claims: [
        [GEMINI[0]!, 'supported'],
        [GEMINI[1]!, 'misleading'],
      ],
      mentions: [],
    },
  },
  Ben: {
    llama: {
      claims: [
        [LLAMA[0]!, 'supported'],
        [LLAMA[1]!, 'supported'],
      ],
      mentions: [
        ['Meta', 'ent_meta'],
        ['Maverick', 'ent_mav'],
      ],
    },
    gemini: {
      claims: [
        [GEMINI[0]!, 'supported'],
        [GEMINI[1]!, 'misleading'],
        [GEMINI[2]!, 'unreviewed'],
      ],
      mentions: [],
    },
  },
  Cai: {
    llama: {
      claims: [
        [LLAMA[0]!, 'supported'],
        [LLAMA[3]!, 'unverifiable'],
      ],
      mentions: [['Maverick', 'ent_mav']],
    },
    gemini: { claims: [[GEMINI[2]!, 'refuted']], mentions: [] },
  },
};

/**
 * The figures by hand, pooled over both articles (every pair has claims in both).
 * Claims, exact spans: Ana–Ben 5 and 5, matched L1 L2 G1 G2 = 4, F1 8/10; Ana–Cai 5 and 3,
 * matched L1, F1 2/8; Ben–Cai 5 and 3, matched L1 G3, F1 4/8. No two different claims overlap,
 * so the overlap F1 is the same. Mentions (Llama only): Ana 1, Ben 2, Cai 1; Ana–Ben match Meta
 * (F1 2/3), Ana–Cai none (0), Ben–Cai Maverick (2/3).
 * κ: Ana–Ben over L1 (s,s) L2 (r,s) G1 (s,s) G2 (m,m): po 3/4, pe 2/4·3/4 + 1/4·1/4 = 7/16,
 * κ = (12/16 − 7/16)/(9/16) = 5/9. Ana–Cai: L1 only, one status: undefined. Ben–Cai: L1 (s,s),
 * G3 (u,r): po 1/2, pe 1/4, κ = 1/3.
 * α over the spans two or more marked: L1 {s,s,s}, L2 {r,s}, G1 {s,s}, G2 {m,m}, G3 {u,r}.
 * Coincidences: s–s 3+2, m–m 2, r–s 1+1, u–r 1+1; n = 11; n_s 6, n_r 2, n_m 2, n_u 1.
 * Do = 4/11; De = (121 − 45)/(11·10) = 76/110; α = 1 − (40/110)/(76/110) = 9/19.
 */
const close = (x: number) => expect.closeTo(x, 10);
const counts = (a: number, b: number, matched: number, f1: number) => ({
  a,
  b,
  matched,
  f1: close(f1),
});
const HAND_COMPUTED = {
  annotators: ['Ana', 'Ben', 'Cai'],
  pairs: [
    {
      a: 'Ana',
      b: 'Ben',
      claims: counts(5, 5, 4, 0.8),
      mentions: counts(1, 2, 1, 2 / 3),
      statusKappa: close(5 / 9),
      claimsOverlap: counts(5, 5, 4, 0.8),
    },
    {
      a: 'Ana',
      b: 'Cai',
      claims: counts(5, 3, 1, 0.25),
      mentions: counts(1, 1, 0, 0),
      statusKappa: null,
      claimsOverlap: counts(5, 3, 1, 0.25),
    },
    {
      a: 'Ben',
      b: 'Cai',
      claims: counts(5, 3, 2, 0.5),
      mentions: counts(2, 1, 1, 2 / 3),
      statusKappa: close(1 / 3),
      claimsOverlap: counts(5, 3, 2, 0.5),
    },
  ],
  statusAlpha: close(9 / 19),
};

function claimAt(article: Article, sentence: string, status: ClaimStatus, at: Date): Claim {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(sentence));
  return { ...createClaim(text, start, start + [...sentence].length, at.toISOString()), status };
}

function mentionAt(article: Article, phrase: string, entity: string, at: Date): Mention {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  return createMention(text, start, start + [...phrase].length, entity, at.toISOString());
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-three-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each<SyncTool>(['Syncthing', 'Dropbox', 'OneDrive'])(
  'three machines synced by %s',
  (tool) => {
    it('shows every mark once with its author, agrees with the hand computation, exports an adjudicated layer', async () => {
      const machines: Machine[] = ['ANA', 'BEN', 'CAI'].map((device) => ({
        dir: join(root, device),
        device: tool === 'Dropbox' ? `${device.toLowerCase()}-laptop` : device,
      }));
      const [a, b, c] = machines.map((m) => m.dir) as [string, string, string];
      const as = (annotator: string, dir: string) => openLibrary(dir, { annotator });

      // Ana starts the library on her machine: two articles and the entity list; the others sync.
      const llama = await as('Ana', a).create(extracted('Llama 4 lands', LLAMA), AT(8));
      const gemini = await as('Ana', a).create(extracted('Gemini 2.5', GEMINI), AT(8));
      const registry = emptyRegistry();
      registry.entities.push(
        { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
        { id: 'ent_mav', type: 'model', name: 'Llama 4 Maverick', aliases: [], links: {} },
      );
      await as('Ana', a).saveRegistry(registry, AT(8));
      await cp(a, b, { recursive: true });
      await cp(a, c, { recursive: true });
      let last: FolderState = await folderState(a);

      // Round 1: each marks both articles on their own machine, and adds to the entity list
      // (each machine then rewrites the readable entities.json and the index: conflicts).
      const ids = { llama: llama.id, gemini: gemini.id };
      for (const [annotator, dir] of [
        ['Ana', a],
        ['Ben', b],
        ['Cai', c],
      ] as const) {
        const store = as(annotator, dir);
        for (const key of ['llama', 'gemini'] as const) {
          const article = await store.get(ids[key]);
          const marks = MARKS[annotator]![key];
          await store.save(
            {
              ...article,
              claims: marks.claims.map(([s, status]) => claimAt(article, s, status, AT(9))),
              mentions: marks.mentions.map(([p, e]) => mentionAt(article, p, e, AT(9))),
            },
            AT(9),
          );
        }
        const entities = await store.getRegistry();
        const name = { Ana: 'Google', Ben: 'Gemini 2.5', Cai: 'LMArena' }[annotator];
        await store.saveRegistry(
          {
            ...entities,
            entities: [
              ...entities.entities,
              {
                id: `ent_${annotator.toLowerCase()}`,
                type: 'company',
                name,
                aliases: [],
                links: {},
              },
            ],
          },
          AT(9),
          entities.revision,
        );
        await store.list();
      }
      last = await syncMachines(machines, last, tool);

      // Round 2: Ana notes one claim on her machine and another on Ben's (her layer written on
      // two machines); Ben and Cai edit different fields of the same entity.
      const note = async (dir: string, sentence: string, text: string, hour: number) => {
        const store = as('Ana', dir);
        const article = await store.get(ids.llama);
        await store.save(
          {
            ...article,
            claims: article.claims.map((claim) =>
              claim.annotator === 'Ana' && claim.quote === sentence
                ? { ...claim, note: text, updatedAt: AT(hour).toISOString() }
                : claim,
            ),
          },
          AT(hour),
          article.revision,
        );
      };
      await note(a, LLAMA[0]!, 'checked the press release', 10);
      await note(b, LLAMA[1]!, 'the model card says 73.4', 11);
      const editMaverick = async (who: string, dir: string, change: object) => {
        const store = as(who, dir);
        const entities = await store.getRegistry();
        await store.saveRegistry(
          {
            ...entities,
            entities: entities.entities.map((e) => (e.id === 'ent_mav' ? { ...e, ...change } : e)),
          },
          AT(10),
          entities.revision,
        );
      };
      await editMaverick('Ben', b, { aliases: ['Maverick'] });
      await editMaverick('Cai', c, { links: { huggingface: 'meta-llama/Llama-4-Maverick' } });
      last = await syncMachines(machines, last, tool);
      // The tool left conflict copies: of Ana's layer (written on two machines), and of the
      // shared readable entity list.
      const copyOf = (path: string, device: string) =>
        path.replace(/[^/]+$/, (file) => conflictCopyName(file, device, tool));
      expect([...last.keys()]).toContain(
        copyOf(`layers/Ana/${ids.llama}.json`, machines[1]!.device),
      );
      expect([...last.keys()]).toContain(copyOf('entities.json', machines[2]!.device));

      for (const dir of [a, b, c]) {
        const reader = openLibrary(dir, { annotator: 'Ana' });
        expect((await reader.list()).articles.map((x) => x.title).sort()).toEqual([
          'Gemini 2.5',
          'Llama 4 lands',
        ]);
        for (const key of ['llama', 'gemini'] as const) {
          const article = await reader.get(ids[key]);
          const shown = article.claims.map(
            (claim) => `${claim.annotator}: ${claim.quote} (${claim.status})`,
          );
          const expected = Object.entries(MARKS).flatMap(([who, marks]) =>
            marks[key].claims.map(([s, status]) => `${who}: ${s} (${status})`),
          );
          expect(shown.sort()).toEqual(expected.sort());
          expect(new Set(article.claims.map((x) => x.id)).size).toBe(article.claims.length);
          const mentions = article.mentions.map((m) => `${m.annotator}: ${m.quote}`);
          expect(mentions.sort()).toEqual(
            Object.entries(MARKS)
              .flatMap(([who, marks]) => marks[key].mentions.map(([p]) => `${who}: ${p}`))
              .sort(),
          );
        }
        const notes = (await reader.get(ids.llama)).claims
          .filter((x) => x.annotator === 'Ana' && x.note)
          .map((x) => x.note)
          .sort();
        expect(notes).toEqual(['checked the press release', 'the model card says 73.4']);
        const entities = await reader.getRegistry();
        expect(entities.entities.map((e) => e.name).sort()).toEqual([
          'Gemini 2.5',
          'Google',
          'LMArena',
          'Llama 4 Maverick',
          'Meta',
        ]);
        expect(entities.entities.find((e) => e.id === 'ent_mav')).toMatchObject({
          aliases: ['Maverick'],
          links: { huggingface: 'meta-llama/Llama-4-Maverick' },
        });

        const agreement = await run('agreement', '--library', dir, '--json');
        expect(agreement.code, agreement.err).toBe(0);
        expect(JSON.parse(agreement.out)).toMatchObject(HAND_COMPUTED);
      }

      // A reviewer on Cai's machine takes Ben's verdict on the Maverick claim; it syncs, and
      // exports alone from Ana's machine. The agreement figures leave it out.
      const review = as('Cai', c);
      const article = await review.get(ids.llama);
      const plan = planAdjudication(article, { fallbackAnnotator: 'Ana' });
      const group = plan.disagreements.find((g) => g.kind === 'claim' && g.quote === LLAMA[1]);
      expect(group).toBeDefined();
      await review.save(
        adoptVersion(article, group!, 'Ben', AT(12).toISOString()),
        AT(12),
        article.revision,
      );
      await syncMachines(machines, last, tool);
      const exported = await run(
        'export',
        ...[
          '--library',
          a,
          '--article',
          ids.llama,
          '--format',
          'factmark',
          '--annotator',
          'adjudicated',
        ],
      );
      expect(exported.code, exported.err).toBe(0);
      const claims = JSON.parse(exported.out).documents[0].claims;
      expect(claims.map((x: Claim) => [x.annotator, x.quote, x.status])).toEqual([
        ['adjudicated', LLAMA[1], 'supported'],
      ]);
      const after = await run('agreement', '--library', a, '--json');
      expect(JSON.parse(after.out)).toMatchObject(HAND_COMPUTED);
    });
  },
);
