// `npm start`: runs the desktop app with the Electron binary installed in node_modules, or,
// where there is none (it is downloaded separately), the browser mode on a free port.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { findFreePort } from './free-port.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_WEB_PORT = 4780;
const args = process.argv.slice(2);

/** Runs a child with our terminal, passes on Ctrl+C and termination, and exits as it does. */
function runChild(command, childArgs, env = process.env) {
  const child = spawn(command, childArgs, { stdio: 'inherit', env });
  // Ctrl+C already reaches the child (same process group): just wait for it to finish.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectronBinary({ electronDir: join(root, 'node_modules', 'electron') });
if (electron.found) {
  const env = { ...process.env };
  // Set in some shells and CI images; it would make Electron run our main script as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // The project folder, not main.cjs: Electron then reads package.json (name, version,
  // productName) and its main entry, dist/electron/main.cjs, as the packaged app does.
  runChild(electron.path, [root, ...args], env);
} else {
  console.log(
    `Electron's binary is not installed here (looked in ${electron.lookedIn.join(', ')}); ` +
      "starting Factmark's browser mode instead.",
  );
  const portArgs =
    args.includes('--port') || args.some((a) => a.startsWith('--port='))
      ? []
      : ['--port', String(await findFreePort(DEFAULT_WEB_PORT))];
  runChild(process.execPath, [
    join(root, 'dist', 'electron', 'web-host.cjs'),
    ...portArgs,
    ...args,
  ]);
}
