// Evidence passages and relations in a library written in layers: each belongs to its
// annotator's layer file like a claim, survives saves and imports, is merged from conflict
// copies by id, and a layer file from before them still reads.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim, createEvidencePassage } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import type { Relation } from '../../../shared/model/relations';
import { CodePointIndex } from '../../../shared/text/code-points';
import { openLibrary } from './library-store';
import { pastedArticle } from '../test-helpers';

const T0 = new Date('2026-12-07T10:00:00.000Z');
const T1 = new Date('2026-12-07T11:00:00.000Z');
const T2 = new Date('2026-12-07T12:00:00.000Z');

const extracted = (title: string) =>
  pastedArticle(title, 'Maverick achieves 73.5% on MMLU, says Meta. Scout is smaller.', T0);

function span(article: Article, phrase: string) {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  return { text, start, end: start + [...phrase].length };
}

const claimOn = (article: Article, phrase: string) => {
  const { text, start, end } = span(article, phrase);
  return createClaim(text, start, end, T1.toISOString());
};
const passageOn = (article: Article, phrase: string) => {
  const { text, start, end } = span(article, phrase);
  return createEvidencePassage(text, start, end, T1.toISOString());
};

const relation = (from: Article, claim: string, to: Article, passage: string): Relation => ({
  id: `rel_${claim.slice(4)}${passage.slice(4)}`,
  type: 'refutes',
  from: { document: from.id, annotation: claim },
  to: { document: to.id, annotation: passage },
  createdAt: T1.toISOString(),
});

let folder: string;
beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'factmark-evidence-')), 'library');
});
afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true });
});

const layerFile = (who: string, id: string) => join(folder, 'layers', who, `${id}.json`);

