// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import type { Editor } from '@tiptap/core';
import { ANNOTATIONS_GROUP, highlightIndexOf } from './extensions/annotation-highlights';
import { SpanGroup } from './extensions/highlight-layer/painter';
import { bindHighlights, initialHighlights } from './highlight-binding';
import { blocks, destroyEditors, makeEditor, spanOf } from './test-editor';
import { installFakeHighlights, paintedTexts } from './test-highlights';
import { PALETTE_HUES } from './annotator-colours';

beforeEach(installFakeHighlights);
afterEach(() => {
  destroyEditors();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The annotation group's actions from now on ('set': the whole set, 'update': some
 * highlights), and whether any transaction was dispatched for them (none should be: painting
 * is direct). */
function watchActions(editor: Editor): { actions: string[]; transactions: () => number } {
  const actions: string[] = [];
  const { set, update } = SpanGroup.prototype;
  vi.spyOn(SpanGroup.prototype, 'set').mockImplementation(function (
    this: SpanGroup,
    ...args: Parameters<SpanGroup['set']>
  ) {
    if (this.name === ANNOTATIONS_GROUP) actions.push('set');
    set.apply(this, args);
  });
  vi.spyOn(SpanGroup.prototype, 'update').mockImplementation(function (
    this: SpanGroup,
    ...args: Parameters<SpanGroup['update']>
  ) {
    if (this.name === ANNOTATIONS_GROUP) actions.push('update');
    update.apply(this, args);
  });
  const dispatch = vi.spyOn(editor.view, 'dispatch');
  return { actions, transactions: () => dispatch.mock.calls.length };
}

describe('binding highlights to the store', () => {
  it('builds once, then follows marks, removals, undo and the active claim', async () => {
    const article = sampleArticle({}, blocks);
    const store = createFactmarkStore({ api: fakeApi([article]) });
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    const editor = makeEditor();
    const { actions, transactions } = watchActions(editor);
    const unbind = bindHighlights(editor, store, article.id);
    expect(actions).toEqual(['set']);

    const first = store.getState().markClaim(spanOf('73.5% on MMLU'))!;
    const second = store.getState().markClaim(spanOf('Maverick achieves'))!;
    expect(paintedTexts('fm-claim-*')).toEqual(['Maverick achieves', '73.5% on MMLU']);
    expect(paintedTexts('fm-claim-active')).toEqual(['Maverick achieves']);
    const index = highlightIndexOf(editor)!;

    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'mention', ...spanOf('Meta') }, meta.id);
    expect(paintedTexts('fm-mention-0369a1')).toEqual(['Meta']);

    store.getState().removeClaim(first.id);
    expect(index.get(first.id)).toBeUndefined();
    expect(paintedTexts('fm-claim-*')).toEqual(['Maverick achieves']);
    store.getState().undo();
    expect(paintedTexts('fm-claim-*')).toEqual(['Maverick achieves', '73.5% on MMLU']);
    // built once; every later change was incremental, painted without a transaction
    expect(actions.filter((a) => a === 'set')).toHaveLength(1);
    expect(actions).toHaveLength(6); // set; 2 claims, a mention, a removal, an undo
    expect(actions.slice(1).every((a) => a === 'update')).toBe(true);
    expect(transactions()).toBe(0);
    unbind();
    store.getState().removeClaim(second.id);
    expect(index.get(second.id)).toBeDefined();
  });

  it('starts an editor with the store’s highlights and catches up from that state', async () => {
    const article = sampleArticle({}, blocks);
    const store = createFactmarkStore({ api: fakeApi([article]) });
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    const first = store.getState().markClaim(spanOf('73.5% on MMLU'))!;
    const baseline = store.getState();
    const editor = makeEditor(blocks, { initialHighlights: initialHighlights(baseline) });
    expect(highlightIndexOf(editor)?.get(first.id)).toBeDefined();
    expect(paintedTexts('fm-claim-active')).toEqual(['73.5% on MMLU']);
    // a change between building the editor and binding it is not lost
    const second = store.getState().markClaim(spanOf('Maverick achieves'))!;
    const { actions, transactions } = watchActions(editor);
    const unbind = bindHighlights(editor, store, article.id, baseline);
    expect(actions).toEqual(['update']);
    expect(transactions()).toBe(0);
    expect(highlightIndexOf(editor)?.get(second.id)).toBeDefined();
    expect(paintedTexts('fm-claim-active')).toEqual(['Maverick achieves']);
    unbind();
  });
});

