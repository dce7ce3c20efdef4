// An annotation export opened as an article (Open file, drag and drop) is not read as text: the
// app says which format it recognised and imports it in one click, or leaves everything as it
// was on Cancel.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildExport } from '../shared/export';
import { sampleInput } from '../shared/export/__fixtures__/sample';
import { startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');
const TITLE = '🦙 Llama 4 lands: Meta’s 大規模 model';

let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host?.stop();
});

/** The export of the sample article in `format`, as a file without an extension. */
function exportFile(format: 'factmark', name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'factmark-export-')), name);
  writeFileSync(path, buildExport(format, sampleInput()).files[0]!.content);
  return path;
}

async function openWithChooser(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(path);
}

test('Open file on a Factmark export offers the import, and one click imports it', async ({
  page,
}) => {
  await page.goto(host.url);
  await openWithChooser(page, exportFile('factmark', 'claims-export'));
  const offer = page.getByRole('dialog', { name: 'Annotation file' });
  await expect(offer).toContainText(
    'claims-export is a Factmark JSON file of annotations, not an article.',
  );
  await page.screenshot({ path: join(SHOTS, 'import-instead-offer.png') });
  await offer.getByRole('button', { name: 'Import annotations instead' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
    '1 article added, 0 updated, 6 claims and 6 mentions added (read as Factmark JSON).',
  );
  await expect(page.getByRole('list', { name: 'Library' })).toContainText(TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'import-instead-done.png') });
});

test('a dropped W3C export is offered too; Cancel leaves the library untouched', async ({
  page,
}) => {
  await page.goto(host.url);
  const before = readdirSync(host.libraryDir).sort();
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/ld+json' }));
      return dt;
    },
    { name: 'annotations.jsonld', text: buildExport('w3c', sampleInput()).files[0]!.content },
  );
  await page.dispatchEvent('main, body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main, body', 'drop', { dataTransfer: transfer });
  const offer = page.getByRole('dialog', { name: 'Annotation file' });
  await expect(offer).toContainText(
    'annotations.jsonld is a W3C Web Annotation JSON-LD file of annotations, not an article.',
  );
  await offer.getByRole('button', { name: 'Cancel' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('list', { name: 'Library' })).not.toContainText(TITLE);
  expect(readdirSync(host.libraryDir).sort()).toEqual(before);
});
