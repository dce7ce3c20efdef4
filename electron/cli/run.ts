// The `factmark` command: parses arguments and runs one command against a library, with the
// same core as the app. Exit codes: 0 ok, 1 bad input, 2 usage.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultLibraryDir } from '../library-dir';
import { EXPORT_FORMAT_IDS } from '../../shared/export/formats';
import {
  assertLibraryExists,
  coreCaller,
  type CoreCaller,
  type CoreCallerOptions,
} from './core-calls';
import { importSources } from './command-import';
import { listLibrary } from './command-list';
import { exportAnnotations } from './command-export';
import { printAgreement } from './command-agreement';
import { printRelations } from './command-relations';
import { validateExport } from './command-validate';
import { reloadArticle } from './command-reload';
import { CliError, EXIT, processIo, type CliIo } from './io';
import { ALL_LAYERS } from '../../shared/export/layer-selection';
import { AnnotatorNameSchema } from '../../shared/model/annotators';
import { terminalSafe } from './terminal-text';

function cliAnnotator(text: string): string {
  const parsed = AnnotatorNameSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  throw new CliError(
    EXIT.usage,
    `--annotator ${JSON.stringify(text)}: ${parsed.error.issues[0]?.message ?? 'not a name'}.`,
  );
}

export const USAGE = `factmark — Factmark's command-line tool

Usage:
  factmark import <file|url>… [--annotator NAME] [--library DIR]
                                                  add articles (.html, .md, .txt, .pdf, http(s) URLs), or
                                                  merge annotations (Factmark .json, W3C .jsonld,
                                                  brat .ann or folder); with --annotator, into
                                                  that annotator's layer
  factmark list [--library DIR]                   one line per article: id, title, counts
  factmark export --format FMT (--article ID… | --all) [--annotator NAME|all|adjudicated]
                 [--out PATH] [--library DIR]
                                                  write annotations (FMT: ${EXPORT_FORMAT_IDS.join(', ')});
                                                  without --out, to standard output; every
                                                  annotator's layer, attributed (all, the default),
                                                  one annotator's, or the adjudicated layer
  factmark agreement [--article ID…] [--json] [--library DIR]
                                                  how far the annotators agree: claim and mention
                                                  F1 per pair, status κ and α (pooled, per article)
  factmark relations [--article ID] [--json] [--library DIR]
                                                  the links between claims, evidence passages and
                                                  web pages: type, both ends (article, kind, quote
                                                  or address), the end's state (placed, orphan,
                                                  missing) and who made it; with --article, the
                                                  links that start or end in that article
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
  --annotator NAME        who is annotating: what import and reload write goes to NAME's layer;
                          needed in a library a team shares (see docs/team.md)
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
  annotator: { type: 'string' },
  json: { type: 'boolean' },
  from: { type: 'string' },
  'no-gazetteer': { type: 'boolean' },
  'allow-local-network': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `--annotator` of an import or export, checked: a valid name (or, for an export, `all`
 * and `adjudicated`, which are names too).
 */
function layerName(
  value: string | undefined,
  command: string,
  allowAll = false,
): string | undefined {
  if (value === undefined) return undefined;
  if (allowAll && value === ALL_LAYERS) return value;
  const parsed = AnnotatorNameSchema.safeParse(value);
  if (!parsed.success) {
    throw new CliError(
      EXIT.usage,
      `${command}: --annotator "${value}": ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

export async function runCli(
  argv: readonly string[],
  output: CliIo = processIo,
  makeCore: (libraryDir: string, options: CoreCallerOptions) => CoreCaller = coreCaller,
): Promise<number> {
  // Titles and messages come from untrusted sources: nothing printed may drive the terminal.
  const io = terminalSafe(output);
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
    const annotator = values.annotator === undefined ? null : cliAnnotator(values.annotator);
    const libraryDir = resolve(values.library ?? defaultLibraryDir());
    const core = (): CoreCaller => {
      const caller = makeCore(libraryDir, {
        annotator,
        allowLocalNetwork: values['allow-local-network'] ?? false,
      });
      if (command === 'import') return caller;
      // Checked at the first call, after the command has checked its own arguments.
      return {
        call: (name, input) => {
          assertLibraryExists(libraryDir);
          return caller.call(name, input);
        },
      };
    };
    switch (command) {
      case 'import':
        return await importSources(rest, core(), libraryDir, io, annotator ?? undefined);
      case 'list':
        return await listLibrary(core(), io);
      case 'export':
        return await exportAnnotations(
          {
            libraryDir,
            format: values.format,
            articleIds: values.article ?? [],
            all: values.all ?? false,
            out: values.out,
            annotator: layerName(values.annotator, 'export', true),
          },
          io,
        );
      case 'reload':
        return await reloadArticle(
          { articleIds: values.article ?? [], from: values.from },
          core(),
          io,
        );
      case 'agreement':
        return await printAgreement(
          {
            libraryDir,
            articleIds: values.article ?? [],
            json: values.json ?? false,
          },
          io,
        );
      case 'relations':
        return await printRelations(
          {
            libraryDir,
            articleIds: values.article ?? [],
            json: values.json ?? false,
          },
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
