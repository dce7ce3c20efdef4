// Errors cross the boundary as data: every call answers `{ ok: true, value }` or
// `{ ok: false, error: { code, message } }`, whatever the transport. This module names the
// errors and the envelope; it imports no call, so the model can throw ContractError without
// a cycle through the contract (see dispatch.ts for the calls' two ends).
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input', // the payload did not match the call's schema
  'bad-source', // a file or URL that cannot be read as an article
  'not-found',
  'damaged', // a library file that cannot be parsed
  'io', // the disk refused (full, read-only, permissions)
  'conflict', // the article changed elsewhere (another tab or window) since this copy was read
  'network',
  'local-network', // the link points to this computer or the local network; `host` names it
  'unsupported', // the call does not exist in this host
  'cancelled',
  'forbidden', // the browser mode refused the caller (token, Origin or Host)
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ContractErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The host a `local-network` refusal is about: the app asks whether to open it. */
  host: z.string().optional(),
  /** The annotation format of a file refused as an article: the app offers to import it. */
  format: z.string().optional(),
});
export type ContractErrorData = z.infer<typeof ContractErrorSchema>;

/** An error meant for the user: its message names the thing and the reason. */
export class ContractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly host?: string,
    readonly format?: string,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ContractErrorData };

export const CallResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ContractErrorSchema }),
]);

/** An error as it crosses the boundary. */
export function errorData(error: ContractError): ContractErrorData {
  const data: ContractErrorData = { code: error.code, message: error.message };
  if (error.host !== undefined) data.host = error.host;
  if (error.format !== undefined) data.format = error.format;
  return data;
}
