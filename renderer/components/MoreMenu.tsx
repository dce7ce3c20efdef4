// `More`: the toolbar commands that do not fit the window, as a menu button. Each item keeps its
// command's name (`Export`, `Corpus`…) and key; arrows move, Enter runs, Escape closes and gives
// focus back to the button, a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CommandName } from '../commands/types';
import { useCommandButton } from './command-button';

function MoreItem({ name, onDone }: { name: CommandName; onDone: () => void }) {
  const { command, enabled, key, run } = useCommandButton(name);
  return (
    <button
      type="button"
      role="menuitem"
      className="fm-menu-item"
      tabIndex={-1}
      aria-disabled={!enabled || undefined}
      aria-keyshortcuts={key?.aria}
      // Keeps the text selection for `Mark claim` and `Tag entity`.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (!enabled) return;
        onDone();
        void run();
      }}
    >
      <span>{command.label}</span>
      {key && (
        <kbd className="fm-kbd" aria-hidden="true">
          {key.label}
        </kbd>
      )}
    </button>
  );
}

export function MoreMenu({ commands }: { commands: readonly CommandName[] }) {
  const [open, setOpen] = useState(false);
  /** Opened by keys: focus goes into the menu. By mouse it stays, with the text selection. */
  const [byKeys, setByKeys] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLDivElement | null>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    if (byKeys) items()[0]?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // Escape closes it also when it was opened by mouse and focus stayed outside.
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || menu.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, byKeys]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      event.stopPropagation();
      close(event.key === 'Escape');
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[next]?.focus();
  };

  return (
    <div className="fm-more-menu">
      <button
        ref={button}
        type="button"
        className="fm-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          // A click from Enter or Space has no pointer position (detail 0).
          setByKeys(e.detail === 0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setByKeys(true);
            setOpen(true);
          }
        }}
      >
        More
        <span className="fm-more-caret" aria-hidden="true" />
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="More commands"
          className="fm-menu"
          onKeyDown={onKeyDown}
        >
          {commands.map((name) => (
            <MoreItem key={name} name={name} onDone={() => close(false)} />
          ))}
        </div>
      )}
    </div>
  );
}
