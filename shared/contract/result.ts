// Errors cross the boundary as data: every call answers `{ ok: true, value }` or
// `{ ok: false, error: { code, message } }`, whatever the transport.
import { z } from 'zod';
import { contract, type CallName, type CallOutput, type Handlers } from './calls';
import { formatJsonPath } from '../import/json-path';

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

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${formatJsonPath(i.path)}: ${i.message}`)
    .join('; ');
}

/**
 * Runs the handler of `name` on an untrusted payload: parses the input with the call's schema,
 * and turns every failure into an error value. Both hosts answer every call through here.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  name: string,
  payload: unknown,
): Promise<CallResult<unknown>> {
  if (!Object.hasOwn(contract, name)) {
    return { ok: false, error: { code: 'unsupported', message: `Unknown call "${name}".` } };
  }
  const call = name as CallName;
  const handler = handlers[call] as ((input: unknown) => Promise<unknown>) | undefined;
  if (!handler) {
    return {
      ok: false,
      error: { code: 'unsupported', message: `"${name}" is not available in this host.` },
    };
  }
  const parsed = contract[call].input.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `${name}: ${describeIssues(parsed.error)}` },
    };
  }
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof ContractError) return { ok: false, error: errorData(err) };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${message}` } };
  }
}

/** Client side: checks a result envelope and the call's output schema; throws ContractError. */
export function unwrapResult<K extends CallName>(name: K, raw: unknown): CallOutput<K> {
  const envelope = CallResultSchema.safeParse(raw);
  if (!envelope.success)
    throw new ContractError('internal', `${name}: the host sent a malformed answer.`);
  if (!envelope.data.ok) {
    const { code, message, host, format } = envelope.data.error;
    throw new ContractError(code, message, host, format);
  }
  const value = contract[name].output.safeParse(envelope.data.value);
  if (!value.success) {
    throw new ContractError(
      'internal',
      `${name}: unexpected answer (${describeIssues(value.error)}).`,
    );
  }
  return value.data as CallOutput<K>;
}

/** An error as it crosses the boundary. */
export function errorData(error: ContractError): ContractErrorData {
  const data: ContractErrorData = { code: error.code, message: error.message };
  if (error.host !== undefined) data.host = error.host;
  if (error.format !== undefined) data.format = error.format;
  return data;
}
