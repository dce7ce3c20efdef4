// Both ends of a call: the host parses an untrusted payload with the call's schema and answers
// an envelope (`dispatch`); the client checks the envelope and the call's output (`unwrapResult`).
import type { z } from 'zod';
import { contract, type CallName, type CallOutput, type Handlers } from './calls';
import { formatJsonPath } from '../import/json-path';
import { CallResultSchema, ContractError, errorData, type CallResult } from './result';

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
