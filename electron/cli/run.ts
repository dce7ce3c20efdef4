// The `factmark` command: parses arguments and runs one command against a library, with the
// same core as the app. Exit codes: 0 ok, 1 bad input, 2 usage.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultLibraryDir } from '../library-dir';
import { EXPORT_FORMAT_IDS } from '../../shared/export/formats';
import { coreCaller, type CoreCaller, type CoreCallerOptions } from './core-calls';
import { importSources } from './command-import';
import { listLibrary } from './command-list';
import { exportAnnotations } from './command-export';
import { validateExport } from './command-validate';
import { reloadArticle } from './command-reload';
import { CliError, EXIT, processIo, type CliIo } from './io';

export const USAGE = `factmark — Factmark's command-line tool

Usage:
  factmark import <file|url>… [--library DIR]     add articles (.html, .md, .txt, .pdf, http(s) URLs), or
                                                  merge annotations (Factmark .json, W3C .jsonld,
                                                  brat .ann or folder)
  factmark list [--library DIR]                   one line per article: id, title, counts
  factmark export --format FMT (--article ID… | --all) [--out PATH] [--library DIR]
                                                  write annotations (FMT: ${EXPORT_FORMAT_IDS.join(', ')});
                                                  without --out, to standard output
  factmark validate <file>                        check a Factmark JSON export against its schema
  factmark reload --article ID [--from FILE|URL] [--library DIR]
                                                  read the article's source again (its URL, or the
                                                  file given: needed for files and pasted text),
                                                  re-anchor its annotations, save, print the counts
  factmark suggest --article ID [--no-gazetteer] [--library DIR]
                                                  suggested entity mentions and claims as JSON
                                                  (code points; "entity": registry id or null)

Options:
  --library DIR           the library folder (default: the app's, ${defaultLibraryDir()})
  --allow-local-network   let import and reload fetch addresses on this computer or the local
                          network (refused by default; cloud metadata addresses never open)
  -h, --help              this text

Exit codes: 0 ok, 1 bad input, 2 usage.`;

const OPTIONS = {
  library: { type: 'string' },
  format: { type: 'string' },
  article: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  out: { type: 'string' },
  from: { type: 'string' },
  'no-gazetteer': { type: 'boolean' },
  'allow-local-network': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(
  argv: readonly string[],
  io: CliIo = processIo,
  makeCore: (libraryDir: string, options: CoreCallerOptions) => CoreCaller = coreCaller,
): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new CliError(EXIT.usage, err instanceof Error ? err.message : String(err));
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    const core = () =>
      makeCore(resolve(values.library ?? defaultLibraryDir()), {
        allowLocalNetwork: values['allow-local-network'] ?? false,
      });
    switch (command) {
      case 'import':
        return await importSources(
          rest,
          core(),
          resolve(values.library ?? defaultLibraryDir()),
          io,
        );
      case 'list':
        return await listLibrary(core(), io);
      case 'export':
        return await exportAnnotations(
          {
            libraryDir: resolve(values.library ?? defaultLibraryDir()),
            format: values.format,
            articleIds: values.article ?? [],
            all: values.all ?? false,
            out: values.out,
          },
          io,
        );
      case 'reload':
        return await reloadArticle(
          { articleIds: values.article ?? [], from: values.from },
          core(),
          io,
        );
      case 'validate':
        return await validateExport(rest[0], io);
      case 'suggest': {
        // Loaded on demand: its language model (compromise) takes hundreds of milliseconds
        // to load, which no other command should pay.
        const { suggestForArticle } = await import('./command-suggest');
        return await suggestForArticle(
          { articleIds: values.article ?? [], gazetteer: !values['no-gazetteer'] },
          core(),
          io,
        );
      }
      case undefined:
        throw new CliError(EXIT.usage, 'Name a command.');
      default:
        throw new CliError(EXIT.usage, `Unknown command "${command}".`);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      if (err.exitCode === EXIT.usage) io.err('Run `factmark --help` for usage.');
      return err.exitCode;
    }
    io.err(`factmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT.badInput;
  }
}
