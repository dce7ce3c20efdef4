// @vitest-environment jsdom
// Every command in the registry can be reached with the keyboard alone: its keys run it (no
// other command takes them first), and the command palette finds it by its name and runs it
// with Enter. A command added without either fails here.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CommandPalette } from './CommandPalette';
import { CommandContextReact } from './command-context';
import { StoreContext } from '../store/hooks';
import { storeWithArticle } from '../store/test-helpers';
import { COMMANDS } from '../commands/registry';
import { filterEntries, paletteEntries } from '../commands/shortcut-list';
import { bindingForKey } from '../commands/shortcuts';
import {
  COMMAND_NAMES,
  type CommandContext,
  type CommandName,
  type KeyBinding,
} from '../commands/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A key press as the document listener sees it, in the article or with nothing focused. */
function pressOf(binding: KeyBinding, mac: boolean, target: Element) {
  return {
    key: binding.shift && binding.key.length === 1 ? binding.key.toUpperCase() : binding.key,
    ctrlKey: !mac && !!binding.mod,
    metaKey: mac && !!binding.mod,
    altKey: false,
    shiftKey: !!binding.shift,
    isComposing: false,
    target,
  };
}

describe('keys', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([false, true])('each binding runs its own command (mac: %s)', (mac) => {
    document.body.innerHTML =
      '<section aria-label="Article"><div role="document" tabindex="0"><p id="t">x</p></div></section>';
    const inText = document.getElementById('t')!;
    const taken: string[] = [];
    for (const name of COMMAND_NAMES) {
      for (const binding of COMMANDS[name].keys) {
        const found = bindingForKey(pressOf(binding, mac, inText), mac);
        if (found?.name !== name) taken.push(`${name}: ${binding.key} → ${found?.name ?? 'none'}`);
      }
    }
    expect(taken).toEqual([]);
  });
});

/** Shows the palette over `store` in a fresh root, unmounted when the test ends. */
function showPalette(store: CommandContext['store'], context: CommandContext): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  onTestFinished(() => {
    act(() => root.unmount());
    host.remove();
  });
  store.getState().openDialog({ kind: 'command-palette' });
  act(() =>
    root.render(
      createElement(
        StoreContext.Provider,
        { value: store },
        createElement(
          CommandContextReact.Provider,
          { value: context },
          createElement(CommandPalette),
        ),
      ),
    ),
  );
  return host;
}

describe('the command palette reaches every command', () => {
  beforeAll(() => {
    // jsdom has <dialog> without show() and close().
    HTMLDialogElement.prototype.show ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives every command a label of its own', () => {
    const labels = COMMAND_NAMES.map((name) => COMMANDS[name].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('finds each command first when its whole name is typed', async () => {
    const { store } = await storeWithArticle();
    const entries = paletteEntries(store.getState(), false);
    const notFirst = COMMAND_NAMES.filter(
      (name) => filterEntries(entries, COMMANDS[name].label)[0]?.name !== name,
    );
    expect(notFirst).toEqual([]);
  });

  it.each(COMMAND_NAMES.map((name) => [name]))(
    'types “%s” and presses Enter: the command runs',
    async (name: CommandName) => {
      const { store, api } = await storeWithArticle();
      const host = {
        api,
        mode: 'browser',
        onMenuCommand: () => () => {},
      } as unknown as CommandContext['host'];
      const context: CommandContext = { store, host, surface: { current: null } };
      // Whether it can run depends on the moment (a suggestion current, something to undo):
      // here it can, and only whether the palette runs it is in question.
      vi.spyOn(COMMANDS[name], 'isEnabled').mockReturnValue(true);
      const run = vi.spyOn(COMMANDS[name], 'run').mockImplementation(() => {});
      const container = showPalette(store, context);
      const input = container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      expect(document.activeElement).toBe(input);
      act(() => {
        // React listens for `input` events; the value setter it tracks must be the native one.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
          input,
          COMMANDS[name].label,
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
      expect(active.textContent).toContain(COMMANDS[name].label);
      act(() => {
        input.form!.requestSubmit();
      });
      await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
      expect(store.getState().dialog).toBeNull();
    },
  );
});
