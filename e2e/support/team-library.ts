// A library one article of which two annotators, Dana and Lee, marked each in their own layer
// (imported with the command line, as a team would), for the team and adjudication tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { runCli } from '../../electron/cli/run';
import { newLibraryDir } from './web-host';

const TEAM_ARTICLE_TEXT =
  'Llama 4 lands\n\nMeta released Llama 4 today. Maverick scores 73.5% on MMLU. ' +
  'Scout fits on one GPU. Behemoth is still training.';

async function cli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: () => {} });
  expect(code).toBe(0);
  return out.join('\n');
}

/** A library whose one article Dana and Lee annotated, each in their own layer. */
export async function teamLibrary(): Promise<string> {
  const dir = newLibraryDir();
  const scratch = mkdtempSync(join(tmpdir(), 'factmark-adjudication-'));
  writeFileSync(join(scratch, 'llama.txt'), TEAM_ARTICLE_TEXT);
  await cli('import', join(scratch, 'llama.txt'), '--library', dir);
  const base = JSON.parse(await cli('export', '--library', dir, '--all'));
  const document = base.documents[0];
  const text: string = document.text;
  const claim = (id: string, quote: string, status: string) => {
    const start = text.indexOf(quote);
    const end = start + quote.length;
    return {
      id,
      start,
      end,
      quote,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      entities: [],
      status,
      note: '',
      createdAt: '2026-12-07T10:00:00.000Z',
      updatedAt: '2026-12-07T10:00:00.000Z',
    };
  };
  const layers = {
    Dana: [
      claim('clm_d1', 'Meta released Llama 4 today.', 'supported'),
      claim('clm_d2', 'Maverick scores 73.5% on MMLU.', 'refuted'),
      claim('clm_d3', 'Scout fits on one GPU.', 'unreviewed'),
    ],
    Lee: [
      claim('clm_l1', 'Meta released Llama 4 today.', 'supported'),
      claim('clm_l2', 'Maverick scores 73.5% on MMLU.', 'supported'),
      claim('clm_l3', 'Scout fits on one GPU', 'unreviewed'),
      claim('clm_l4', 'Behemoth is still training.', 'refuted'),
    ],
  };
  for (const [name, claims] of Object.entries(layers)) {
    const file = join(scratch, `${name}.json`);
    writeFileSync(file, JSON.stringify({ ...base, documents: [{ ...document, claims }] }));
    await cli('import', file, '--library', dir, '--annotator', name);
  }
  return dir;
}
