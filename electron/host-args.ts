// Command-line arguments of the hosts: `--library DIR` for both, `--port N`, `--host-only` and
// `--allow-local-network` for the browser mode. Errors are thrown as messages meant for the person at the terminal.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AnnotatorNameSchema } from '../shared/model/annotators';

/** The browser mode's port when none is given (`npm run web`). */
export const DEFAULT_WEB_PORT = 4780;

export interface WebHostArgs {
  /** `--library DIR`; null means the default library. */
  libraryDir: string | null;
  /** `--port N`; 0 lets the system pick a free port. */
  port: number;
  /** `--host-only`: serve the contract without the renderer's files. */
  hostOnly: boolean;
  /** `--annotator NAME`: who is annotating; null asks in the page (and remembers it). */
  annotator: string | null;
  /** `--allow-local-network`: open local-network links without asking. */
  allowLocalNetwork: boolean;
}

export const WEB_HOST_USAGE =
  'Usage: node dist/electron/web-host.cjs [--library DIR] [--port N] [--host-only] [--annotator NAME] [--allow-local-network]';

/** Parses the browser mode's arguments; throws an Error with a readable message. */
export function parseWebHostArgs(argv: readonly string[]): WebHostArgs {
  let values: {
    library?: string;
    port?: string;
    'host-only'?: boolean;
    annotator?: string;
    'allow-local-network'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        'host-only': { type: 'boolean' },
        annotator: { type: 'string' },
        'allow-local-network': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${WEB_HOST_USAGE}`, {
      cause: err,
    });
  }
  if (values.help) throw new Error(WEB_HOST_USAGE);
  if (values.library === '') throw new Error(`--library needs a folder.\n${WEB_HOST_USAGE}`);
  return {
    libraryDir: values.library ?? null,
    port: values.port === undefined ? DEFAULT_WEB_PORT : parsePort(values.port),
    hostOnly: values['host-only'] ?? false,
    annotator: values.annotator === undefined ? null : parseAnnotator(values.annotator),
    allowLocalNetwork: values['allow-local-network'] ?? false,
  };
}

/** A valid annotator name, or an Error saying why not (CLI and browser mode alike). */
export function parseAnnotator(text: string, usage = WEB_HOST_USAGE): string {
  const parsed = AnnotatorNameSchema.safeParse(text);
  if (!parsed.success) {
    throw new Error(
      `--annotator ${JSON.stringify(text)}: ${parsed.error.issues[0]?.message ?? 'not a name'}.\n${usage}`,
    );
  }
  return parsed.data;
}

function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`--port ${text}: not a port number (0–65535).\n${WEB_HOST_USAGE}`);
  }
  return port;
}

/**
 * `--library DIR` or `--library=DIR` anywhere in `argv`. Electron's argv also holds Chromium's
 * switches and, unpackaged, the app path, so it is scanned rather than parsed strictly.
 */
export function findLibraryArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--library=')) return arg.slice('--library='.length) || null;
    if (arg === '--library') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
  }
  return null;
}

export interface FileArgsContext {
  /** Unpackaged (`electron .` or `electron main.cjs`): argv[1] is the app, not a file. */
  defaultApp: boolean;
  /** The folder relative paths are taken from (a second launch's own working folder). */
  cwd: string;
}

/**
 * The files named on a desktop launch (`factmark report.pdf notes.md`), as absolute paths.
 * Switches (Chromium's, ours) are skipped, with the folder after `--library`; everything after
 * a lone `--` is a file, even if it starts with a dash.
 */
export function findFileArgs(
  argv: readonly string[],
  { defaultApp, cwd }: FileArgsContext,
): string[] {
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = defaultApp ? 2 : 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles) {
      if (arg) files.push(resolve(cwd, arg));
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--library') {
      if (argv[i + 1] && !argv[i + 1]!.startsWith('--')) i++;
    } else if (arg && !arg.startsWith('-')) {
      files.push(resolve(cwd, arg));
    }
  }
  return files;
}
