// The main process's wiring, run against a stand-in `electron` module (the real binary cannot
// run here): what is registered before and after ready, the window's settings, the IPC sender
// check, the desktop-only calls, the menu, the lock-down and the save-before-quit.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { version } from '../package.json';
import { IPC_CALL_CHANNEL, IPC_MENU_CHANNEL } from '../shared/contract/bridge';
import type { CallResult } from '../shared/contract/result';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, webPreferences } from './security';
import type { FakeElectron } from './testing/fake-electron';

const fake = vi.hoisted(() => ({ current: null as FakeElectron | null }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./testing/fake-electron');
  fake.current = createFakeElectron();
  return { ...fake.current.electron, default: fake.current.electron };
});

const library = mkdtempSync(join(tmpdir(), 'factmark-main-library-'));
/** Files a user opens by path: the launch's own, a second launch's, the open dialog's. */
const docs = mkdtempSync(join(tmpdir(), 'factmark-main-docs-'));
const launchFile = join(docs, 'launch-notes.md');
writeFileSync(launchFile, '# Launch notes\n\nMeta released Llama 4 Scout.\n');
/** What the main process registered with the stand-in, once main.ts is loaded. */
let state: FakeElectron['state'];

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

function mainWindow() {
  const window = state.windows[0];
  if (!window) throw new Error('no window was opened');
  return window;
}

const fromOurPage = () => ({
  sender: mainWindow().webContents,
  senderFrame: { url: APP_ENTRY_URL, parent: null },
});

function invoke(event: unknown, name: string, input: unknown): Promise<CallResult<unknown>> {
  const handler = state.ipcHandlers.get(IPC_CALL_CHANNEL);
  if (!handler) throw new Error('the contract is not registered');
  return handler(event, name, input) as Promise<CallResult<unknown>>;
}

beforeAll(async () => {
  process.argv = [process.argv[0]!, '.', '--library', library, launchFile];
  await import('./main');
  state = fake.current!.state;
  expect(state.order).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
  fake.current!.ready();
  await until(() => state.windows[0]?.loadedUrl !== null && state.windows.length === 1);
});

