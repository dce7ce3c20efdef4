// Small things a new user sees on the main screen: the article's focus ring clears the text
// around it, and the controls above the claims line up when they wrap.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const NEWS_PAGE = join(__dirname, 'fixtures', 'news-page.html');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost(newLibraryDir(), 0, ['--annotator', 'Ana']);
});
test.afterAll(async () => {
  await host?.stop();
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(NEWS_PAGE);
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Llama 4 Maverick');
});

test('the focused article’s ring does not cross the site name above the title', async ({
  page,
}) => {
  const text = page.getByRole('region', { name: 'Article' }).getByRole('document');
  await text.focus();
  await expect(text).toBeFocused();
  const { ringTop, kickerBottom } = await text.evaluate((el) => {
    const style = getComputedStyle(el);
    const top = el.getBoundingClientRect().top;
    const kicker = document.querySelector('.fm-kicker')!.getBoundingClientRect();
    return {
      ringTop: top - parseFloat(style.outlineOffset) - parseFloat(style.outlineWidth),
      kickerBottom: kicker.bottom,
    };
  });
  expect(ringTop).toBeGreaterThan(kickerBottom);
});

test('the checks above the claims line up with `Layers` when they wrap', async ({ page }) => {
  const layers = page.getByRole('group', { name: 'Layers' });
  const left = async (name: string) =>
    (await layers.getByText(name, { exact: true }).first().boundingBox())!.x;
  const disagreements = (await layers
    .getByRole('checkbox', { name: 'Disagreements' })
    .boundingBox())!;
  expect(Math.abs(disagreements.x - (await left('Layers')))).toBeLessThanOrEqual(1);
});

test('my name above the claims says it is mine, not whose claim it is', async ({ page }) => {
  const layers = page.getByRole('group', { name: 'Layers' });
  const me = layers.locator('.fm-annotator-chip');
  await expect(me).toHaveAttribute('title', 'You annotate as Ana');
});

test('the hints in the empty fields of Claim details are not cut off', async ({ page }) => {
  await page.keyboard.press('Escape');
  const text = page.getByRole('region', { name: 'Article' }).getByRole('document');
  await text.focus();
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Shift+Control+ArrowDown');
  await page.keyboard.press('c');
  await page.keyboard.press('Escape');
  const details = page.getByRole('region', { name: 'Claim details' });
  await expect(details.getByLabel('Metric', { exact: true })).toBeVisible();
  for (const width of [1024, 1440]) {
    await page.setViewportSize({ width, height: 768 });
    const cut = await details.evaluate((root) => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...root.querySelectorAll<HTMLInputElement>('input[placeholder]')]
        .filter((input) => {
          const style = getComputedStyle(input);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room =
            input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return context.measureText(input.placeholder).width > room;
        })
        .map((input) => input.placeholder);
    });
    expect(cut, `at ${width} px`).toEqual([]);
  }
});

test('pasted text opens with Ctrl+Enter from the text; Enter alone makes a new line', async ({
  page,
}) => {
  await page.keyboard.press('Control+Shift+V');
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  const text = paste.getByLabel('Text', { exact: true });
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('placeholder', /Ctrl\+Enter opens it/);
  await page.keyboard.insertText('Pasted for the trial');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Gemini 2.5 Pro came out in March 2025.');
  await expect(paste).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(paste).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'Gemini 2.5 Pro came out in March 2025.',
  );
});
