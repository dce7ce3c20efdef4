// Entry point of the `factmark` command (bundled to dist/electron/cli.cjs).
import { runCli } from './cli/run';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
