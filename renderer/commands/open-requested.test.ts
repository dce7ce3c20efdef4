import { describe, expect, it, vi } from 'vitest';
import type { HostClient } from '../api';
import { ContractError } from '../../shared/contract/result';
import type { Article } from '../../shared/model/article';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi } from '../testing/fake-api';
import { runCommand } from './registry';
import type { CommandContext } from './types';

async function contextAnswering(answers: Array<'article' | null | ContractError>) {
  const api = fakeApi();
  const store = createFactmarkStore({ api });
  const articles: Article[] = [];
  const openRequestedFile = vi.fn(async (jobId?: string) => {
    expect(jobId).toMatch(/^job_/);
    const answer = answers.shift();
    if (answer instanceof ContractError) throw answer;
    if (answer !== 'article') return null;
    const article = await api.openFile({ fileName: `file-${articles.length}.md`, dataBase64: '' });
    articles.push(article);
    return article;
  });
  const host = { api, mode: 'desktop', openRequestedFile } as unknown as HostClient;
  const context = { store, host, surface: { current: null } } as unknown as CommandContext;
  return { store, openRequestedFile, context, articles };
}

describe('open-requested', () => {
  it('opens every waiting file in turn, reports one that fails, and stops when none is left', async () => {
    const gone = new ContractError('not-found', '/home/ana/old.pdf: the file is no longer there');
    const { store, context, openRequestedFile, articles } = await contextAnswering([
      'article',
      gone,
      'article',
      null,
    ]);
    await runCommand('open-requested', context);
    expect(openRequestedFile).toHaveBeenCalledTimes(4);
    expect(
      store
        .getState()
        .summaries.map((s) => s.id)
        .sort(),
    ).toEqual(articles.map((a) => a.id).sort());
    expect(store.getState().article?.id).toBe(articles[1]!.id);
    expect(store.getState().notices.filter((n) => n.kind === 'error')).toMatchObject([
      { message: '/home/ana/old.pdf: the file is no longer there' },
    ]);
    expect(store.getState().openJob).toBeNull();
  });

  it('stops at once when the host cannot do it (browser mode, host gone)', async () => {
    const { context, openRequestedFile } = await contextAnswering([
      new ContractError('unsupported', '"openDesktopFile" is not available in this host.'),
      'article',
    ]);
    await runCommand('open-requested', context);
    expect(openRequestedFile).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no file is waiting', async () => {
    const { store, context, openRequestedFile } = await contextAnswering([null]);
    await runCommand('open-requested', context);
    expect(openRequestedFile).toHaveBeenCalledTimes(1);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().article).toBeNull();
  });
});
