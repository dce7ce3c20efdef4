// Who is annotating and which layers are shown: the annotator's name (from the host; asked for
// at first start), the library's annotators (whose colours follow their order), the Layers
// choice, Blind mode, the open article's layers and who marked it done, and the Disagreements
// filter.
import type { LayerInfoList } from './layers-types';
import { errorMessage, type SliceCreator } from './types';
import type { LayerChoice, LayerView } from './layers';

export const BLIND_KEY = 'factmark.blind';

export interface LayersSlice {
  /** Who is annotating; null until chosen (or in a host without names). */
  annotator: string | null;
  /** The host was started with `--annotator`: the name is not changed here. */
  annotatorFixed: boolean;
  /** The host answered getAnnotator (the first-start question waits for it). */
  annotatorKnown: boolean;
  /** The first-start question was put off for this session. */
  annotatorAskLater: boolean;
  /** The name is being changed (the same form as the first-start question). */
  annotatorEditing: boolean;
  layerView: LayerView;
  blind: boolean;
  /** The open article's layers and who marked it done. */
  articleLayers: LayerInfoList;
  disagreementsOnly: boolean;
  /**
   * Everyone known to annotate this library, sorted: the host's list, with me and the open
   * article's annotators (the list may be older than they are). Colours follow this order.
   */
  libraryAnnotators: readonly string[];
  loadAnnotator(): Promise<void>;
  /** Asks the host who annotates the library (at start, and when others' changes arrive). */
  loadLibraryAnnotators(): Promise<void>;
  chooseAnnotator(name: string): Promise<boolean>;
  askAnnotatorLater(): void;
  editAnnotator(editing: boolean): void;
  setLayerView(view: LayerView): void;
  setBlind(blind: boolean): void;
  setDisagreementsOnly(on: boolean): void;
  refreshLayers(): Promise<void>;
  markDone(done: boolean): Promise<void>;
}

/** `known` with `names` added, sorted; `known` itself when none is new (its colours stay). */
function joinedAnnotators(
  known: readonly string[],
  names: Iterable<string | null>,
): readonly string[] {
  const all = new Set(known);
  for (const name of names) if (name) all.add(name);
  return all.size === known.length ? known : [...all].sort();
}

/** The layer choice for the open article, from the state. */
export function layerChoice(s: LayersSlice): LayerChoice {
  const me = s.annotator;
  return {
    me,
    view: s.layerView,
    blind: s.blind,
    doneByMe: s.articleLayers.some((l) => l.annotator === me && l.done !== null),
  };
}

export const createLayersSlice: SliceCreator<LayersSlice> = (deps) => (set, get, store) => {
  // Each article opened lists its layers (who annotated it, who marked it done).
  store.subscribe((state, previous) => {
    if (state.article?.id !== previous.article?.id) void get().refreshLayers();
  });
  let blind = false;
  try {
    blind = deps.storage?.getItem(BLIND_KEY) === 'on';
  } catch {
    // Storage can be unavailable; Blind mode then starts off.
  }
  return {
    annotator: null,
    annotatorFixed: false,
    annotatorKnown: false,
    annotatorAskLater: false,
    annotatorEditing: false,
    layerView: { kind: 'all' },
    blind,
    articleLayers: [],
    disagreementsOnly: false,
    libraryAnnotators: [],
    loadAnnotator: async () => {
      try {
        const { annotator, fixed } = await deps.api.getAnnotator({});
        set((s) => ({
          annotator,
          annotatorFixed: fixed,
          annotatorKnown: true,
          libraryAnnotators: joinedAnnotators(s.libraryAnnotators, [annotator]),
        }));
      } catch {
        // A host without names: the app works as before layers.
        set({ annotatorKnown: false });
      }
    },
    loadLibraryAnnotators: async () => {
      try {
        const { annotators } = await deps.api.listAnnotators({});
        const s = get();
        const names = [...annotators, s.annotator, ...s.articleLayers.map((l) => l.annotator)];
        set({ libraryAnnotators: joinedAnnotators(s.libraryAnnotators, names) });
      } catch {
        // A host without the call: colours come from the names seen here.
      }
    },
    chooseAnnotator: async (name) => {
      try {
        const { annotator } = await deps.api.setAnnotator({ annotator: name });
        set((s) => ({
          annotator,
          annotatorKnown: true,
          annotatorEditing: false,
          libraryAnnotators: joinedAnnotators(s.libraryAnnotators, [annotator]),
        }));
        void get().refreshLayers();
        return true;
      } catch (err) {
        get().notify('error', `Could not use that name: ${errorMessage(err)}`);
        return false;
      }
    },
    askAnnotatorLater: () => set({ annotatorAskLater: true, annotatorEditing: false }),
    editAnnotator: (annotatorEditing) => set({ annotatorEditing }),
    setLayerView: (layerView) => set({ layerView }),
    setBlind: (on) => {
      set({ blind: on });
      try {
        deps.storage?.setItem(BLIND_KEY, on ? 'on' : 'off');
      } catch {
        // Not remembered; it still applies now.
      }
    },
    setDisagreementsOnly: (disagreementsOnly) => set({ disagreementsOnly }),
    refreshLayers: async () => {
      const id = get().article?.id;
      // Only a change is set: opening an article stays one store update when nothing differs.
      const show = (layers: LayerInfoList) => {
        if (JSON.stringify(layers) !== JSON.stringify(get().articleLayers)) {
          set((s) => ({
            articleLayers: layers,
            libraryAnnotators: joinedAnnotators(
              s.libraryAnnotators,
              layers.map((l) => l.annotator),
            ),
          }));
        }
      };
      if (!id) return show([]);
      try {
        const { layers } = await deps.api.getLayers({ id });
        if (get().article?.id === id) show(layers);
      } catch {
        show([]);
      }
    },
    markDone: async (done) => {
      const id = get().article?.id;
      if (!id) return;
      try {
        // Pending marks first: done means what I marked is in my layer.
        await get().flushSaves();
        await deps.api.setLayerDone({ id, done });
        await get().refreshLayers();
      } catch (err) {
        get().notify('error', `Could not mark it done: ${errorMessage(err)}`);
      }
    },
  };
};
