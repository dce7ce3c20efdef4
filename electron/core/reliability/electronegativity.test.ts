// Runs @doyensec/electronegativity over electron/ and parses its findings (it exits 0 even when
// it finds issues). Every finding must be justified below, or the test fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'node_modules/.bin/electronegativity');

/**
 * Findings that are false positives, keyed `CHECK file`. Electronegativity reads each
 * `new BrowserWindow({...})` literally; ours takes `webPreferences: webPreferences(...)` from
 * electron/security.ts, which sets contextIsolation and sandbox on, nodeIntegration (in
 * workers and subframes too) and webviewTag off — electron/security.test.ts asserts each.
 */
const JUSTIFIED: Record<string, string> = {
  'NODE_INTEGRATION_JS_CHECK electron/main-window.ts': 'off in security.ts webPreferences()',
  'CONTEXT_ISOLATION_JS_CHECK electron/main-window.ts': 'on in security.ts webPreferences()',
  'SANDBOX_JS_CHECK electron/main-window.ts': 'on in security.ts webPreferences()',
  // The remote module was removed in Electron 14; we ship 45.
  'REMOTE_MODULE_JS_CHECK electron/main-window.ts': 'no remote module in Electron 45',
  // Middle-click opens go through setWindowOpenHandler, which denies every new window
  // (security.ts); a link reaches the system browser only through openExternal after a click.
  'AUXCLICK_JS_CHECK electron/main-window.ts': 'new windows denied by setWindowOpenHandler',
  // openExternal is called only with http(s)/mailto URLs the contract's schema admits, after
  // the user clicked (desktop-handlers.ts re-checks the scheme); the tests call it with fakes.
  'OPEN_EXTERNAL_JS_CHECK electron/main.ts': 'scheme-checked, user-initiated',
  'OPEN_EXTERNAL_JS_CHECK electron/desktop-handlers.ts': 'scheme-checked, user-initiated',
  'OPEN_EXTERNAL_JS_CHECK electron/desktop-handlers.test.ts': 'a test with a fake shell',
  // The CSP is set as a response header by app-protocol.ts and in renderer/index.html's meta
  // tag, outside the electron/ folder scanned; electron/security.test.ts checks its directives.
  'CSP_GLOBAL_CHECK N/A': 'CSP set by app-protocol.ts header and renderer/index.html',
};

/** The part of a SARIF log read here. */
interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

it.skipIf(!existsSync(BIN))(
  'electronegativity finds nothing that is not justified',
  () => {
    const out = mkdtempSync(join(tmpdir(), 'factmark-eneg-'));
    try {
      // SARIF, not CSV: the tool sometimes overwrites the start of its CSV file (a row's head
      // lost), while its SARIF is one JSON document.
      const report = join(out, 'findings.sarif');
      execFileSync(BIN, ['-i', join(ROOT, 'electron'), '-o', report, '-e', '45.5.0'], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const sarif = JSON.parse(readFileSync(report, 'utf8')) as SarifLog;
      const findings = sarif.runs.flatMap((run) =>
        run.results.map((result) => {
          const uri = result.locations[0]?.physicalLocation.artifactLocation.uri ?? 'file:///';
          const where = uri === 'file:///' ? 'N/A' : relative(ROOT, uri.replace(/^file:\/\//, ''));
          return `${result.ruleId} ${where}`;
        }),
      );
      const unjustified = findings.filter((finding) => !(finding in JUSTIFIED));
      console.log(
        `electronegativity: findings ${findings.length}, justified ${findings.length - unjustified.length}, unjustified ${unjustified.length}`,
      );
      expect(unjustified).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
  180_000,
);
