// The recovery journal, end to end: an edit made while the host is gone (killed with SIGKILL
// before the save could land) is kept in the page's journal; after a restart of the host on
// the same library, the next start of the page saves it, and the claim is there.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newLibraryDir, startHost } from './support/web-host';
import { selectWithMouse } from './support/ui';

const SHOTS = join(__dirname, 'output');
const JOURNAL_KEY = 'factmark.journal.v2';
const TEXT =
  'Meta released Llama 4 Scout and Maverick on Saturday.\n\n' +
  'Maverick achieves 73.5% on MMLU, the company said, ahead of GPT-4o.';
const CLAIM = 'Maverick achieves 73.5% on MMLU';

/** A port free right now: the restarted host must serve the same origin, whose storage holds the journal. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function storedClaims(libraryDir: string): string[] {
  const folder = join(libraryDir, 'articles');
  return readdirSync(folder)
    .filter((f) => /^art_[^.]+\.json$/.test(f))
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(join(folder, f), 'utf8')) as {
        article: { claims: Array<{ quote: string }> };
      };
      return file.article.claims.map((c) => c.quote);
    });
}

test('an edit the host never saved is restored from the journal after a restart', async ({
  page,
  context,
}) => {
  const libraryDir = newLibraryDir();
  const port = await freePort();
  const first = await startHost(libraryDir, port);
  await page.goto(first.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Title (optional)').fill('Recovery test');
  await paste.getByLabel('Text', { exact: true }).fill(TEXT);
  await paste.getByRole('button', { name: 'Open', exact: true }).click();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText(CLAIM);

  // The host dies before the edit is saved.
  await first.kill();
  await selectWithMouse(page, article, CLAIM);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Not saved — retrying')).toBeVisible();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', JOURNAL_KEY))
    .toContain(CLAIM);
  await page.screenshot({ path: join(SHOTS, 'recovery-unsaved.png') });
  expect(storedClaims(libraryDir)).toEqual([]);
  await page.close({ runBeforeUnload: false });

  // Restarted on the same library and port; the page's next start recovers the edit.
  const second = await startHost(libraryDir, port);
  const again = await context.newPage();
  await again.goto(second.url);
  await expect.poll(() => storedClaims(libraryDir), { timeout: 15_000 }).toEqual([CLAIM]);
  await again.getByRole('list', { name: 'Library' }).getByText('Recovery test').click();
  const claims = again.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem').first()).toContainText(CLAIM);
  await expect
    .poll(() => again.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY))
    .toBeNull();
  await again.screenshot({ path: join(SHOTS, 'recovery-restored.png') });
  await second.stop();
});
