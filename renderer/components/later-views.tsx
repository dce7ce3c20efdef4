// Views the first screen does not show, each in a chunk of its own that loads the first time it
// is shown: the reading view (Tiptap and ProseMirror), the corpus view and the dialogs. The
// suggestion engine loads the same way (suggest/compute-suggestions). Once the first screen is
// painted, `preloadLaterViews` fetches them, so none waits when first used.
//
// Not React.lazy: a lazy component suspends on its first render even when its chunk is already
// loaded, and React holds back the reveal of a suspended boundary for 300 ms after its fallback
// showed (to avoid flicker) — which was most of the first paint of an article. A later view
// renders at once when its chunk is there, and otherwise shows its fallback and renders with an
// ordinary state update when the chunk arrives.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads on first use; `preload` starts the load early. */
export interface LaterView<P extends object> {
  (props: P): ReactNode;
  preload(): Promise<ComponentType<P>>;
}

export function laterView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): LaterView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    // A failed load is tried again on the next use, not remembered.
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function View(props: P): ReactNode {
    // Chosen once per mount, so the view is never remounted when its chunk arrives later.
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload().then(
        (component) => live && setComponent(() => component),
        (error: unknown) => live && setFailed(error ?? 'unknown error'),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (failed) {
      const reason = failed instanceof Error ? failed.message : String(failed);
      return (
        <p className="fm-empty" role="alert">
          This view could not be loaded ({reason}). Reload the window to try again.
        </p>
      );
    }
    return Component ? <Component {...props} /> : fallback;
  }
  return Object.assign(View, { preload });
}

export const ReadingView = laterView(
  async () => (await import('./ReadingView')).ReadingView,
  <p className="fm-empty">Opening the article…</p>,
);
export const CorpusView = laterView(
  async () => (await import('./CorpusView')).CorpusView,
  <main className="fm-center" />,
);
export const ExportDialog = laterView(async () => (await import('./ExportDialog')).ExportDialog);
export const OpenUrlDialog = laterView(async () => (await import('./OpenUrlDialog')).OpenUrlDialog);
export const PasteTextDialog = laterView(
  async () => (await import('./PasteTextDialog')).PasteTextDialog,
);
export const TagEntityDialog = laterView(
  async () => (await import('./TagEntityDialog')).TagEntityDialog,
);
export const CommandPalette = laterView(
  async () => (await import('./CommandPalette')).CommandPalette,
);
export const ShortcutsHelp = laterView(async () => (await import('./ShortcutsHelp')).ShortcutsHelp);

const LATER_VIEWS = [
  ReadingView,
  CorpusView,
  ExportDialog,
  OpenUrlDialog,
  PasteTextDialog,
  TagEntityDialog,
  CommandPalette,
  ShortcutsHelp,
];

/** Fetches every later view's chunk, so none waits when first shown. */
export function preloadLaterViews(): void {
  for (const view of LATER_VIEWS) view.preload().catch(() => undefined);
}
