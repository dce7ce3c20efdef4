import { describe, expect, it, vi } from 'vitest';
import type { HostClient } from '../api';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { runCommand } from './registry';
import type { CommandContext } from './types';
import type { ImportReport } from '../../shared/contract/calls';
import { describeImport } from '../store/import-slice';

const report = (counts: Partial<ImportReport>, conflicts = 0): ImportReport => ({
  articlesAdded: 0,
  articlesUpdated: 0,
  entitiesAdded: 0,
  claimsAdded: 0,
  mentionsAdded: 0,
  relationsAdded: 0,
  warnings: [],
  recognised: [],
  ...counts,
  conflicts: Array.from(
    { length: conflicts },
    () => ({ message: 'x' }) as ImportReport['conflicts'][number],
  ),
});

describe('describeImport', () => {
  it.each([
    [
      report({ articlesAdded: 1, claimsAdded: 1, mentionsAdded: 1 }),
      'Imported: 1 article added, 0 updated, 1 claim and 1 mention added.',
    ],
    [
      report({ articlesAdded: 2, articlesUpdated: 3, claimsAdded: 4, mentionsAdded: 0 }, 1),
      'Imported: 2 articles added, 3 updated, 4 claims and 0 mentions added, 1 conflict to review.',
    ],
    [
      report({ claimsAdded: 1, relationsAdded: 2 }),
      'Imported: 0 articles added, 0 updated, 1 claim and 0 mentions added, 2 links added.',
    ],
  ])('counts in words (%#)', (input, expected) => {
    expect(describeImport(input)).toBe(expected);
  });
});

describe('import-annotations', () => {
  it('shows the open article as the import left it', async () => {
    const article = sampleArticle();
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    expect(await store.getState().openArticle(article.id)).toBe(true);
    const imported = {
      ...article,
      claims: [createClaim(new CodePointIndex(article.text), 0, 4, 'now')],
    };
    const pickAndImportAnnotations = vi.fn(async () => {
      await api.saveArticle({ article: imported });
      return { ...report({ articlesUpdated: 1 }) };
    });
    const host = { api, pickAndImportAnnotations } as unknown as HostClient;
    const context = { store, host, surface: { current: null } } as unknown as CommandContext;
    await runCommand('import-annotations', context);
    expect(store.getState().article?.claims.map((c) => c.id)).toEqual(
      imported.claims.map((c) => c.id),
    );
  });
});
