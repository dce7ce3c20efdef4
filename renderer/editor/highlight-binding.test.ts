// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { annotationHighlightsKey } from './extensions/annotation-highlights';
import { bindHighlights, initialHighlights } from './highlight-binding';
import { blocks, destroyEditors, highlighted, makeEditor, spanOf } from './test-editor';

afterEach(destroyEditors);

describe('binding highlights to the store', () => {
  it('builds once, then follows marks, removals, undo and the active claim', async () => {
    const article = sampleArticle({}, blocks);
    const store = createFactmarkStore({ api: fakeApi([article]) });
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    const editor = makeEditor();
    const actions: string[] = [];
    editor.on('transaction', ({ transaction }) => {
      const action = transaction.getMeta(annotationHighlightsKey) as { type: string } | undefined;
      if (action) actions.push(action.type);
    });
    const unbind = bindHighlights(editor, store, article.id);
    expect(actions).toEqual(['set']);

    const first = store.getState().markClaim(spanOf('73.5% on MMLU'))!;
    const second = store.getState().markClaim(spanOf('Maverick achieves'))!;
    expect(highlighted(editor, first.id).replace(/\|/g, '')).toBe('73.5% on MMLU');
    expect(editor.view.dom.querySelector('.fm-claim-active')?.getAttribute('data-claim-id')).toBe(
      second.id,
    );

    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'mention', ...spanOf('Meta') }, meta.id);
    const mention = editor.view.dom.querySelector('[data-mention-id]') as HTMLElement;
    expect(mention.textContent).toBe('Meta');
    expect(mention.style.getPropertyValue('--fm-mention-color')).toBe('#0369a1');

    store.getState().removeClaim(first.id);
    expect(highlighted(editor, first.id)).toBe('');
    store.getState().undo();
    expect(highlighted(editor, first.id).replace(/\|/g, '')).toBe('73.5% on MMLU');
    // built once; every later change was incremental, one transaction each
    expect(actions.filter((a) => a === 'set')).toHaveLength(1);
    expect(actions).toHaveLength(6); // set; 2 claims, a mention, a removal, an undo
    expect(actions.slice(1).every((a) => a === 'update')).toBe(true);
    unbind();
    store.getState().removeClaim(second.id);
    expect(highlighted(editor, second.id)).not.toBe('');
  });

  it('starts an editor with the store’s highlights and catches up from that state', async () => {
    const article = sampleArticle({}, blocks);
    const store = createFactmarkStore({ api: fakeApi([article]) });
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    const first = store.getState().markClaim(spanOf('73.5% on MMLU'))!;
    const baseline = store.getState();
    const editor = makeEditor(blocks, { initialHighlights: initialHighlights(baseline) });
    expect(editor.view.dom.querySelector('.fm-claim-active')?.getAttribute('data-claim-id')).toBe(
      first.id,
    );
    // a change between building the editor and binding it is not lost
    const second = store.getState().markClaim(spanOf('Maverick achieves'))!;
    const actions: string[] = [];
    editor.on('transaction', ({ transaction }) => {
      const action = transaction.getMeta(annotationHighlightsKey) as { type: string } | undefined;
      if (action) actions.push(action.type);
    });
    const unbind = bindHighlights(editor, store, article.id, baseline);
    expect(actions).toEqual(['update']);
    expect(highlighted(editor, second.id).replace(/\|/g, '')).toBe('Maverick achieves');
    unbind();
  });
});
