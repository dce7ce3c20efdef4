// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostClient } from '../api';
import type { ReadingSurface } from '../editor/reading-surface';
import { spanOf, storeWithArticle } from '../store/test-helpers';
import type { Span } from '../store/types';
import { runCommand } from './registry';
import { installShortcuts } from './shortcuts';
import type { CommandContext } from './types';

function surfaceSelecting(span: Span | null): ReadingSurface {
  return { readSelection: () => span, reveal: vi.fn(), clearSelection: vi.fn() };
}

async function context(): Promise<CommandContext & { select(span: Span | null): void }> {
  const { store, api } = await storeWithArticle();
  const surface = { current: surfaceSelecting(null) };
  const host = { api, mode: 'browser', onMenuCommand: () => () => {} } as unknown as HostClient;
  return { store, host, surface, select: (span) => (surface.current = surfaceSelecting(span)) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Mark claim', () => {
  it('marks the selected text', async () => {
    const ctx = await context();
    ctx.select(spanOf(ctx.store, 'achieves 73.5% on MMLU'));
    await runCommand('mark-claim', ctx);
    const { article, activeClaimId } = ctx.store.getState();
    expect(article!.claims.map((c) => c.quote)).toEqual(['achieves 73.5% on MMLU']);
    expect(activeClaimId).toBe(article!.claims[0]!.id);
    expect(ctx.surface.current!.clearSelection).toHaveBeenCalled();
  });

  it('asks for a selection when there is none', async () => {
    const ctx = await context();
    await runCommand('mark-claim', ctx);
    expect(ctx.store.getState().article!.claims).toEqual([]);
    expect(ctx.store.getState().notices.at(-1)?.message).toMatch(/Select the text/);
  });
});

describe('Tag entity', () => {
  it('opens the dialog for a mention, prefilled with the selected text', async () => {
    const ctx = await context();
    const span = spanOf(ctx.store, 'Maverick');
    ctx.select(span);
    await runCommand('tag-entity', ctx);
    expect(ctx.store.getState().dialog).toEqual({
      kind: 'tag-entity',
      target: { kind: 'mention', ...span },
      prefill: 'Maverick',
    });
  });

  it('targets the claim just marked, offering its text as the name', async () => {
    const ctx = await context();
    ctx.select(spanOf(ctx.store, 'Meta said'));
    await runCommand('mark-claim', ctx);
    ctx.select(null); // marking cleared the selection
    await runCommand('tag-entity', ctx);
    const claim = ctx.store.getState().article!.claims[0]!;
    expect(ctx.store.getState().dialog).toEqual({
      kind: 'tag-entity',
      target: { kind: 'claim', claimId: claim.id },
      prefill: 'Meta said',
    });
  });

  it('targets the active claim when nothing is selected', async () => {
    const ctx = await context();
    const claim = ctx.store.getState().markClaim(spanOf(ctx.store, 'Meta said'))!;
    await runCommand('tag-entity', ctx);
    expect(ctx.store.getState().dialog).toMatchObject({
      target: { kind: 'claim', claimId: claim.id },
    });
  });

  it('explains itself when there is nothing to tag', async () => {
    const ctx = await context();
    await runCommand('tag-entity', ctx);
    expect(ctx.store.getState().dialog).toBeNull();
    expect(ctx.store.getState().notices.at(-1)?.kind).toBe('info');
  });
});

describe('shortcut keys', () => {
  it('run commands from the document, but not while a dialog is open', async () => {
    const ctx = await context();
    const stop = installShortcuts(ctx);
    ctx.select(spanOf(ctx.store, 'Meta said'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    await vi.waitFor(() => expect(ctx.store.getState().article!.claims).toHaveLength(1));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true }));
    await vi.waitFor(() => expect(ctx.store.getState().dialog?.kind).toBe('tag-entity'));
    ctx.select(spanOf(ctx.store, 'MMLU'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    await Promise.resolve();
    expect(ctx.store.getState().article!.claims).toHaveLength(1);
    stop();
  });
});
