// Claim details: evidence links and a structured claim added by hand, undone and redone, and
// found in the Factmark JSON and CSV exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FactmarkExportSchema } from '../shared/export/factmark-json';
import type { Entity } from '../shared/model/entities';
import { seedArticle, seedLibrary } from './support/seed-library';
import { selectWithMouse } from './support/ui';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');
const ENTITIES: Entity[] = [
  { id: 'ent_maverick', type: 'model', name: 'Llama 4 Maverick', aliases: ['Maverick'], links: {} },
  { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
];

let host: RunningHost;

test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  seedLibrary(
    libraryDir,
    [
      seedArticle('art_news', 'Llama 4 arrives', [
        'Meta said on Saturday that Maverick reaches 86.3% on HumanEval with pass@1 sampling.',
      ]),
    ],
    ENTITIES,
  );
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

async function download(page: Page, label: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label });
  const file = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  return readFileSync((await (await file).path())!, 'utf8');
}

test('evidence and a structured claim are saved, undoable and exported', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Library' }).getByText('Llama 4 arrives').click();
  const article = page.getByRole('region', { name: 'Article' });
  await selectWithMouse(page, article, 'Maverick reaches 86.3% on HumanEval with pass@1 sampling');
  await page.getByRole('button', { name: 'Mark claim' }).click();

  const details = page.getByRole('region', { name: 'Claim details' });
  await expect(details).toBeVisible();

  // A link that is not http(s) is refused with a reason; a good one is listed.
  await details.getByLabel('Evidence URL').fill('javascript:alert(1)');
  await details.getByRole('button', { name: 'Add evidence' }).click();
  await expect(details.getByRole('alert')).toContainText('enter an http or https URL');
  await details.getByLabel('Evidence URL').fill('https://ai.meta.com/blog/llama-4/');
  await details.getByLabel('Evidence label').fill('Meta model card');
  await details.getByRole('button', { name: 'Add evidence' }).click();
  const evidence = details.getByRole('list', { name: 'Evidence' });
  await expect(evidence.getByRole('link', { name: 'Meta model card' })).toHaveAttribute(
    'href',
    'https://ai.meta.com/blog/llama-4/',
  );
  await details.getByLabel('Evidence URL').fill('https://paperswithcode.com/sota/humaneval');
  await details.getByRole('button', { name: 'Add evidence' }).click();
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await details
    .getByRole('button', { name: 'Remove evidence https://paperswithcode.com/sota/humaneval' })
    .click();
  await expect(evidence.getByRole('listitem')).toHaveCount(1);

  // The structured form starts with what the text says, saved only once accepted or edited.
  await expect(details).toContainText('Read from the text, not saved yet.');
  await expect(details.getByLabel('Metric', { exact: true })).toHaveValue('HumanEval');
  const subject = details.getByRole('combobox', { name: 'Subject' });
  await subject.selectOption({ label: 'Llama 4 Maverick' });
  await details.getByLabel('Metric', { exact: true }).fill('HumanEval');
  await details.getByLabel('Value', { exact: true }).fill('86.3');
  await details.getByLabel('Unit', { exact: true }).fill('%');
  await details.getByLabel('Qualifier', { exact: true }).fill('pass@1, greedy');
  await expect(details).not.toContainText('not saved yet');
  await page.screenshot({ path: join(SHOTS, 'claim-details.png') });

  // Undo takes back the last field typed; redo puts it back.
  await article.getByRole('document').click();
  await page.keyboard.press('Control+z');
  await expect(details.getByLabel('Qualifier', { exact: true })).toHaveValue('pass@1');
  await page.keyboard.press('Control+Shift+z');
  await expect(details.getByLabel('Qualifier', { exact: true })).toHaveValue('pass@1, greedy');

  const json = FactmarkExportSchema.parse(JSON.parse(await download(page, 'Factmark JSON')));
  const claim = json.documents[0]!.claims[0]!;
  expect(claim.evidence).toEqual([
    { url: 'https://ai.meta.com/blog/llama-4/', label: 'Meta model card' },
  ]);
  expect(claim.structured).toEqual({
    subject: 'ent_maverick',
    metric: 'HumanEval',
    value: '86.3',
    unit: '%',
    qualifier: 'pass@1, greedy',
  });
  expect(json.entities.map((e) => e.name)).toContain('Llama 4 Maverick');

  const csv = await download(page, 'CSV of claims');
  expect(csv).toContain(
    'Llama 4 Maverick,HumanEval,86.3,%,"pass@1, greedy",https://ai.meta.com/blog/llama-4/,Meta model card',
  );

  // After a reload the fields are still there.
  await page.reload();
  await page.getByRole('list', { name: 'Library' }).getByText('Llama 4 arrives').click();
  await page.getByRole('region', { name: 'Claims' }).locator('.fm-claim-quote').first().click();
  await expect(details.getByLabel('Metric', { exact: true })).toHaveValue('HumanEval');
  await expect(evidence.getByRole('link', { name: 'Meta model card' })).toBeVisible();
  expect(errors).toEqual([]);
});
