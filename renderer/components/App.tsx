// The app shell: toolbar, notices, the three panes (library, article, claims and entities) and
// dialogs (main.tsx starts loading the library); wires keys, the native menu, theme and flushing.
import { useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { listenToMenu } from '../commands/menu';
import { runCommand } from '../commands/registry';
import { installShortcuts } from '../commands/shortcuts';
import type { CommandContext } from '../commands/types';
import type { ReadingSurface, SurfaceRef } from '../editor/reading-surface';
import type { FactmarkStore } from '../store/create-store';
import { StoreContext, useFactmark, useFactmarkStore } from '../store/hooks';
import { ArticlePane } from './ArticlePane';
import { ClaimsPanel } from './ClaimsPanel';
import { ClaimDetails } from './ClaimDetails';
import { EvidencePassagePanel } from './AnnotationLinks';
import { CorpusView, preloadLaterViews } from './later-views';
import { CommandContextReact } from './command-context';
import { Dialogs } from './Dialogs';
import { DropZone } from './DropZone';
import { EntitiesPanel } from './EntitiesPanel';
import { HighlightTooltip } from './HighlightTooltip';
import { LibraryPane } from './LibraryPane';
import { Notices } from './Notices';
import { OrphanedAnnotations } from './ReviewAnchors';
import { OpenProgress } from './OpenProgress';
import { PaneResizer } from './PaneResizer';
import { SuggestionsPanel } from './SuggestionsPanel';
import { Toolbar } from './Toolbar';
import { AnnotatorPrompt } from './AnnotatorPrompt';
import { TypeLegend } from './TypeLegend';
import { bindSuggestions } from '../store/suggestions-binding';

function useThemeOnDocument() {
  const theme = useFactmark((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** Saves what is pending when the page is hidden or closed (best effort: it cannot wait). */
function useFlushOnLeave(store: FactmarkStore, host: CommandContext['host']) {
  useEffect(() => {
    const flush = () => void store.getState().flushSaves();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { unsavedArticles, unsavedRegistry } = store.getState();
      if (Object.keys(unsavedArticles).length === 0 && !unsavedRegistry) return;
      flush();
      // In a browser tab, ask before leaving unsaved work; the desktop host handles its close.
      if (host.mode === 'browser') event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store, host]);
}

/** Coming back to the window shows what others (annotators, tabs) saved of the open article. */
function useRefreshOnReturn(store: FactmarkStore) {
  useEffect(() => {
    const refresh = () => void store.getState().refreshOpenArticle();
    const onVisibility = () => document.visibilityState === 'visible' && refresh();
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}

/** Below this width the library pane starts folded, and folds when the window narrows to it. */
const NARROW_WINDOW = '(max-width: 1199px)';

function useLibraryFoldsWhenNarrow(store: FactmarkStore) {
  useLayoutEffect(() => {
    const narrow = window.matchMedia?.(NARROW_WINDOW);
    if (!narrow) return;
    const fit = (isNarrow: boolean) => {
      if (store.getState().libraryCollapsed !== isNarrow) store.getState().toggleLibrary();
    };
    fit(narrow.matches);
    const onChange = (event: MediaQueryListEvent) => fit(event.matches);
    narrow.addEventListener('change', onChange);
    return () => narrow.removeEventListener('change', onChange);
  }, [store]);
}

function Shell() {
  useThemeOnDocument();
  const store = useFactmarkStore();
  useLibraryFoldsWhenNarrow(store);
  const collapsed = useFactmark((s) => s.libraryCollapsed);
  const centreView = useFactmark((s) => s.centreView);
  const widths = useFactmark((s) => s.paneWidths);
  const corpus = centreView === 'corpus';
  const style = {
    '--library-width': `${widths.library}px`,
    '--side-width': `${widths.side}px`,
  } as CSSProperties;
  return (
    <div className={collapsed ? 'fm-app fm-app-library-collapsed' : 'fm-app'}>
      <Toolbar />
      <Notices />
      <AnnotatorPrompt />
      <div className={corpus ? 'fm-panes fm-panes-corpus' : 'fm-panes'} style={style}>
        <LibraryPane />
        {!collapsed && <PaneResizer pane="library" label="Library width" />}
        {corpus ? <CorpusView /> : <ArticlePane />}
        {!corpus && <PaneResizer pane="side" label="Review panel width" />}
        {/* The corpus takes the whole width: the open article's panels wait beside it. */}
        <aside className="fm-side" aria-label="Review" hidden={corpus}>
          <ClaimsPanel />
          <ClaimDetails />
          <EvidencePassagePanel />
          <OrphanedAnnotations />
          <SuggestionsPanel />
          <EntitiesPanel />
          <TypeLegend />
        </aside>
      </div>
      <Dialogs />
      <HighlightTooltip />
      <OpenProgress />
      <DropZone />
    </div>
  );
}

export function App({ store, host }: { store: FactmarkStore; host: CommandContext['host'] }) {
  const surface = useRef<ReadingSurface | null>(null) as SurfaceRef;
  const context = useMemo<CommandContext>(() => ({ store, host, surface }), [store, host, surface]);

  // Before the first paint, so a key pressed as soon as the toolbar shows is not lost.
  useLayoutEffect(() => {
    const stopKeys = installShortcuts(context);
    const stopMenu = listenToMenu(context);
    return () => {
      stopKeys();
      stopMenu();
    };
  }, [context]);

  useFlushOnLeave(store, host);

  useRefreshOnReturn(store);

  // Files the desktop app was started with (`factmark report.pdf`) wait in the host until the
  // page asks for them; later ones come with the `open-requested` menu command.
  useEffect(() => {
    if (host.mode === 'desktop') void runCommand('open-requested', context);
  }, [host, context]);
  useEffect(() => bindSuggestions(store), [store]);
  useEffect(() => {
    void store.getState().loadAnnotator();
    void store.getState().loadLibraryAnnotators();
  }, [store]);
  // The first screen is painted: fetch the views it did not need, so none waits when first used.
  useEffect(preloadLaterViews, []);

  return (
    <StoreContext.Provider value={store}>
      <CommandContextReact.Provider value={context}>
        <Shell />
      </CommandContextReact.Provider>
    </StoreContext.Provider>
  );
}
