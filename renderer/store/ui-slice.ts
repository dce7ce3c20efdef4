// What the interface shows around the article: the open dialog, the theme, the library pane,
// and notices (errors and confirmations) for the user.
import type { SliceCreator } from './types';
import type { TagTarget } from './tag-target';
import type { LocalNetworkRetry } from './local-network-slice';

export type Theme = 'light' | 'dark';
export const THEME_KEY = 'factmark.theme';

export type DialogState =
  | { kind: 'open-url' }
  | { kind: 'paste-text' }
  | { kind: 'export' }
  | { kind: 'tag-entity'; target: TagTarget; prefill: string; type?: string }
  | { kind: 'command-palette' }
  | { kind: 'shortcuts' }
  | { kind: 'agreement' }
  | { kind: 'adjudication' }
  | { kind: 'local-network'; host: string; retry: LocalNetworkRetry };

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
  libraryCollapsed: boolean;
  notices: Notice[];
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  toggleLibrary(): void;
  /** Shows a notice; returns its id (to dismiss it later). */
  notify(kind: Notice['kind'], message: string): number;
  dismissNotice(id: number): void;
}

function initialTheme(storage: { getItem(key: string): string | null } | null): Theme {
  try {
    const saved = storage?.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage can be unavailable (privacy settings); the default theme will do.
  }
  return 'light';
}

export const createUiSlice: SliceCreator<UiSlice> = (deps) => (set, get) => {
  let nextNoticeId = 1;
  return {
    dialog: null,
    theme: initialTheme(deps.storage),
    libraryCollapsed: false,
    notices: [],
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setTheme: (theme) => {
      set({ theme });
      try {
        deps.storage?.setItem(THEME_KEY, theme);
      } catch {
        // Not persisting a theme is harmless.
      }
    },
    toggleTheme: () => get().setTheme(get().theme === 'dark' ? 'light' : 'dark'),
    toggleLibrary: () => set((s) => ({ libraryCollapsed: !s.libraryCollapsed })),
    notify: (kind, message) => {
      const id = nextNoticeId++;
      set((s) => ({ notices: [...s.notices, { id, kind, message }].slice(-MAX_NOTICES) }));
      return id;
    },
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
};