describe('evidence and relations in layers', () => {
  it('keeps an imported article’s passages and relations in its annotator’s layer', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const text = await dana.create(extracted('Text only'), T0);
    // An import brings a whole article: a claim, a passage and a link between them.
    const imported: Article = { ...text, id: 'art_imported', revision: undefined };
    const claim = claimOn(imported, 'achieves 73.5%');
    const passage = passageOn(imported, 'Scout is smaller');
    const link = relation(imported, claim.id, imported, passage.id);
    await dana.add({ ...imported, claims: [claim], evidence: [passage], relations: [link] });

    const read = await openLibrary(folder, { annotator: 'Dana' }).get('art_imported');
    expect(read.evidence).toEqual([{ ...passage, annotator: 'Dana' }]);
    expect(read.relations).toEqual([{ ...link, annotator: 'Dana' }]);
    const layer = JSON.parse(await readFile(layerFile('Dana', 'art_imported'), 'utf8'));
    expect(layer.evidence).toEqual([passage]);
    expect(layer.relations).toEqual([link]);
    // The article file keeps only the text.
    const base = JSON.parse(await readFile(join(folder, 'articles', 'art_imported.json'), 'utf8'));
    expect(base.article.evidence).toBeUndefined();
    expect(base.article.relations).toBeUndefined();
  });

  it('a whole save (an import into a stored article) adds passages and relations', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const article = await dana.create(extracted('Report'), T0);
    const claim = claimOn(article, 'achieves 73.5%');
    const passage = passageOn(article, 'Scout is smaller');
    const link = relation(article, claim.id, article, passage.id);
    const saved = await dana.save(
      { ...article, claims: [claim], evidence: [passage], relations: [link] },
      T1,
      article.revision,
    );
    expect(saved.revision).toBe(2);
    const read = await dana.get(article.id);
    expect(read.evidence?.map((e) => e.id)).toEqual([passage.id]);
    expect(read.relations?.map((r) => r.id)).toEqual([link.id]);
    // A later save of a copy without the link keeps it: only unlinking removes a link.
    await dana.save({ ...read, relations: [] }, T2, read.revision);
    expect((await dana.get(article.id)).relations?.map((r) => r.id)).toEqual([link.id]);
    // Removing the claim takes its link with it.
    const now = await dana.get(article.id);
    await dana.save({ ...now, claims: [] }, T2, now.revision);
    expect((await dana.get(article.id)).relations ?? []).toEqual([]);
  });

  it('merges passages and relations from a conflict copy of a layer, by id', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const article = await dana.create(extracted('Report'), T0);
    const claim = claimOn(article, 'achieves 73.5%');
    const first = passageOn(article, 'Scout is smaller');
    await dana.save({ ...article, claims: [claim], evidence: [first] }, T1, article.revision);
    // The same annotator on a second machine kept another passage and a link: a sync tool left
    // its file beside the first as a conflict copy.
    const layer = JSON.parse(await readFile(layerFile('Dana', article.id), 'utf8'));
    const second = passageOn(article, 'says Meta');
    const link = relation(article, claim.id, article, second.id);
    const copy = { ...layer, evidence: [second], relations: [link], revision: 5 };
    await writeFile(
      join(folder, 'layers', 'Dana', `${article.id}.sync-conflict-20261207-120000-LAPTOP1.json`),
      JSON.stringify(copy),
    );
    const read = await dana.get(article.id);
    expect(read.evidence?.map((e) => e.id).sort()).toEqual([first.id, second.id].sort());
    expect(read.relations?.map((r) => r.id)).toEqual([link.id]);
  });

  it('reads a layer file from before passages and relations', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const article = await dana.create(extracted('Report'), T0);
    await dana.save({ ...article, claims: [claimOn(article, 'Scout')] }, T1, article.revision);
    const path = layerFile('Dana', article.id);
    const { evidence: _e, relations: _r, ...old } = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify(old));
    const read = await dana.get(article.id);
    expect(read.claims).toHaveLength(1);
    expect(read.evidence).toBeUndefined();
    expect(read.relations).toBeUndefined();
  });

  it('links across articles in the linking annotator’s layer, and lists them from both ends', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const report = await dana.create(extracted('Report'), T0);
    const rebuttal = await dana.create(extracted('Rebuttal'), T0);
    const claim = claimOn(report, 'achieves 73.5%');
    const passage = passageOn(rebuttal, 'Scout is smaller');
    await dana.save({ ...report, claims: [claim] }, T1, report.revision);
    await dana.save({ ...rebuttal, evidence: [passage] }, T1, rebuttal.revision);
    const link = relation(report, claim.id, rebuttal, passage.id);
    const revision = (await dana.get(report.id)).revision;

    expect(await dana.link([link, { ...link, id: 'rel_again' }])).toEqual([
      { ...link, annotator: 'Dana' },
    ]);
    // No revision changes: an open copy of the article can still save.
    expect((await dana.get(report.id)).revision).toBe(revision);
    const fromRebuttal = await openLibrary(folder, { annotator: 'Bob' }).relationsOf(rebuttal.id);
    expect(fromRebuttal).toEqual([
      {
        relation: { ...link, annotator: 'Dana' },
        from: {
          document: report.id,
          annotation: claim.id,
          title: 'Report',
          kind: 'claim',
          quote: 'achieves 73.5%',
          state: 'placed',
        },
        to: {
          document: rebuttal.id,
          annotation: passage.id,
          title: 'Rebuttal',
          kind: 'evidence',
          quote: 'Scout is smaller',
          state: 'placed',
        },
      },
    ]);
    expect((await dana.relationsOf(report.id)).map((v) => v.relation.id)).toEqual([link.id]);

    // Bob cannot unlink Dana's link; Dana can, and gets it back to undo with.
    await expect(
      openLibrary(folder, { annotator: 'Bob' }).unlink([{ id: link.id, article: report.id }]),
    ).rejects.toThrow(/Dana's annotations are theirs/);
    expect(await dana.unlink([{ id: link.id, article: report.id }])).toEqual([
      { ...link, annotator: 'Dana' },
    ]);
    expect(await dana.relationsOf(rebuttal.id)).toEqual([]);
  });

  it('refuses a link to an annotation the library does not have', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const report = await dana.create(extracted('Report'), T0);
    const claim = claimOn(report, 'achieves 73.5%');
    await dana.save({ ...report, claims: [claim] }, T1, report.revision);
    await expect(dana.link([relation(report, claim.id, report, 'evi_nowhere')])).rejects.toThrow(
      /no annotation evi_nowhere/,
    );
    await expect(dana.link([relation(report, 'clm_nowhere', report, claim.id)])).rejects.toThrow();
  });
});
