// `factmark validate <file>`: checks a Factmark JSON export against its schema and names every
// bad field by its path.
import { readFile } from 'node:fs/promises';
import { FactmarkExportSchema } from '../../shared/export/factmark-json';
import { CliError, EXIT, type CliIo } from './io';
import { formatJsonPath } from '../../shared/import/json-path';

export async function validateExport(path: string | undefined, io: CliIo): Promise<number> {
  if (!path) throw new CliError(EXIT.usage, 'validate: name the file to check.');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    const reason =
      err instanceof SyntaxError
        ? `not JSON (${err.message})`
        : `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    throw new CliError(EXIT.badInput, `${path}: ${reason}`);
  }
  const result = FactmarkExportSchema.safeParse(json);
  if (result.success) {
    const d = result.data.documents;
    const claims = d.reduce((n, doc) => n + doc.claims.length, 0);
    const mentions = d.reduce((n, doc) => n + doc.mentions.length, 0);
    io.out(
      `${path}: valid factmark.annotations v1 (${d.length} documents, ${claims} claims, ${mentions} mentions, ${result.data.entities.length} entities)`,
    );
    return EXIT.ok;
  }
  for (const issue of result.error.issues.slice(0, 50)) {
    io.err(`${path}: ${formatJsonPath(issue.path)}: ${issue.message}`);
  }
  if (result.error.issues.length > 50)
    io.err(`${path}: … and ${result.error.issues.length - 50} more problems`);
  return EXIT.badInput;
}
