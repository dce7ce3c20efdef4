// The command-line tool calls the same handlers as the app, through the same dispatch, so its
// inputs are checked by the contract's schemas and its errors read the same.
import { dispatch } from '../../shared/contract/result';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { createCoreHandlers, type CoreHandlers } from '../core/handlers';
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
            : '';
        throw new CliError(EXIT.badInput, result.error.message + hint);
      }
      return result.value as never;
    },
  };
}
