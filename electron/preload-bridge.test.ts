import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, MENU_COMMANDS } from '../shared/contract/calls';
import { createHostBridge, isMenuCommand, type BridgeTransport } from './preload-bridge';
import { PRELOAD_CALL_NAMES, PRELOAD_MENU_COMMANDS } from './preload-names';

function fakeTransport() {
  const listeners = new Set<(message: unknown) => void>();
  const transport: BridgeTransport = {
    invoke: vi.fn(async (name) => ({ ok: true as const, value: `answer to ${name}` })),
    listenToMenu(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (message: unknown) => listeners.forEach((listener) => listener(message));
  return { transport, emit, listeners };
}

describe('createHostBridge', () => {
  it('has exactly one method per contract call, plus onMenuCommand', () => {
    const bridge = createHostBridge(fakeTransport().transport);
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES, 'onMenuCommand'].sort());
  });

  it.each(CALL_NAMES)('sends %s under its own name with its input', async (name) => {
    const { transport } = fakeTransport();
    const bridge = createHostBridge(transport);
    const call = bridge[name] as (input: unknown) => Promise<unknown>;
    await expect(call({ some: 'input' })).resolves.toEqual({
      ok: true,
      value: `answer to ${name}`,
    });
    expect(transport.invoke).toHaveBeenCalledWith(name, { some: 'input' });
  });

  it('passes known menu commands to the listener and drops anything else', () => {
    const { transport, emit } = fakeTransport();
    const received: unknown[] = [];
    createHostBridge(transport).onMenuCommand((command) => received.push(command));
    emit('export');
    emit('format-disk');
    emit({ command: 'export' });
    emit(undefined);
    emit('undo');
    expect(received).toEqual(['export', 'undo']);
  });

  it('stops listening when unsubscribed', () => {
    const { transport, emit, listeners } = fakeTransport();
    const received: unknown[] = [];
    const unsubscribe = createHostBridge(transport).onMenuCommand((c) => received.push(c));
    emit('redo');
    unsubscribe();
    emit('redo');
    expect(received).toEqual(['redo']);
    expect(listeners.size).toBe(0);
  });
});

describe('isMenuCommand', () => {
  it.each(MENU_COMMANDS)('knows %s', (command) => expect(isMenuCommand(command)).toBe(true));
  it.each([['OPEN-FILE'], [''], [null], [42], ['constructor']])('refuses %j', (value) => {
    expect(isMenuCommand(value)).toBe(false);
  });
});

describe('the preload’s own lists', () => {
  it('name every contract call, in the contract’s order', () => {
    expect([...PRELOAD_CALL_NAMES]).toEqual(CALL_NAMES);
  });
  it('name every menu command', () => {
    expect([...PRELOAD_MENU_COMMANDS]).toEqual([...MENU_COMMANDS]);
  });
});
