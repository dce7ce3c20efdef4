// Above the claims: whose layers are shown (`Layers`), Blind mode, `Mark done` for my layer,
// the `Disagreements` filter, and my name (changeable unless the host fixed it).
import { useId, useMemo, type CSSProperties } from 'react';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { layerChoice } from '../store/layers-slice';
import { type LayerView } from '../store/layers';
import { annotatorColour, annotatorHues } from '../editor/annotator-colours';

const viewValue = (view: LayerView) => (view.kind === 'one' ? `one:${view.annotator}` : view.kind);

function parseView(value: string): LayerView {
  if (value === 'mine' || value === 'all') return { kind: value };
  return { kind: 'one', annotator: value.slice('one:'.length) };
}

/** The annotators of the open article: those with annotations in it and those with a layer. */
function useAnnotatorsOfArticle(): string[] {
  const article = useFactmark((s) => s.article);
  const layers = useFactmark((s) => s.articleLayers);
  return useMemo(() => {
    const names = new Set(layers.map((l) => l.annotator));
    for (const c of article?.claims ?? []) if (c.annotator) names.add(c.annotator);
    for (const m of article?.mentions ?? []) if (m.annotator) names.add(m.annotator);
    return [...names].sort();
  }, [article, layers]);
}

export function LayersControl() {
  const store = useFactmarkStore();
  const me = useFactmark((s) => s.annotator);
  const fixed = useFactmark((s) => s.annotatorFixed);
  const view = useFactmark((s) => s.layerView);
  const blind = useFactmark((s) => s.blind);
  const disagreementsOnly = useFactmark((s) => s.disagreementsOnly);
  const doneByMe = useFactmark((s) => layerChoice(s).doneByMe);
  const hasArticle = useFactmark((s) => s.article !== null);
  const annotators = useAnnotatorsOfArticle();
  const selectId = useId();
  if (!me) return null;
  const hidden = blind && !doneByMe;
  return (
    <div className="fm-layers" role="group" aria-label="Layers">
      <label htmlFor={selectId}>Layers</label>
      <select
        id={selectId}
        value={viewValue(view)}
        onChange={(e) => store.getState().setLayerView(parseView(e.target.value))}
      >
        <option value="mine">Mine</option>
        <option value="all">Everyone's</option>
        {annotators
          .filter((name) => name !== me)
          .map((name) => (
            <option key={name} value={`one:${name}`}>
              {name}
            </option>
          ))}
      </select>
      <label className="fm-layers-check">
        <input
          type="checkbox"
          checked={blind}
          onChange={(e) => store.getState().setBlind(e.target.checked)}
        />
        Blind
      </label>
      <label className="fm-layers-check">
        <input
          type="checkbox"
          checked={disagreementsOnly}
          onChange={(e) => store.getState().setDisagreementsOnly(e.target.checked)}
        />
        Disagreements
      </label>
      {hasArticle && (
        <button
          type="button"
          className="fm-button"
          onClick={() => void store.getState().markDone(!doneByMe)}
          aria-pressed={doneByMe}
        >
          {doneByMe ? 'Done ✓ (undo)' : 'Mark done'}
        </button>
      )}
      <AnnotatorChip name={me} title={`You annotate as ${me}`} />
      {!fixed && (
        <button
          type="button"
          className="fm-button"
          onClick={() => store.getState().editAnnotator(true)}
        >
          Change name
        </button>
      )}
      {hidden && (
        <p className="fm-layers-note" role="status">
          Blind: others' layers stay hidden until you mark this article done.
        </p>
      )}
    </div>
  );
}

/** The chip's colours as custom properties: styles/layers.css picks the theme's. */
function chipColours(name: string, annotators: readonly string[]): CSSProperties {
  const { light, dark } = annotatorColour(name, annotatorHues(annotators));
  return { '--fm-annotator-light': light, '--fm-annotator-dark': dark } as CSSProperties;
}

/** A small chip naming whose annotation a row is (or, with a `title`, who I am), in that
 *  annotator's colour. */
export function AnnotatorChip({ name, title }: { name: string; title?: string }) {
  const annotators = useFactmark((s) => s.libraryAnnotators);
  return (
    <span
      className="fm-annotator-chip"
      style={chipColours(name, annotators)}
      title={title ?? `${name}'s claim`}
    >
      {name}
    </span>
  );
}