describe('start-up', () => {
  it('registers the scheme and the sandbox before ready, the protocol after', () => {
    expect(state.order.slice(0, 3)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'protocol.handle',
    ]);
  });

  it('opens one window, locked down, on app://factmark/index.html', () => {
    expect(state.windows).toHaveLength(1);
    expect(mainWindow().loadedUrl).toBe(APP_ENTRY_URL);
    expect(mainWindow().options.webPreferences).toEqual(
      webPreferences(join(__dirname, 'preload.cjs')),
    );
  });

  it('serves the renderer with the CSP through the app scheme', async () => {
    const handler = state.protocolHandlers.get('app');
    const response = await handler!(new Request('app://factmark/no-such-file.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the contract over IPC', () => {
  it('answers our page', async () => {
    await expect(invoke(fromOurPage(), 'listLibrary', {})).resolves.toEqual({
      ok: true,
      value: { articles: [], problems: [] },
    });
  });

  it.each([
    ['a subframe', () => ({ ...fromOurPage(), senderFrame: { url: APP_ENTRY_URL, parent: {} } })],
    [
      'a foreign page',
      () => ({ ...fromOurPage(), senderFrame: { url: 'https://x.example', parent: null } }),
    ],
    ['a frame gone since', () => ({ ...fromOurPage(), senderFrame: null })],
    ['another web contents', () => ({ ...fromOurPage(), sender: new EventEmitter() })],
  ])('refuses %s', async (_label, event) => {
    await expect(invoke(event(), 'listLibrary', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('uses the library given with --library', async () => {
    const opened = await invoke(fromOurPage(), 'openText', { text: 'Meta released Llama 4.' });
    expect(opened).toMatchObject({ ok: true });
    const listed = await invoke(fromOurPage(), 'listLibrary', {});
    expect(listed).toMatchObject({ ok: true, value: { articles: [{}] } });
  });

  it('saves an export where the user chooses', async () => {
    const opened = await invoke(fromOurPage(), 'openText', { text: 'Claims are made here.' });
    const id = (opened as { value: { id: string } }).value.id;
    const target = join(state.userData, 'export.json');
    state.saveDialogAnswer = { canceled: false, filePath: target };
    const saved = await invoke(fromOurPage(), 'saveExport', {
      format: 'factmark',
      articleIds: [id],
    });
    expect(saved).toEqual({ ok: true, value: { path: target, notices: [] } });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({
      format: 'factmark.annotations',
      generator: `Factmark ${version}`,
      documents: [{ id }],
    });
  });

  it('opens links in the system browser', async () => {
    const result = await invoke(fromOurPage(), 'openExternal', { url: 'https://example.com/a' });
    expect(result).toEqual({ ok: true, value: {} });
    expect(state.openedExternally).toEqual(['https://example.com/a']);
  });
});

describe('lock-down', () => {
  it('denies every permission', () => {
    const answers: boolean[] = [];
    state.permissionRequest?.({}, 'media', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false]);
    expect(state.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('cancels the renderer’s network requests', () => {
    expect(state.blockedUrls).toEqual({
      urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'],
    });
  });

  it('blocks navigation, webviews and new windows', () => {
    const contents = mainWindow().webContents;
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });
});

describe('the menu', () => {
  it('sends its commands to the window', () => {
    const items = (
      state.menuTemplate as { submenu?: { label?: string; click?: () => void }[] }[]
    ).flatMap((menu) => menu.submenu ?? []);
    items.find((item) => item.label === 'Export…')?.click?.();
    expect(mainWindow().webContents.sent).toContainEqual([IPC_MENU_CHANNEL, 'export']);
  });
});

describe('opening files by path', () => {
  type Opened = CallResult<{ article: { title: string } | null }>;
  const openDesktopFile = (input: unknown) =>
    invoke(fromOurPage(), 'openDesktopFile', input) as Promise<Opened>;
  const recentMenu = () =>
    (state.menuTemplate as { submenu?: { label?: string; submenu?: unknown }[] }[])
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.label === 'Open &Recent')?.submenu as
      { label?: string; click?: () => void }[] | undefined;

  it('opens the file the app was launched with when the page asks for it', async () => {
    await expect(openDesktopFile({ source: 'requested' })).resolves.toMatchObject({
      ok: true,
      value: { article: { title: 'Launch notes' } },
    });
    await expect(openDesktopFile({ source: 'requested' })).resolves.toEqual({
      ok: true,
      value: { article: null },
    });
    expect(recentMenu()?.[0]?.label).toBe(launchFile);
  });

  it('a second launch with a file focuses this window and opens the file here', async () => {
    const second = join(docs, 'second.txt');
    writeFileSync(second, 'Maverick achieves 73.5% on MMLU.\n');
    const focus = vi.spyOn(mainWindow(), 'focus');
    mainWindow().webContents.sent.length = 0;
    state.appEvents.emit('second-instance', {}, ['/usr/bin/electron', '.', 'second.txt'], docs);
    expect(focus).toHaveBeenCalled();
    expect(mainWindow().webContents.sent).toEqual([[IPC_MENU_CHANNEL, 'open-requested']]);
    await expect(
      openDesktopFile({ source: 'requested', jobId: 'job_second' }),
    ).resolves.toMatchObject({
      ok: true,
      value: { article: { title: 'second' } },
    });
    const recent = JSON.parse(readFileSync(join(state.userData, 'recent-files.json'), 'utf8'));
    expect(recent.paths).toEqual([second, launchFile]);
  });

  it('a second launch without a file only focuses', () => {
    mainWindow().webContents.sent.length = 0;
    state.appEvents.emit('second-instance', {}, ['/usr/bin/electron', '.'], docs);
    expect(mainWindow().webContents.sent).toEqual([]);
  });

  it('opens through the host’s own dialog, which grants the chosen path', async () => {
    const chosen = join(docs, 'chosen.md');
    writeFileSync(chosen, '# Chosen\n\nText.\n');
    state.openDialogAnswer = { canceled: false, filePaths: [chosen] };
    await expect(openDesktopFile({ source: 'dialog' })).resolves.toMatchObject({
      ok: true,
      value: { article: { title: 'Chosen' } },
    });
    state.openDialogAnswer = { canceled: true, filePaths: [] };
    await expect(openDesktopFile({ source: 'dialog' })).resolves.toEqual({
      ok: true,
      value: { article: null },
    });
  });

  it('never takes a path from the page', async () => {
    const stray = join(docs, 'never-chosen.md');
    writeFileSync(stray, '# Secret\n');
    // An extra field is dropped by the schema: there is no way to name a file.
    await expect(
      openDesktopFile({ source: 'requested', path: stray, fileName: stray }),
    ).resolves.toEqual({ ok: true, value: { article: null } });
  });

  it('Open Recent opens a file again; one that is gone gets a message and leaves the menu', async () => {
    const gone = join(docs, 'chosen.md');
    const { rmSync } = await import('node:fs');
    rmSync(gone);
    mainWindow().webContents.sent.length = 0;
    recentMenu()
      ?.find((item) => item.label === gone)
      ?.click?.();
    expect(mainWindow().webContents.sent).toEqual([[IPC_MENU_CHANNEL, 'open-requested']]);
    await expect(openDesktopFile({ source: 'requested' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `${gone}: the file is no longer there (moved, renamed or deleted); it was removed from Open Recent.`,
      },
    });
    expect(recentMenu()?.map((item) => item.label)).not.toContain(gone);
    recentMenu()
      ?.find((item) => item.label === 'Clear Recently Opened')
      ?.click?.();
    await until(() => recentMenu()?.[0]?.label === 'No Recent Files');
  });
});

describe('closing', () => {
  it('saves the window state and lets the save finish before quitting', async () => {
    mainWindow().emit('close');
    const preventDefault = vi.fn();
    state.appEvents.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await until(() => state.order.includes('quit'));
    const saved = JSON.parse(readFileSync(join(state.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: false });
  });
});
