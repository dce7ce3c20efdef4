// Entry point: connects to the host (desktop bridge or browser HTTP), builds the store and
// renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToHost } from './api';
import { App } from './components/App';
import { createFactmarkStore } from './store/create-store';
import { installJournal, recoverJournal } from './store/journal';
import { completeLibraryWhenQuiet } from './store/complete-library-when-quiet';
import { followLibraryChanges } from './store/follow-library-changes';
import type { PreferenceStorage } from './store/types';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/reading.css';
import './styles/highlights.css';
import './styles/panels.css';
import './styles/review-anchors.css';
import './styles/entities.css';
import './styles/library.css';
import './styles/start.css';
import './styles/corpus.css';
import './styles/dialogs.css';
import './styles/registry.css';
import './styles/suggestions.css';
import './styles/sources.css';
import './styles/team.css';
import './styles/layers.css';
import './styles/evidence.css';
import './styles/keyboard-selection.css';

function preferenceStorage(): (PreferenceStorage & Pick<Storage, 'removeItem'>) | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const host = connectToHost();
const storage = preferenceStorage();
const store = createFactmarkStore({ api: host.api, storage });
if (storage) {
  installJournal(store, storage);
  void recoverJournal(store, storage, host.api);
}
// Ask the host for the library's first screen and the entities now, before React's first
// render, which they would otherwise wait for (App's effects run after it); the rest of the
// library once the user pauses (see completeLibraryWhenQuiet).
void store.getState().loadLibrary();
void store.getState().loadEntities();
completeLibraryWhenQuiet(store);
// Others' new marks in the open article show while the person looks.
followLibraryChanges(store, host.api);
// Without a saved choice, follow the system's light or dark preference, also when it changes.
const darkScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
if (darkScheme) {
  store.getState().followSystemTheme(darkScheme.matches);
  darkScheme.addEventListener('change', (event) =>
    store.getState().followSystemTheme(event.matches),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App store={store} host={host} />
  </StrictMode>,
);
