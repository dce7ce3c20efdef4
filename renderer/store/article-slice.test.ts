import { describe, expect, it } from 'vitest';
import { resolveTagTarget } from './tag-target';
import { spanOf, storeWithArticle } from './test-helpers';

describe('marking claims', () => {
  it('creates a claim that quotes its text exactly, with context, and makes it active', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'))!;
    const { article, activeClaimId } = store.getState();
    expect(article!.claims).toEqual([claim]);
    expect(activeClaimId).toBe(claim.id);
    expect(claim.quote).toBe('achieves 73.5% on MMLU');
    expect([...article!.text].slice(claim.start, claim.end).join('')).toBe(claim.quote);
    expect(claim.prefix.endsWith('Meta said Maverick ')).toBe(true);
    expect(claim.suffix.startsWith('.')).toBe(true);
    expect(claim.status).toBe('unreviewed');
  });

  it('counts code points after an emoji', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'arrives'))!;
    expect(claim.quote).toBe('arrives');
    expect(claim.start).toBe(10); // "Llama 4 🦙 " is 10 code points, 11 UTF-16 units
  });

  it('picks the existing claim instead of marking the same span twice', async () => {
    const { store } = await storeWithArticle();
    const first = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    store.getState().setActiveClaim(null);
    const again = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    expect(again.id).toBe(first.id);
    expect(store.getState().article!.claims).toHaveLength(1);
    expect(store.getState().activeClaimId).toBe(first.id);
  });

  it('lets claims overlap and nest', async () => {
    const { store } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said Maverick achieves 73.5% on MMLU'));
    store.getState().markClaim(spanOf(store, '73.5%'));
    store.getState().markClaim(spanOf(store, 'Maverick achieves'));
    expect(store.getState().article!.claims.map((c) => c.quote)).toEqual([
      'Meta said Maverick achieves 73.5% on MMLU',
      '73.5%',
      'Maverick achieves',
    ]);
  });

  it.each([
    ['an empty span', { start: 3, end: 3 }],
    ['a reversed span', { start: 5, end: 2 }],
    ['a span past the end', { start: 0, end: 10_000 }],
  ])('refuses %s', async (_label, span) => {
    const { store } = await storeWithArticle();
    expect(store.getState().markClaim(span)).toBeNull();
    expect(store.getState().article!.claims).toHaveLength(0);
  });

  it('refuses to annotate an article whose text does not match its blocks', async () => {
    const { store } = await storeWithArticle({ text: 'something else entirely' });
    expect(store.getState().readingProblem).toMatch(/does not match its blocks/);
    expect(store.getState().markClaim({ start: 0, end: 4 })).toBeNull();
    expect(store.getState().notices.at(-1)?.kind).toBe('error');
  });
});

describe('tagging entities', () => {
  it('tags the active claim when nothing else is selected', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'))!;
    const meta = store.getState().createEntity('Meta', 'company')!;
    const { article, activeClaimId } = store.getState();
    const target = resolveTagTarget(article!, null, activeClaimId)!;
    expect(target).toEqual({ kind: 'claim', claimId: claim.id });
    store.getState().tagEntity(target, meta.id);
    expect(store.getState().article!.claims[0]!.entities).toEqual([meta.id]);
    expect(store.getState().article!.mentions).toEqual([]);
  });

  it('creates a mention at other selected text, even with a claim active', async () => {
    const { store } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'));
    const model = store.getState().createEntity('Llama 4 Maverick', 'model')!;
    const { article, activeClaimId } = store.getState();
    const target = resolveTagTarget(article!, spanOf(store, 'Maverick'), activeClaimId)!;
    expect(target.kind).toBe('mention');
    store.getState().tagEntity(target, model.id);
    const [mention] = store.getState().article!.mentions;
    expect(mention).toMatchObject({ quote: 'Maverick', entity: model.id });
    expect(store.getState().article!.claims[0]!.entities).toEqual([]);
  });

  it('does not tag the same entity twice', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'claim', claimId: claim.id }, meta.id);
    store.getState().tagEntity({ kind: 'claim', claimId: claim.id }, meta.id);
    const span = spanOf(store, 'Meta');
    store.getState().tagEntity({ kind: 'mention', ...span }, meta.id);
    store.getState().tagEntity({ kind: 'mention', ...span }, meta.id);
    expect(store.getState().article!.claims[0]!.entities).toEqual([meta.id]);
    expect(store.getState().article!.mentions).toHaveLength(1);
  });

  it('untags a claim', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'claim', claimId: claim.id }, meta.id);
    store.getState().untagClaim(claim.id, meta.id);
    expect(store.getState().article!.claims[0]!.entities).toEqual([]);
  });
});

describe('reviewing claims', () => {
  it('sets status and note, stamping updatedAt', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    store.getState().setClaimStatus(claim.id, 'supported');
    store.getState().setClaimNote(claim.id, 'Checked against the model card.');
    const saved = store.getState().article!.claims[0]!;
    expect(saved).toMatchObject({ status: 'supported', note: 'Checked against the model card.' });
    expect(saved.updatedAt > claim.updatedAt).toBe(true);
  });

  it('leaves the article untouched when nothing changes', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const before = store.getState().article;
    store.getState().setClaimStatus(claim.id, 'unreviewed');
    store.getState().setClaimNote(claim.id, '');
    store.getState().removeClaim('clm_nosuchclaim');
    expect(store.getState().article).toBe(before);
  });

  it('removes a claim and forgets it as active', async () => {
    const { store } = await storeWithArticle();
    const keep = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const drop = store.getState().markClaim(spanOf(store, 'MMLU'))!;
    store.getState().removeClaim(drop.id);
    expect(store.getState().article!.claims.map((c) => c.id)).toEqual([keep.id]);
    expect(store.getState().activeClaimId).toBeNull();
  });

  it('removes mentions', async () => {
    const { store } = await storeWithArticle();
    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'mention', ...spanOf(store, 'Meta') }, meta.id);
    store.getState().tagEntity({ kind: 'mention', ...spanOf(store, 'Maverick') }, meta.id);
    const [first, second] = store.getState().article!.mentions;
    store.getState().removeMentions([first!.id]);
    expect(store.getState().article!.mentions).toEqual([second]);
  });

  it('keeps the library row in step with the counts', async () => {
    const { store, article } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    const row = store.getState().summaries.find((s) => s.id === article.id);
    expect(row?.claimCount).toBe(1);
  });
});

describe('undo and redo', () => {
  it('walks annotation edits back and forth', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    store.getState().removeClaim(claim.id);
    expect(store.getState().article!.claims).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().article!.claims.map((c) => c.id)).toEqual([claim.id]);
    store.getState().undo();
    expect(store.getState().article!.claims).toHaveLength(0);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().article!.claims).toHaveLength(0);
    expect(store.getState().redoStack).toHaveLength(0);
  });

  it('undoes a note typed key by key in one step', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    for (const note of ['C', 'Ch', 'Che', 'Check']) store.getState().setClaimNote(claim.id, note);
    store.getState().setClaimStatus(claim.id, 'supported');
    store.getState().undo();
    expect(store.getState().article!.claims[0]).toMatchObject({
      note: 'Check',
      status: 'unreviewed',
    });
    store.getState().undo();
    expect(store.getState().article!.claims[0]!.note).toBe('');
  });

  it('forgets history when another article opens', async () => {
    const { store } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    await store.getState().openText('Another text', 'Other');
    store.getState().undo();
    expect(store.getState().article!.title).toBe('Other');
    expect(store.getState().undoStack).toHaveLength(0);
  });
});