describe('painting several annotators’ layers', () => {
  /** An article with a claim and a mention of Dana's and a claim of Bob's, open as Dana. */
  async function teamArticle() {
    const article = sampleArticle({}, blocks);
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    await store.getState().chooseAnnotator('Bob');
    store.getState().markClaim(spanOf('Maverick achieves'));
    await store.getState().chooseAnnotator('Dana');
    return { store, article };
  }

  // the palette's first two hues, in the order of the names
  const [bob, dana] = PALETTE_HUES;

  it('paints one layer as before, and each annotator in their colour once there are two', async () => {
    const { store, article } = await teamArticle();
    const editor = makeEditor();
    const unbind = bindHighlights(editor, store, article.id);
    expect(paintedTexts('fm-claim-0')).toEqual(['Maverick achieves']);
    expect(paintedTexts('fm-claim-by-*')).toEqual([]);

    // Dana's first claim: two layers shown, everything repainted in its annotator's colour
    store.getState().markClaim(spanOf('73.5% on MMLU'));
    expect(paintedTexts(`fm-claim-by-${bob}-*`)).toEqual(['Maverick achieves']);
    expect(paintedTexts(`fm-claim-by-${dana}-*`)).toEqual(['73.5% on MMLU']);
    expect(paintedTexts('fm-claim-0')).toEqual([]);
    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'mention', ...spanOf('Meta') }, meta.id);
    expect(paintedTexts(`fm-mention-by-${dana}`)).toEqual(['Meta']);
    expect(paintedTexts('fm-mention-0369a1')).toEqual([]);
    // the active claim keeps its own highlight over the annotator's colour
    expect(paintedTexts('fm-claim-active')).toEqual(['73.5% on MMLU']);

    // only mine shown: one layer, painted as before
    store.getState().setLayerView({ kind: 'mine' });
    expect(paintedTexts('fm-claim-by-*')).toEqual([]);
    expect(paintedTexts('fm-claim-0')).toEqual(['73.5% on MMLU']);
    expect(paintedTexts('fm-mention-0369a1')).toEqual(['Meta']);
    store.getState().setLayerView({ kind: 'all' });
    expect(paintedTexts(`fm-claim-by-${bob}-*`)).toEqual(['Maverick achieves']);
    unbind();
  });

  it('paints a group per annotator, not per annotation', async () => {
    const { store, article } = await teamArticle();
    store.getState().markClaim(spanOf('73.5% on MMLU'));
    store.getState().markClaim(spanOf('Scout'));
    const editor = makeEditor();
    const groups = new Set<string>();
    const { set } = SpanGroup.prototype;
    vi.spyOn(SpanGroup.prototype, 'set').mockImplementation(function (
      this: SpanGroup,
      ...args: Parameters<SpanGroup['set']>
    ) {
      groups.add(this.name);
      set.apply(this, args);
    });
    const unbind = bindHighlights(editor, store, article.id);
    expect([...groups].sort()).toEqual([
      ANNOTATIONS_GROUP, // emptied
      `${ANNOTATIONS_GROUP}:Bob`,
      `${ANNOTATIONS_GROUP}:Dana`,
    ]);
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS
      .highlights;
    expect([...registry.keys()].filter((n) => n.startsWith('fm-claim-by-')).sort()).toEqual(
      [`fm-claim-by-${bob}-0`, `fm-claim-by-${dana}-0`].sort(),
    );
    unbind();
  });
});
