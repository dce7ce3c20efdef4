import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { sampleArticle } from '../testing/fake-api';
import { spanOf, storeWithArticle, type TestStore } from './test-helpers';

let t: TestStore;
let otherId: string;

beforeEach(async () => {
  vi.useFakeTimers();
  t = await storeWithArticle({ title: 'Report' });
  const other = sampleArticle({ title: 'Rebuttal' });
  t.api.articles.set(other.id, other);
  otherId = other.id;
});
afterEach(() => vi.useRealTimers());

/** A claim marked in the report and collected for, then the rebuttal open. */
async function collectingInOther() {
  const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
  t.store.getState().collectEvidence();
  await t.store.getState().openArticle(otherId);
  return claim;
}

const stored = (id: string) => t.api.articles.get(id)!;
const settle = () => vi.runAllTimersAsync();

describe('relations slice', () => {
  it('keeps the claim evidence is collected for across article switches', async () => {
    const claim = await collectingInOther();
    expect(t.store.getState().linkingTarget).toMatchObject({
      document: t.article.id,
      annotation: claim.id,
      quote: 'achieves 73.5% on MMLU',
      title: 'Report',
    });
    t.store.getState().stopCollecting();
    expect(t.store.getState().linkingTarget).toBeNull();
  });

  it('makes a passage of another article evidence against the claim, stored with the claim', async () => {
    const claim = await collectingInOther();
    expect(await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'refutes')).toBe(
      true,
    );
    const passage = stored(otherId).evidence![0]!;
    expect(passage.quote).toBe('Meta said');
    expect(stored(t.article.id).relations).toMatchObject([
      {
        type: 'refutes',
        from: { document: t.article.id, annotation: claim.id },
        to: { document: otherId, annotation: passage.id },
      },
    ]);
    const views = t.store.getState().relationViews!;
    expect(views.articleId).toBe(otherId);
    expect(views.views.map((v) => v.from)).toMatchObject([{ title: 'Report', kind: 'claim' }]);
  });

  it('undoes the passage and its link in one step, and redoes both', async () => {
    await collectingInOther();
    await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'supports');
    t.store.getState().undo();
    await settle();
    expect(t.store.getState().article!.evidence).toEqual([]);
    expect(stored(otherId).evidence).toEqual([]);
    expect(stored(t.article.id).relations).toEqual([]);
    t.store.getState().redo();
    await settle();
    expect(stored(otherId).evidence).toHaveLength(1);
    expect(stored(t.article.id).relations).toHaveLength(1);
    expect(t.store.getState().relationViews!.views).toHaveLength(1);
  });

  it('removing the claim removes its links; undo brings both back', async () => {
    const claim = await collectingInOther();
    await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'refutes');
    await t.store.getState().openArticle(t.article.id);
    await t.store.getState().loadRelations(); // as the article pane does when it shows
    t.store.getState().removeClaim(claim.id);
    await settle();
    expect(stored(t.article.id).claims).toEqual([]);
    expect(stored(t.article.id).relations ?? []).toEqual([]);
    t.store.getState().undo();
    await settle();
    expect(stored(t.article.id).claims.map((c) => c.id)).toEqual([claim.id]);
    expect(stored(t.article.id).relations).toHaveLength(1);
  });

  it('removing the passage removes its link, stored with the claim’s article; undo brings both back', async () => {
    await collectingInOther();
    await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'refutes');
    const passage = t.store.getState().article!.evidence![0]!;
    t.store.getState().removeEvidencePassage(passage.id);
    await settle();
    expect(stored(otherId).evidence).toEqual([]);
    expect(stored(t.article.id).relations).toEqual([]);
    expect(t.store.getState().activeEvidenceId).toBeNull();
    t.store.getState().undo();
    await settle();
    expect(stored(otherId).evidence!.map((e) => e.id)).toEqual([passage.id]);
    expect(stored(t.article.id).relations).toHaveLength(1);
  });

  it('a whole save of a copy read before an unlink does not bring the link back', async () => {
    await collectingInOther();
    await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'refutes');
    await t.store.getState().openArticle(t.article.id);
    await t.store.getState().loadRelations();
    expect(t.store.getState().article!.relations).toHaveLength(1);
    const link = t.store.getState().relationViews!.views[0]!.relation;
    t.store.getState().removeLink(link);
    await settle();
    t.api.failing.saveAnnotations = new ContractError('invalid-input', 'whole saves only');
    t.store.getState().markClaim(spanOf(t.store, 'Meta said'));
    await settle();
    expect(t.api.saveArticle).toHaveBeenCalled();
    expect(stored(t.article.id).claims).toHaveLength(2);
    expect(stored(t.article.id).relations).toEqual([]);
  });

  it('links the target claim to a claim of another article, never to itself', async () => {
    const claim = await collectingInOther();
    const same = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
    expect(await t.store.getState().linkToTarget(same.id, 'same-claim')).toBe(true);
    expect(stored(t.article.id).relations).toMatchObject([
      { type: 'same-claim', from: { annotation: claim.id }, to: { annotation: same.id } },
    ]);
    await t.store.getState().openArticle(t.article.id);
    expect(await t.store.getState().linkToTarget(claim.id, 'contradicts')).toBe(false);
  });

  it('opens the far end of a link with it active', async () => {
    const claim = await collectingInOther();
    await t.store.getState().useAsEvidence(spanOf(t.store, 'Meta said'), 'refutes');
    const view = t.store.getState().relationViews!.views[0]!;
    expect(await t.store.getState().openAnnotation(view.relation.from)).toBe(true);
    expect(t.store.getState().article!.id).toBe(t.article.id);
    expect(t.store.getState().activeClaimId).toBe(claim.id);
    const to = view.relation.to as { document: string; annotation: string };
    expect(await t.store.getState().openAnnotation(to)).toBe(true);
    expect(t.store.getState().activeEvidenceId).toBe(to.annotation);
  });

  describe('roles: where a structured field came from', () => {
    const roles = () =>
      (stored(t.article.id).relations ?? []).filter((r) => r.type.startsWith('role:'));

    it('points a field at words of the claim: a passage, the field filled, one undo step', async () => {
      const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
      await settle();
      const point = { span: spanOf(t.store, '73.5%') };
      expect(await t.store.getState().pointField(claim.id, 'value', point)).toBe(true);
      await settle();
      const passage = stored(t.article.id).evidence![0]!;
      expect(passage.quote).toBe('73.5%');
      expect(stored(t.article.id).claims[0]!.structured).toEqual({ value: '73.5%' });
      expect(roles()).toMatchObject([
        { type: 'role:value', from: { annotation: claim.id }, to: { annotation: passage.id } },
      ]);
      t.store.getState().undo();
      await settle();
      expect(stored(t.article.id).evidence).toEqual([]);
      expect(stored(t.article.id).claims[0]!.structured).toBeUndefined();
      expect(roles()).toEqual([]);
      t.store.getState().redo();
      await settle();
      expect(roles()).toHaveLength(1);
      expect(stored(t.article.id).claims[0]!.structured).toEqual({ value: '73.5%' });
    });

    it('refuses words outside the claim', async () => {
      const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
      const outside = { span: spanOf(t.store, 'Meta said') };
      expect(await t.store.getState().pointField(claim.id, 'metric', outside)).toBe(false);
      await settle();
      expect(stored(t.article.id).evidence ?? []).toEqual([]);
      expect(t.store.getState().notices.at(-1)?.message).toMatch(/inside the claim/);
    });

    it('points the subject at a mention (its entity) and keeps a filled field; a new role replaces the old', async () => {
      const claim = t.store.getState().markClaim(spanOf(t.store, 'Meta said Maverick achieves'))!;
      const meta = t.store.getState().createEntity('Meta', 'company')!;
      const maverick = t.store.getState().createEntity('Maverick', 'model')!;
      t.store.getState().tagEntity({ kind: 'mention', ...spanOf(t.store, 'Meta') }, meta.id);
      t.store
        .getState()
        .tagEntity({ kind: 'mention', ...spanOf(t.store, 'Maverick') }, maverick.id);
      const [onMeta, onMaverick] = t.store.getState().article!.mentions;
      await t.store.getState().pointField(claim.id, 'subject', { annotation: onMeta!.id });
      await settle();
      expect(stored(t.article.id).claims[0]!.structured).toEqual({ subject: meta.id });
      await t.store.getState().pointField(claim.id, 'subject', { annotation: onMaverick!.id });
      await settle();
      // the field was filled: it stays as it is; the role now says the other mention
      expect(stored(t.article.id).claims[0]!.structured).toEqual({ subject: meta.id });
      expect(roles()).toMatchObject([{ type: 'role:subject', to: { annotation: onMaverick!.id } }]);
      // Removing the mention removes the role; undo brings both back.
      t.store.getState().removeMentions([onMaverick!.id]);
      await settle();
      expect(roles()).toEqual([]);
      t.store.getState().undo();
      await settle();
      expect(stored(t.article.id).mentions.map((m) => m.id)).toContain(onMaverick!.id);
      expect(roles()).toMatchObject([{ type: 'role:subject', to: { annotation: onMaverick!.id } }]);
    });

    it('keeps the fields read from the quote, not saved yet, with the one pointed', async () => {
      const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
      const shown = { metric: 'MMLU', value: '73.5', unit: '%' };
      await t.store
        .getState()
        .pointField(claim.id, 'qualifier', { span: spanOf(t.store, 'on') }, shown);
      await settle();
      expect(stored(t.article.id).claims[0]!.structured).toEqual({ ...shown, qualifier: 'on' });
    });
  });
});
