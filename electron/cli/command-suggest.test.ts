import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMention } from '../../shared/model/annotate';
import { emptyRegistry } from '../../shared/model/entities';
import { CodePointIndex } from '../../shared/text/code-points';
import { openLibrary } from '../core/library/library-store';
import gold from '../../shared/suggest/__fixtures__/llama4-gold.json';
import { suggestForArticle, type SuggestOutput } from './command-suggest';
import { coreCaller } from './core-calls';
import { CliError, type CliIo } from './io';
import { run } from './test-helpers';

const FIXTURE = resolve(__dirname, '../../shared/suggest/__fixtures__/llama4-news.txt');

describe('factmark suggest', () => {
  const library = mkdtempSync(join(tmpdir(), 'factmark-suggest-'));
  let id = '';
  let text = '';

  beforeAll(async () => {
    const imported = await run('import', FIXTURE, '--library', library);
    expect(imported.code).toBe(0);
    id = /(art_\S+)/.exec(imported.out)![1]!;
    const store = openLibrary(library);
    const registry = emptyRegistry();
    registry.entities.push({
      id: 'ent_maverick',
      type: 'model',
      name: 'Llama 4 Maverick',
      aliases: [],
      links: {},
    });
    await store.saveRegistry(registry, new Date());
    text = (await store.get(id)).text;
  });

  const suggest = async (...extra: string[]) => {
    const result = await run('suggest', '--library', library, '--article', id, ...extra);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.out) as SuggestOutput;
  };

  it('prints entities and claims with code-point offsets that quote the article', async () => {
    const output = await suggest();
    expect(Object.keys(output)).toEqual(['entities', 'claims']);
    const points = [...text];
    for (const e of output.entities) {
      expect(Object.keys(e)).toEqual(['name', 'type', 'start', 'end', 'quote', 'entity']);
      expect(points.slice(e.start, e.end).join('')).toBe(e.quote);
    }
    for (const c of output.claims) {
      expect(Object.keys(c)).toEqual(['start', 'end', 'quote']);
      expect(points.slice(c.start, c.end).join('')).toBe(c.quote);
    }
    expect(output.claims.some((c) => c.quote.includes('achieves 73.5% on MMLU'))).toBe(true);
  });

  it('gives the registry id where the name is known, null where it is not', async () => {
    const { entities } = await suggest();
    const maverick = entities.filter((e) => e.name === 'Llama 4 Maverick');
    expect(maverick.map((e) => e.quote)).toEqual(
      expect.arrayContaining(['Llama 4 Maverick', 'Maverick']),
    );
    for (const e of maverick) expect(e.entity).toBe('ent_maverick');
    expect(entities.find((e) => e.quote === 'Meta')).toMatchObject({
      type: 'company',
      entity: null,
    });
    expect(entities.find((e) => e.quote === 'Yann LeCun')).toMatchObject({
      type: 'person',
      entity: null,
    });
  });

  it('--no-gazetteer: only the registry, model patterns and named people and organisations', async () => {
    const { entities } = await suggest('--no-gazetteer');
    expect(entities.some((e) => e.quote === 'Meta')).toBe(false);
    expect(entities.find((e) => e.quote === 'GPT-4o')).toMatchObject({
      type: 'model',
      entity: null,
    });
    expect(entities.filter((e) => e.entity === 'ent_maverick').map((e) => e.quote)).toEqual([
      'Llama 4 Maverick',
    ]);
  });

  it('does not suggest what the article already has', async () => {
    const store = openLibrary(library);
    const article = await store.get(id);
    const index = new CodePointIndex(article.text);
    const start = index.toCodePoint(article.text.indexOf('Llama 4 Maverick'));
    const mention = createMention(
      index,
      start,
      start + 16,
      'ent_maverick',
      new Date().toISOString(),
    );
    await store.save({ ...article, mentions: [mention] }, new Date());
    const { entities } = await suggest();
    expect(entities.some((e) => e.start === start)).toBe(false);
    expect(entities.some((e) => e.quote === 'Maverick')).toBe(true);
  });

  it('the gold list of the quality test holds the fixture as it is', () => {
    expect(gold.text).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it.each([
    [['suggest', '--library', 'X'], 2, /suggest: name one article with --article ID/],
    [['suggest', '--library', 'X', '--article', 'a', '--article', 'b'], 2, /name one article/],
  ])('%j exits %i', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('names an article that is not in the library', async () => {
    const result = await run('suggest', '--library', library, '--article', 'art_missing');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/art_missing/);
  });

  it('stops the engine at its deadline with a message, printing no suggestions', async () => {
    const out: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l) };
    const failure = await suggestForArticle(
      { articleIds: [id], gazetteer: true, deadlineMs: 1 },
      coreCaller(library),
      io,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CliError);
    expect((failure as CliError).exitCode).toBe(1);
    expect((failure as CliError).message).toMatch(
      /^suggest: .+: took longer than 1 ms — stopped, no suggestions$/,
    );
    expect(out).toEqual([]);
  });
});
