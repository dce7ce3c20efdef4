// `factmark list --library DIR`: one line per article, then any file that could not be read.
import type { CoreCaller } from './core-calls';
import { EXIT, type CliIo } from './io';

export async function listLibrary(core: CoreCaller, io: CliIo): Promise<number> {
  const { articles, problems } = await core.call('listLibrary', {});
  for (const a of articles) {
    io.out(`${a.id}\t${a.title}\t${a.claimCount} claims\t${a.mentionCount} mentions`);
  }
  for (const p of problems) io.err(`${p.file}: ${p.message}`);
  return EXIT.ok;
}
