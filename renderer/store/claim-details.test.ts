// Evidence links and structured fields: edits that save and undo like every other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compactStructured } from './annotation-edits';
import { spanOf, storeWithArticle, type TestStore } from './test-helpers';

let t: TestStore;
let claimId: string;

beforeEach(async () => {
  vi.useFakeTimers();
  t = await storeWithArticle();
  claimId = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!.id;
});
afterEach(() => vi.useRealTimers());

const claim = () => t.store.getState().article!.claims.find((c) => c.id === claimId)!;

describe('claim evidence', () => {
  it('is set, saved, undone and redone', async () => {
    const link = { url: 'https://ai.meta.com/llama', label: 'Model card' };
    t.store.getState().setClaimEvidence(claimId, [link]);
    expect(claim().evidence).toEqual([link]);
    await vi.runAllTimersAsync();
    const saved = t.api.articles.get(t.article.id)!;
    expect(saved.claims.find((c) => c.id === claimId)!.evidence).toEqual([link]);

    t.store.getState().undo();
    expect(claim().evidence).toBeUndefined();
    t.store.getState().redo();
    expect(claim().evidence).toEqual([link]);
  });

  it('removing the last link removes the field; the same list changes nothing', () => {
    const link = { url: 'https://a.example/', label: '' };
    t.store.getState().setClaimEvidence(claimId, [link]);
    const before = t.store.getState().article;
    t.store.getState().setClaimEvidence(claimId, [{ ...link }]);
    expect(t.store.getState().article).toBe(before);
    t.store.getState().setClaimEvidence(claimId, []);
    expect('evidence' in claim() && claim().evidence !== undefined).toBe(false);
  });
});

describe('claim structured fields', () => {
  it('typing in a field is one undo step', () => {
    const steps = t.store.getState().undoStack.length;
    for (const metric of ['M', 'MM', 'MMLU']) {
      t.store.getState().setClaimStructured(claimId, { metric }, 'metric');
    }
    for (const value of ['7', '73']) {
      t.store.getState().setClaimStructured(claimId, { metric: 'MMLU', value }, 'value');
    }
    expect(claim().structured).toEqual({ metric: 'MMLU', value: '73' });
    expect(t.store.getState().undoStack.length).toBe(steps + 2);
    t.store.getState().undo();
    expect(claim().structured).toEqual({ metric: 'MMLU' });
    t.store.getState().undo();
    expect(claim().structured).toBeUndefined();
  });

  it('keeps a value as typed (a trailing space while typing) and drops blank fields', () => {
    t.store.getState().setClaimStructured(claimId, { metric: 'pass ', unit: '  ', subject: '' });
    expect(claim().structured).toEqual({ metric: 'pass ' });
    t.store.getState().setClaimStructured(claimId, { unit: ' ' });
    expect(claim().structured).toBeUndefined();
  });

  it.each([
    [undefined, undefined],
    [{}, undefined],
    [
      { qualifier: 'x', subject: 'ent_a' },
      { subject: 'ent_a', qualifier: 'x' },
    ],
  ])('compactStructured(%j) = %j', (input, expected) => {
    expect(compactStructured(input)).toEqual(expected);
  });
});
