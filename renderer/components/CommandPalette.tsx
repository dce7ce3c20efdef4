// Dialog `Command palette` (Ctrl/Cmd+K): a combobox `Command` over the listbox `Commands`
// holding every command with its keys. Typing filters, arrows move, Enter runs the highlighted
// command, Escape closes. Commands that cannot run now are shown, disabled.
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { runCommand } from '../commands/registry';
import { filterEntries, paletteEntries, type PaletteEntry } from '../commands/shortcut-list';
import { isMac } from '../commands/shortcuts';
import { useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { ModalDialog } from './ModalDialog';

const mac = isMac();

export function CommandPalette() {
  const store = useFactmarkStore();
  const context = useCommandContext();
  const listId = useId();
  // Whether a command can run is read once, as the palette opens: nothing changes under it.
  const [entries] = useState(() => paletteEntries(store.getState(), mac));
  const [query, setQuery] = useState('');
  /** The option the user moved to; until then the first one that can run. */
  const [active, setActive] = useState<number | null>(null);
  const shown = useMemo(() => filterEntries(entries, query), [entries, query]);
  const activeIndex = Math.min(
    active ??
      Math.max(
        0,
        shown.findIndex((e) => e.enabled),
      ),
    Math.max(0, shown.length - 1),
  );
  const optionId = (i: number) => `${listId}-${i}`;

  const close = () => store.getState().closeDialog();
  const run = (entry: PaletteEntry | undefined) => {
    if (!entry?.enabled) return;
    close();
    void runCommand(entry.name, context);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      PageDown: last,
      PageUp: 0,
    };
    const next = moves[event.key];
    if (next === undefined || shown.length === 0) return;
    event.preventDefault();
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(shown[activeIndex]);
  };

  return (
    <ModalDialog label="Command palette" onCancel={close} className="fm-palette">
      <form className="fm-form" onSubmit={submit}>
        <input
          data-autofocus
          type="text"
          role="combobox"
          aria-label="Command"
          aria-autocomplete="list"
          aria-expanded={shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a command…"
          className="fm-palette-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="fm-listbox fm-palette-list">
          {shown.map((entry, i) => (
            <li
              key={entry.name}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-disabled={!entry.enabled || undefined}
              className={entry.enabled ? 'fm-option' : 'fm-option fm-option-disabled'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => run(entry)}
            >
              <span className="fm-option-name">{entry.label}</span>
              {entry.keys.length > 0 && (
                <span className="fm-palette-keys">
                  {entry.keys.map((k) => (
                    <kbd key={k} className="fm-kbd">
                      {k}
                    </kbd>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="fm-empty">No command matches “{query}”.</p>}
      </form>
    </ModalDialog>
  );
}
