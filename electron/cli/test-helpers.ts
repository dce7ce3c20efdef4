// For the command line's tests: runs `factmark` in-process and keeps what it printed.
import type { CliIo } from './io';
import { runCli } from './run';

/** Runs the command with `argv`; its exit code and its standard output and error, joined. */
export async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
