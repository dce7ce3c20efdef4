// The core handlers over a library folder of their own, for tests that go through the contract
// (kept apart from test-helpers.ts, which the crash test's writer bundles without the handlers).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../shared/contract/dispatch';
import type { CallResult } from '../../shared/contract/result';
import { createCoreHandlers, type CoreHandlers } from './handlers';

/** Handlers over a new empty library in the system's temp folder; the caller removes it. */
export async function handlersInTempLibrary(
  name: string,
  now: Date,
): Promise<{ folder: string; handlers: CoreHandlers }> {
  const folder = await mkdtemp(join(tmpdir(), `factmark-${name}-`));
  return { folder, handlers: createCoreHandlers({ libraryDir: folder, now: () => now }) };
}

/** A call as a host makes it: the input parsed, the answer an envelope. */
export async function callHandler<T = unknown>(
  handlers: CoreHandlers,
  name: string,
  payload: unknown,
): Promise<CallResult<T>> {
  return (await dispatch(handlers, name, payload)) as CallResult<T>;
}

/** The value of a call that must succeed; a refusal throws with its code and message. */
export async function handlerValue<T>(
  handlers: CoreHandlers,
  name: string,
  payload: unknown,
): Promise<T> {
  const result = await callHandler<T>(handlers, name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
