import { describe, expect, it } from 'vitest';
import { spanOf, storeWithArticle } from '../store/test-helpers';
import { describeHighlights } from './HighlightTooltip';

describe('the highlight tooltip', () => {
  it('names the entities of the mention and the claims under the pointer, innermost first', async () => {
    const { store } = await storeWithArticle();
    const state = store.getState();
    const meta = state.createEntity('Meta', 'company')!;
    const maverick = state.createEntity('Llama 4 Maverick', 'model')!;
    state.tagEntity({ kind: 'mention', ...spanOf(store, 'Meta') }, meta.id);
    const outer = state.markClaim(spanOf(store, 'Meta said Maverick achieves 73.5% on MMLU'))!;
    state.tagEntity({ kind: 'claim', claimId: outer.id }, maverick.id);
    state.markClaim(spanOf(store, 'Meta said'));
    const onMeta = spanOf(store, 'Meta').start + 1;
    expect(describeHighlights(store.getState(), onMeta)).toEqual([
      { kind: 'mention', text: 'Mention of Meta (Company)' },
      { kind: 'claim', text: 'Claim “Meta said”: Meta (Company)' },
      {
        kind: 'claim',
        text: 'Claim “Meta said Maverick achieves 73.5% on MMLU”: Llama 4 Maverick (Model), Meta (Company)',
      },
    ]);
    expect(describeHighlights(store.getState(), spanOf(store, 'arrives').start)).toEqual([]);
  });

  it('describes entities as painted: a merged one once, as its survivor; a deleted one not at all', async () => {
    const { store } = await storeWithArticle();
    const state = store.getState();
    const meta = state.createEntity('Meta', 'company')!;
    const metaAi = state.createEntity('Meta AI', 'company')!;
    const maverick = state.createEntity('Llama 4 Maverick', 'model')!;
    state.tagEntity({ kind: 'mention', ...spanOf(store, 'Meta') }, metaAi.id);
    state.tagEntity({ kind: 'mention', ...spanOf(store, 'Maverick') }, maverick.id);
    const claim = state.markClaim(spanOf(store, 'Meta said Maverick'))!;
    state.tagEntity({ kind: 'claim', claimId: claim.id }, meta.id);
    store.getState().mergeEntities(meta.id, metaAi.id);
    store.getState().deleteEntity(maverick.id);
    expect(describeHighlights(store.getState(), spanOf(store, 'Meta').start)).toEqual([
      { kind: 'mention', text: 'Mention of Meta (Company)' },
      { kind: 'claim', text: 'Claim “Meta said Maverick”: Meta (Company)' },
    ]);
    expect(describeHighlights(store.getState(), spanOf(store, 'Maverick').start)).toEqual([
      { kind: 'claim', text: 'Claim “Meta said Maverick”: Meta (Company)' },
    ]);
  });

  it('says what a suggestion would be', async () => {
    const { store } = await storeWithArticle();
    const { start, end } = spanOf(store, 'Maverick');
    store.setState({
      suggestions: {
        articleId: store.getState().article!.id,
        mentions: [],
        claims: [],
        ordered: [
          {
            kind: 'mention',
            id: `sm_${start}_${end}`,
            start,
            end,
            quote: 'Maverick',
            name: 'Llama 4 Maverick',
            type: 'model',
            source: 'gazetteer',
          },
        ],
      },
    });
    // Folded away (the `Suggestions` section closed), suggestions say nothing on hover.
    expect(describeHighlights(store.getState(), start)).toEqual([]);
    store.getState().setSuggestionsShown(true);
    expect(describeHighlights(store.getState(), start)).toEqual([
      { kind: 'suggestion', text: 'Suggested: Llama 4 Maverick (Model), new' },
    ]);
  });
});
