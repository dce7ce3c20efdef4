// The command-line tool calls the same handlers as the app, through the same dispatch, so its
// inputs are checked by the contract's schemas and its errors read the same.
import { dispatch } from '../../shared/contract/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { statSync } from 'node:fs';
import { createCoreHandlers, type CoreHandlers } from '../core/handlers';
import { openLibrary, type LibraryStore } from '../core/library/library-store';
import { CliError, EXIT } from './io';

export interface CoreCaller {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
}

export interface CoreCallerOptions {
  /** `--annotator`: whose layer what this command writes goes to (null: none named) */
  annotator?: string | null;
  /** `--allow-local-network`: fetch local-network addresses without refusing them */
  allowLocalNetwork?: boolean;
}

export function coreCaller(
  libraryDir: string,
  options: CoreCallerOptions = {},
  handlers: CoreHandlers = createCoreHandlers({ libraryDir, annotatorFixed: true, ...options }),
): CoreCaller {
  return {
    async call(name, input) {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) {
        const hint =
          result.error.code === 'local-network'
            ? ' (run again with --allow-local-network to open it)'
            : result.error.format
              ? ' — `factmark import` with that file merges its annotations into the library'
              : '';
        throw new CliError(EXIT.badInput, result.error.message + hint);
      }
      return result.value as never;
    },
  };
}

/**
 * Only an import makes a library: any other command on a folder that is not there (a mistyped
 * `--library`) says so instead of reporting an empty library.
 */
export function assertLibraryExists(libraryDir: string): void {
  if (statSync(libraryDir, { throwIfNoEntry: false })?.isDirectory()) return;
  throw new CliError(
    EXIT.badInput,
    `${libraryDir}: no library folder there (import an article into it first, or name another with --library)`,
  );
}

/** The library a reading command (export, agreement, relations) reads: it must be there. */
export function openExistingLibrary(libraryDir: string): LibraryStore {
  assertLibraryExists(libraryDir);
  return openLibrary(libraryDir);
}
