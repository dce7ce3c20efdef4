// For tests: runs the command line and collects what it prints, as a person would read it.
import type { CliIo } from './io';
import { runCli } from './run';

export async function runCaptured(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
