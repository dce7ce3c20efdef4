// saveAnnotations through the handlers, as both hosts answer it: a patch is applied under the
// revision check, and one that does not fit the stored article is refused and writes nothing.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim, createMention } from '../../shared/model/annotate';
import type { Article } from '../../shared/model/article';
import type { Claim } from '../../shared/model/annotations';
import {
  annotationFingerprint,
  diffAnnotations,
  type Annotations,
} from '../../shared/model/annotation-patch';
import { CodePointIndex } from '../../shared/text/code-points';
import type { CoreHandlers } from './handlers';
import { callHandler, handlerValue, handlersInTempLibrary } from './test-handlers';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const NEWS = 'Meta released Llama 4.\n\nMaverick achieves 73.5% on MMLU, Meta says.';

let folder: string;
let handlers: CoreHandlers;

beforeEach(async () => {
  ({ folder, handlers } = await handlersInTempLibrary('patch', NOW));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const call = <T = unknown>(name: string, payload: unknown) =>
  callHandler<T>(handlers, name, payload);
const value = <T>(name: string, payload: unknown) => handlerValue<T>(handlers, name, payload);

async function openNews(): Promise<Article> {
  return value<Article>('openText', { text: NEWS, title: 'Llama 4 news' });
}

function claimOf(article: Article, quote: string): Claim {
  const text = new CodePointIndex(article.text);
  const at = text.toCodePoint(article.text.indexOf(quote));
  return createClaim(text, at, at + [...quote].length, NOW.toISOString());
}

/** The saveAnnotations input that turns `from` into `to`. */
function patchInput(from: Article, to: Annotations, baseRevision = from.revision ?? 0) {
  return {
    id: from.id,
    baseRevision,
    contentHash: from.contentHash,
    patch: diffAnnotations(from, to)!,
    expected: annotationFingerprint(to),
  };
}

const fileOf = (article: Article) => join(folder, 'articles', `${article.id}.json`);

describe('saveAnnotations', () => {
  it('applies the change to the stored article and counts up its revision', async () => {
    const article = await openNews();
    const claim = claimOf(article, 'achieves 73.5% on MMLU');
    const text = new CodePointIndex(article.text);
    const mention = createMention(text, 0, 4, 'ent_meta', NOW.toISOString());
    const edited = { ...article, claims: [claim], mentions: [mention] };
    expect(await value('saveAnnotations', patchInput(article, edited))).toEqual({
      savedAt: NOW.toISOString(),
      revision: 2,
    });
    const stored = await value<Article>('getArticle', { id: article.id });
    expect(stored).toMatchObject({ claims: [claim], mentions: [mention], revision: 2 });
    expect(stored.text).toBe(article.text);

    const removed = { ...stored, claims: [] };
    await value('saveAnnotations', patchInput(stored, removed));
    expect(await value('getArticle', { id: article.id })).toMatchObject({
      claims: [],
      mentions: [mention],
      revision: 3,
    });
  });

  it('writes nothing for an empty patch', async () => {
    const article = await openNews();
    const before = await readFile(fileOf(article), 'utf8');
    expect(await value('saveAnnotations', patchInput(article, article))).toEqual({
      savedAt: article.updatedAt,
      revision: 1,
    });
    expect(await readFile(fileOf(article), 'utf8')).toBe(before);
  });

  const refusals: Array<{
    name: string;
    code: string;
    message: RegExp;
    input: (article: Article, edited: Article) => unknown;
  }> = [
    {
      name: 'an article that is not in the library',
      code: 'not-found',
      message: /art_gone is not in the library/,
      input: (a, e) => ({ ...patchInput(a, e), id: 'art_gone' }),
    },
    {
      name: 'a patch based on an older revision',
      code: 'conflict',
      message:
        /Llama 4 news: it was changed in another window or tab .*revision 1, this copy has 0/,
      input: (a, e) => patchInput(a, e, 0),
    },
    {
      name: 'a patch made on another text',
      code: 'conflict',
      message: /Llama 4 news: its text was replaced .* not applied/,
      input: (a, e) => ({ ...patchInput(a, e), contentHash: `sha256:${'1'.repeat(64)}` }),
    },
    {
      name: 'a patch that does not add up to what it expects',
      code: 'invalid-input',
      message: /do not add up .*\(1 claims.* 2 claims/,
      input: (a, e) => ({
        ...patchInput(a, e),
        expected: { ...annotationFingerprint(e), claims: 2 },
      }),
    },
    {
      name: 'a claim whose quote is not the text at its offsets',
      code: 'invalid-input',
      message: /claim clm_\w+ quotes "achieves 73\.5% on GPT"/,
      input: (a, e) => {
        const wrong = { ...e, claims: [{ ...e.claims[0]!, quote: 'achieves 73.5% on GPT' }] };
        return patchInput(a, wrong);
      },
    },
    {
      name: 'a claim beyond the end of the text',
      code: 'invalid-input',
      message: /the text has \d+ characters/,
      input: (a, e) => {
        const wrong = { ...e, claims: [{ ...e.claims[0]!, start: 500, end: 522 }] };
        return patchInput(a, wrong);
      },
    },
    {
      name: 'a malformed patch',
      code: 'invalid-input',
      message: /saveAnnotations: patch\.claims\.upsert/,
      input: (a, e) => {
        const input = patchInput(a, e);
        return { ...input, patch: { ...input.patch, claims: { upsert: [{}], remove: [] } } };
      },
    },
  ];

  it.each(refusals)('refuses $name with a clear message and writes nothing', async (c) => {
    const article = await openNews();
    const edited = { ...article, claims: [claimOf(article, 'achieves 73.5% on MMLU')] };
    const before = await readFile(fileOf(article), 'utf8');
    const result = await call('saveAnnotations', c.input(article, edited));
    expect(result).toMatchObject({ ok: false, error: { code: c.code } });
    expect(result.ok ? '' : result.error.message).toMatch(c.message);
    expect(await readFile(fileOf(article), 'utf8')).toBe(before);
  });
});
