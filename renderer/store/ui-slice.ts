// What the interface shows around the article: the open dialog, the theme, the library pane,
// which side sections are open, the panes' widths, and notices for the user. The person's
// choices (theme, sections, widths) are remembered in the page's storage.
import type { EncodedFile } from '../api/annotation-file';
import { errorMessage, type SliceCreator } from './types';
import type { TagTarget } from './tag-target';
import type { LocalNetworkRetry } from './local-network-slice';

export type Theme = 'light' | 'dark';
export const THEME_KEY = 'factmark.theme';
const SUGGESTIONS_KEY = 'factmark.show-suggestions';
const SECTIONS_KEY = 'factmark.collapsed-sections';
const PANES_KEY = 'factmark.pane-widths';

/** Widths of the resizable panes, in CSS pixels. */
export interface PaneWidths {
  library: number;
  side: number;
}
export const DEFAULT_PANE_WIDTHS: PaneWidths = { library: 264, side: 380 };
/** The narrowest and widest each pane may be dragged to. */
export const PANE_LIMITS: Record<keyof PaneWidths, readonly [number, number]> = {
  library: [180, 480],
  side: [280, 640],
};

export type DialogState =
  | { kind: 'open-url' }
  | { kind: 'paste-text' }
  | { kind: 'export' }
  | { kind: 'tag-entity'; target: TagTarget; prefill: string; type?: string }
  | { kind: 'command-palette' }
  | { kind: 'shortcuts' }
  | { kind: 'agreement' }
  | { kind: 'adjudication' }
  | { kind: 'local-network'; host: string; retry: LocalNetworkRetry }
  /** An export opened as an article: offers to import `file` (of `format`) instead. */
  | { kind: 'import-instead'; format: string; file: EncodedFile };

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

/** Older notices drop off beyond this many, so a burst of errors cannot fill the screen. */
const MAX_NOTICES = 5;

export interface UiSlice {
  dialog: DialogState | null;
  theme: Theme;
  /** Whether the person picked the theme (else it follows the system's light or dark). */
  themeChosen: boolean;
  libraryCollapsed: boolean;
  /** Whether suggestions are listed and drawn in the article (the `Suggestions` section open). */
  suggestionsShown: boolean;
  /** Side sections the person folded, by name (`Entities`…). */
  collapsedSections: readonly string[];
  paneWidths: PaneWidths;
  notices: Notice[];
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  toggleLibrary(): void;
  /** Follows the system's colour scheme, unless the person chose a theme. */
  followSystemTheme(dark: boolean): void;
  setSuggestionsShown(shown: boolean): void;
  toggleSection(name: string): void;
  setPaneWidth(pane: keyof PaneWidths, width: number): void;
  /** Shows a notice; returns its id (to dismiss it later). */
  notify(kind: Notice['kind'], message: string): number;
  dismissNotice(id: number): void;
  /** Opens a link in the system browser, never in this window; a failure becomes a notice. */
  openLinkOutside(url: string): Promise<void>;
}

type Preferences = { getItem(key: string): string | null } | null;

/** A saved preference, or null when there is none or storage is unavailable. */
function readPreference(storage: Preferences, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    // Storage can be unavailable (privacy settings); defaults will do.
    return null;
  }
}

function savedTheme(storage: Preferences): Theme | null {
  const saved = readPreference(storage, THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : null;
}

function parsedPreference<T>(storage: Preferences, key: string, valid: (v: unknown) => v is T) {
  try {
    const value: unknown = JSON.parse(readPreference(storage, key) ?? 'null');
    return valid(value) ? value : null;
  } catch {
    return null;
  }
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isPaneWidths = (v: unknown): v is PaneWidths =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PaneWidths).library === 'number' &&
  typeof (v as PaneWidths).side === 'number';

export const clampPaneWidth = (pane: keyof PaneWidths, width: number) =>
  Math.round(Math.min(PANE_LIMITS[pane][1], Math.max(PANE_LIMITS[pane][0], width)));

export const createUiSlice: SliceCreator<UiSlice> = (deps) => (set, get) => {
  let nextNoticeId = 1;
  const remember = (key: string, value: string) => {
    try {
      deps.storage?.setItem(key, value);
    } catch {
      // Not persisting a preference is harmless.
    }
  };
  const theme = savedTheme(deps.storage);
  const widths = parsedPreference(deps.storage, PANES_KEY, isPaneWidths);
  return {
    dialog: null,
    theme: theme ?? 'light',
    themeChosen: theme !== null,
    libraryCollapsed: false,
    suggestionsShown: readPreference(deps.storage, SUGGESTIONS_KEY) === 'true',
    collapsedSections: parsedPreference(deps.storage, SECTIONS_KEY, isStringList) ?? [],
    paneWidths: widths
      ? {
          library: clampPaneWidth('library', widths.library),
          side: clampPaneWidth('side', widths.side),
        }
      : DEFAULT_PANE_WIDTHS,
    notices: [],
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setTheme: (theme) => {
      set({ theme, themeChosen: true });
      remember(THEME_KEY, theme);
    },
    toggleTheme: () => get().setTheme(get().theme === 'dark' ? 'light' : 'dark'),
    toggleLibrary: () => set((s) => ({ libraryCollapsed: !s.libraryCollapsed })),
    followSystemTheme: (dark) => {
      if (!get().themeChosen) set({ theme: dark ? 'dark' : 'light' });
    },
    setSuggestionsShown: (shown) => {
      // A hidden suggestion cannot be the one A or X act on.
      set(
        shown
          ? { suggestionsShown: shown }
          : { suggestionsShown: shown, currentSuggestionId: null },
      );
      remember(SUGGESTIONS_KEY, String(shown));
    },
    toggleSection: (name) => {
      const folded = get().collapsedSections;
      const next = folded.includes(name) ? folded.filter((n) => n !== name) : [...folded, name];
      set({ collapsedSections: next });
      remember(SECTIONS_KEY, JSON.stringify(next));
    },
    setPaneWidth: (pane, width) => {
      const paneWidths = { ...get().paneWidths, [pane]: clampPaneWidth(pane, width) };
      set({ paneWidths });
      remember(PANES_KEY, JSON.stringify(paneWidths));
    },
    notify: (kind, message) => {
      const id = nextNoticeId++;
      set((s) => ({ notices: [...s.notices, { id, kind, message }].slice(-MAX_NOTICES) }));
      return id;
    },
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    openLinkOutside: async (url) => {
      try {
        await deps.api.openExternal({ url });
      } catch (err) {
        get().notify('error', `Could not open ${url}: ${errorMessage(err)}`);
      }
    },
  };
};
