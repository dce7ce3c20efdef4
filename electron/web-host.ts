// The browser mode: `node dist/electron/web-host.cjs --library DIR --port N [--host-only]`
// serves the renderer and the contract on loopback and prints the one address to open.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkTokenFormat } from './web-host/access';
import { startWebHost, type WebHost } from './web-host/server';
import { parseWebHostArgs } from './host-args';
import { defaultLibraryDir } from './library-dir';
import { annotatorSettingsFile, webHostSettingsPath } from './core/annotator-settings';

export { startWebHost, type WebHost, type WebHostOptions } from './web-host/server';

/** The line scripts and tests look for; nothing else is written to stdout. */
export function announcement(host: Pick<WebHost, 'url'>): string {
  return `Factmark browser mode: ${host.url}`;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseWebHostArgs(argv);
  const envToken = process.env.FACTMARK_TOKEN;
  const rendererDir = args.hostOnly ? null : join(__dirname, '..', 'renderer');
  if (rendererDir && !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `${join(rendererDir, 'index.html')} is missing: build the renderer first ` +
        '(npm run build), or pass --host-only to serve only the contract.',
    );
  }
  const host = await startWebHost({
    libraryDir: args.libraryDir ?? defaultLibraryDir(),
    port: args.port,
    token: envToken ? checkTokenFormat(envToken, 'FACTMARK_TOKEN') : undefined,
    rendererDir,
    annotator: args.annotator,
    settings: annotatorSettingsFile(webHostSettingsPath()),
    allowLocalNetwork: args.allowLocalNetwork,
  });

  let closing = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1); // a second Ctrl+C means now
    closing = true;
    console.error(`Factmark browser mode: ${signal}, closing.`);
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
  // Last, once a signal can already be handled: whoever reads this line may stop us at once.
  console.log(announcement(host));
}

// Run only as the bundled entry (dist/electron/web-host.cjs), not when a test imports this.
if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`Factmark browser mode: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
