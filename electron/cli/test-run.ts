// The command line as its tests run it: in process, its output and errors collected.
import type { CliIo } from './io';
import { runCli } from './run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `factmark ARGV…`; answers the exit code and what it printed to each stream. */
export async function runFactmark(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
