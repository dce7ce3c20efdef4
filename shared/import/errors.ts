// Import errors: a ContractError('bad-source') whose message names the file, the path of the
// bad field (`documents[0].claims[3].end`, or a line of a brat file) and the reason.
import type { z } from 'zod';
import { ContractError } from '../contract/result';
import { formatJsonPath } from './json-path';

/** How many problems one message lists: enough to fix a file, short enough to read. */
const MAX_LISTED_ISSUES = 5;

export class ImportError extends ContractError {
  constructor(
    readonly fileName: string,
    readonly problems: readonly string[],
  ) {
    const listed = problems.slice(0, MAX_LISTED_ISSUES).join('; ');
    const more =
      problems.length > MAX_LISTED_ISSUES
        ? ` (and ${problems.length - MAX_LISTED_ISSUES} more)`
        : '';
    super('bad-source', `${fileName}: ${listed}${more}`);
    this.name = 'ImportError';
  }
}

export type FieldPath = ReadonlyArray<string | number>;

/** `documents[0].claims[3].end: must be greater than start` */
export function problemAt(path: FieldPath, reason: string): string {
  return path.length > 0 ? `${formatJsonPath(path)}: ${reason}` : reason;
}

export function zodProblems(error: z.ZodError, prefix: FieldPath = []): string[] {
  return error.issues.map((issue) =>
    problemAt([...prefix, ...(issue.path as Array<string | number>)], issue.message),
  );
}

/**
 * A bad field found deep inside a reader: thrown with its path, caught by the importer, which
 * collects every one into a single ImportError.
 */
export class FieldProblem extends Error {}

export function failAt(path: FieldPath, reason: string): never {
  throw new FieldProblem(problemAt(path, reason));
}

/** A JSON object (not null, not an array): what a file's record must be before it is read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSON text, or passes an already parsed value through. */
export function readJson(json: unknown, fileName: string): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (err) {
    throw new ImportError(fileName, [`not valid JSON (${(err as Error).message})`]);
  }
}
