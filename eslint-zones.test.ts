// The layers are lint rules (eslint.config.mjs); this runs the real configuration on imports
// that break them, written into files of each zone, and expects every one to be refused — and
// the right imports to pass. Paths are spelled as a newcomer might: relative, deep or roundabout.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const eslint = new ESLint({ cwd: root });

/** The rules that fired on `source` written as the file at `path`. */
async function lint(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = imported;\n`, {
    filePath: `${root}/${path}`,
  });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const from = (specifier: string) => `import * as imported from '${specifier}';`;

// [file written, import, why it is wrong]
const wrong: Array<[string, string, string]> = [
  ['shared/model/x.ts', '../../electron/core/library/library-store', 'shared imports core'],
  ['shared/model/x.ts', '../../renderer/store/types', 'shared imports the renderer'],
  ['shared/text/x.ts', 'node:fs', 'shared uses Node'],
  ['shared/text/x.ts', 'react', 'shared uses React'],
  ['electron/core/library/x.ts', '../../web-host/server', 'core imports a host'],
  ['electron/core/library/x.ts', '../../../electron/web-host/server', 'core imports a host'],
  ['electron/core/x.ts', '../main', 'core imports the desktop host'],
  ['electron/core/x.ts', '../cli/run', 'core imports the command line'],
  ['electron/core/x.ts', 'electron', 'core uses Electron'],
  ['electron/core/x.ts', '../../renderer/api/index', 'core imports the renderer'],
  ['electron/web-host/x.ts', '../../renderer/store/types', 'a host imports the renderer'],
  ['electron/cli/x.ts', '../../renderer/api', 'a host imports the renderer'],
  ['electron/x.ts', '../renderer/components/App', 'a host imports the renderer'],
  ['renderer/store/x.ts', '../../electron/core/handlers', 'the renderer imports core'],
  ['renderer/api/x.ts', '../../electron/web-host/server', 'the renderer imports a host'],
  ['renderer/components/x.ts', 'electron', 'the renderer uses Electron'],
  ['renderer/components/x.ts', 'node:path', 'the renderer uses Node'],
  ['renderer/store/x.ts', '../components/App', 'the store imports components'],
  ['renderer/store/x.ts', '../editor/reading-surface', 'the store imports the editor'],
  ['renderer/api/x.ts', '../store/types', 'the api imports the store'],
  ['renderer/components/x.ts', '../api', 'components call the api without the store'],
  ['renderer/editor/x.ts', '../store/create-store', 'the editor imports the store'],
  ['renderer/editor/extensions/y/x.ts', '../../../store/types', 'the editor imports the store'],
  ['renderer/editor/x.ts', '../components/App', 'the editor imports components'],
  ['renderer/suggest/x.ts', '../store/create-store', 'the engine runner imports the store'],
  ['renderer/store/x.ts', '../testing/fake-api', 'production code imports a test double'],
];

const right: Array<[string, string]> = [
  ['shared/model/x.ts', '../text/code-points'],
  ['electron/core/library/x.ts', '../../../shared/model/ids'],
  ['electron/web-host/x.ts', '../core/handlers'],
  ['electron/cli/x.ts', '../core/library/library-store'],
  ['renderer/components/x.ts', '../store/hooks'],
  ['renderer/store/x.ts', '../api'],
  ['renderer/editor/highlight-binding.ts', '../store/create-store'],
  ['renderer/store/x.test.ts', '../testing/fake-api'],
];

// Components get the host in the command context (to hand to commands), but never call it.
const hostCalls: Array<[string, string]> = [
  ['the contract through the context', 'useCommandContext().host.api.getCorpus({});'],
  ['the contract, destructured', 'const { host } = ctx; void host.api.searchLibrary({});'],
  ['a host-only call', 'const { host } = ctx; void host.saveExport("csv", []);'],
  ['a host-only call through the context', 'void ctx.host.openDroppedFile(file);'],
  ['the host taken apart', 'const { host } = ctx; const { api } = host;'],
];

describe('lint zones', () => {
  it.each(wrong)('refuses %s importing %s (%s)', async (path, specifier) => {
    const fired = await lint(path, from(specifier));
    expect(fired.some((m) => /^(boundaries\/dependencies|no-restricted-imports):/.test(m))).toBe(
      true,
    );
  });

  it.each(right)('lets %s import %s', async (path, specifier) => {
    expect(await lint(path, from(specifier))).toEqual([]);
  });

  it.each(hostCalls)('refuses a component calling %s', async (_, code) => {
    const source = `declare const ctx: any, file: any;\ndeclare function useCommandContext(): any;\n${code}\nconst imported = 1;`;
    const fired = await lint('renderer/components/x.tsx', source);
    expect(fired.some((m) => m.startsWith('no-restricted-syntax:'))).toBe(true);
  });

  it('lets a component read which host it runs in', async () => {
    const source = `declare const ctx: { host: { mode: string } };\nconst { host } = ctx;\nconst imported = host.mode;`;
    expect(await lint('renderer/components/x.tsx', source)).toEqual([]);
  });
});
