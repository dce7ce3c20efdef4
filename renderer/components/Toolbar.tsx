// The toolbar: open actions, annotation actions, views and export, save state, theme and library
// toggles. What does not fit the window's width folds into a `More` menu (measured with a
// ResizeObserver), least used first, each command keeping its name there. Buttons keep the
// text selection (no focus change on mouse down), so `Mark claim` and `Tag entity` act on what
// the user selected.
import { memo, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { COMMANDS, runCommand } from '../commands/registry';
import { isMac } from '../commands/shortcuts';
import { describeKey, type CommandName } from '../commands/types';
import { useFactmark } from '../store/hooks';
import { useCommandButton } from './command-button';
import { useCommandContext } from './command-context';
import { MoreMenu } from './MoreMenu';
import { SaveStatus } from './SaveStatus';

const keepSelection = (event: MouseEvent) => event.preventDefault();
const mac = isMac();

interface ToolbarItem {
  name: CommandName;
  group: 'Open' | 'Annotate' | 'Views';
  variant?: 'primary';
}

/** The toolbar's commands in the order shown. A new view adds its command here. */
const ITEMS: readonly ToolbarItem[] = [
  { name: 'open-file', group: 'Open' },
  { name: 'open-url', group: 'Open' },
  { name: 'paste-text', group: 'Open' },
  { name: 'import-annotations', group: 'Open' },
  { name: 'reload-source', group: 'Open' },
  { name: 'mark-claim', group: 'Annotate', variant: 'primary' },
  { name: 'tag-entity', group: 'Annotate' },
  { name: 'open-corpus', group: 'Views' },
  { name: 'export', group: 'Views' },
];

/** Which commands fold into `More` first when the window is narrow; unlisted ones go first. */
const KEEP_LONGEST: readonly CommandName[] = [
  'mark-claim',
  'tag-entity',
  'open-file',
  'export',
  'open-corpus',
  'open-url',
  'paste-text',
  'reload-source',
  'import-annotations',
];

const foldRank = (name: CommandName) => {
  const at = KEEP_LONGEST.indexOf(name);
  return at < 0 ? -1 : KEEP_LONGEST.length - at;
};
const FOLD_ORDER = [...ITEMS].sort((a, b) => foldRank(a.name) - foldRank(b.name));

/** Room between buttons and before each group's separator (see toolbar.css). */
const BUTTON_GAP = 6;
const GROUP_GAP = 8 + 8 + 1;

const CommandButton = memo(function CommandButton({
  name,
  variant,
}: {
  name: CommandName;
  variant?: 'primary';
}) {
  const { command, enabled, binding, key, run } = useCommandButton(name);
  return (
    <button
      type="button"
      className={variant === 'primary' ? 'fm-button fm-button-primary' : 'fm-button'}
      disabled={!enabled}
      aria-keyshortcuts={key?.aria}
      title={key ? `${command.label} (${key.label})` : command.label}
      data-command={name}
      onMouseDown={keepSelection}
      onClick={() => void run()}
    >
      {command.label}
      {key && binding && !binding.mod && (
        <kbd className="fm-kbd" aria-hidden="true">
          {key.label}
        </kbd>
      )}
    </button>
  );
});

function ThemeToggle() {
  const context = useCommandContext();
  const dark = useFactmark((s) => s.theme === 'dark');
  return (
    <button
      type="button"
      className="fm-button fm-icon-button"
      aria-pressed={dark}
      title="Dark theme"
      onMouseDown={keepSelection}
      onClick={() => void runCommand('toggle-theme', context)}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="fm-visually-hidden">Dark theme</span>
    </button>
  );
}

function LibraryToggle() {
  const context = useCommandContext();
  const collapsed = useFactmark((s) => s.libraryCollapsed);
  return (
    <button
      type="button"
      className="fm-button fm-icon-button"
      aria-pressed={!collapsed}
      aria-controls="fm-library"
      title={`Show library (${describeKey(COMMANDS['toggle-library'].keys[0]!, mac).label})`}
      onMouseDown={keepSelection}
      onClick={() => void runCommand('toggle-library', context)}
    >
      <span aria-hidden="true">☰</span>
      <span className="fm-visually-hidden">Show library</span>
    </button>
  );
}

/** Width each command's button takes, measured once from an invisible copy of the row. */
function useButtonWidths(measure: RefObject<HTMLDivElement | null>) {
  const [widths, setWidths] = useState<ReadonlyMap<CommandName, number> | null>(null);
  useLayoutEffect(() => {
    const row = measure.current;
    if (!row) return;
    const read = () => {
      const found = new Map<CommandName, number>();
      for (const button of row.querySelectorAll<HTMLElement>('[data-command]'))
        found.set(button.dataset.command as CommandName, button.getBoundingClientRect().width);
      setWidths(found);
    };
    read();
    // Fonts arriving late change the widths once.
    void document.fonts?.ready.then(read);
  }, [measure]);
  return widths;
}

/** The commands that fold into `More` for the room the toolbar has. */
function useFolded(
  toolbar: RefObject<HTMLElement | null>,
  fixed: RefObject<HTMLElement | null>[],
  widths: ReadonlyMap<CommandName, number> | null,
): ReadonlySet<CommandName> {
  const [folded, setFolded] = useState<ReadonlySet<CommandName>>(new Set());
  useLayoutEffect(() => {
    const bar = toolbar.current;
    if (!bar || !widths) return;
    const fit = () => {
      const style = getComputedStyle(bar);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const gap = parseFloat(style.columnGap) || 8;
      const taken = fixed.reduce((sum, r) => sum + (r.current?.offsetWidth ?? 0) + gap, 0);
      const room = bar.clientWidth - padding - taken;
      const next = new Set<CommandName>();
      const widthOf = (shown: readonly ToolbarItem[]) => {
        let total = 0;
        let group: string | null = null;
        for (const item of shown) {
          total += (widths.get(item.name) ?? 0) + (item.group === group ? BUTTON_GAP : GROUP_GAP);
          group = item.group;
        }
        return total;
      };
      for (const item of FOLD_ORDER) {
        const shown = ITEMS.filter((i) => !next.has(i.name));
        if (widthOf(shown) <= room) break;
        next.add(item.name);
      }
      setFolded((old) =>
        old.size === next.size && [...next].every((n) => old.has(n)) ? old : next,
      );
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    for (const r of fixed) if (r.current) observer.observe(r.current);
    return () => observer.disconnect();
  }, [toolbar, fixed, widths]);
  return folded;
}

function groupsOf(items: readonly ToolbarItem[]) {
  const groups: { group: ToolbarItem['group']; items: ToolbarItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}

export function Toolbar() {
  const bar = useRef<HTMLElement | null>(null);
  const start = useRef<HTMLDivElement | null>(null);
  const end = useRef<HTMLDivElement | null>(null);
  const measure = useRef<HTMLDivElement | null>(null);
  const [fixed] = useState(() => [start, end]);
  const widths = useButtonWidths(measure);
  const folded = useFolded(bar, fixed, widths);
  const shown = ITEMS.filter((i) => !folded.has(i.name));
  const more = ITEMS.filter((i) => folded.has(i.name)).map((i) => i.name);
  return (
    <header className="fm-toolbar" ref={bar}>
      <div className="fm-toolbar-start" ref={start}>
        <LibraryToggle />
        <span className="fm-brand" aria-hidden="true">
          Factmark
        </span>
      </div>
      {groupsOf(shown).map(({ group, items }) => (
        <div
          key={group}
          className="fm-toolbar-group"
          role="group"
          aria-label={group === 'Views' ? undefined : group}
        >
          {items.map((item) => (
            <CommandButton key={item.name} name={item.name} variant={item.variant} />
          ))}
        </div>
      ))}
      <div className="fm-toolbar-end" ref={end}>
        {more.length > 0 && <MoreMenu commands={more} />}
        <SaveStatus />
        <ThemeToggle />
      </div>
      <div className="fm-toolbar-measure" ref={measure} aria-hidden="true" inert>
        {ITEMS.map((item) => (
          <CommandButton key={item.name} name={item.name} variant={item.variant} />
        ))}
      </div>
    </header>
  );
}
