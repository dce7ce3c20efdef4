// Keeps the reading view's highlights in step with the store, outside React. The editor starts
// with the highlights of the state it was created from (`initialHighlights`); after that each
// store change adds or removes only the decorations of the annotations that changed, and moves
// the active mark, in one transaction.
import type { Editor } from '@tiptap/core';
import type { Article } from '../../shared/model/article';
import type { Mention } from '../../shared/model/annotations';
import type { EntityRegistry } from '../../shared/model/entities';
import type { PositionMap } from '../../shared/text/position-map';
import type { FactmarkStore } from '../store/create-store';
import type { FactmarkState } from '../store/types';
import type { Highlight, HighlightChanges, HighlightRef } from './extensions/annotation-highlights';
import { driftChanged } from './drift-changes';
import { shownArticle } from '../store/layers';
import { layerChoice } from '../store/layers-slice';
import {
  claimHighlight,
  diffById,
  entityColours,
  mentionHighlight,
  mentionVisible,
  type EntityColours,
} from './highlights';

/** The open article with only the layers shown (Layers, Blind): what is painted. */
function shown(state: FactmarkState): Article | null {
  return state.article && shownArticle(state.article, layerChoice(state));
}

function activeRef(state: FactmarkState, positions: PositionMap): HighlightRef | null {
  const claim = state.article?.claims.find((c) => c.id === state.activeClaimId);
  return claim ? claimHighlight(claim, positions) : null;
}

function allHighlights(
  article: Article,
  positions: PositionMap,
  colours: EntityColours,
  visible: (mention: Mention) => boolean = () => true,
): Highlight[] {
  return [
    ...article.claims.map((c) => claimHighlight(c, positions)),
    ...article.mentions.filter(visible).map((m) => mentionHighlight(m, positions, colours)),
  ];
}

/** What an editor for the open article starts with. */
export function initialHighlights(state: FactmarkState): {
  highlights: Highlight[];
  active: HighlightRef | null;
} {
  const { reading } = state;
  const article = shown(state);
  if (!article || !reading) return { highlights: [], active: null };
  return {
    highlights: allHighlights(
      article,
      reading.positions,
      entityColours(state.registry),
      mentionVisible(state.registry),
    ),
    active: activeRef(state, reading.positions),
  };
}

/**
 * Binds `editor` (showing article `articleId`) to the store; returns the unbinding function.
 * `baseline` is the state the editor's initial highlights came from; without one the whole
 * set is built now.
 */
export function bindHighlights(
  editor: Editor,
  store: FactmarkStore,
  articleId: string,
  baseline?: FactmarkState,
): () => void {
  let coloursFor: EntityRegistry['entities'] | null = null;
  let colours: EntityColours = new Map();
  const coloursOf = (registry: EntityRegistry) => {
    if (registry.entities !== coloursFor) {
      colours = entityColours(registry);
      coloursFor = registry.entities;
    }
    return colours;
  };

  function sync(state: FactmarkState, prev: FactmarkState | undefined): void {
    const { reading } = state;
    const article = shown(state);
    if (!article || article.id !== articleId || !reading || editor.isDestroyed) return;
    const positions = reading.positions;
    const before = prev?.article?.id === articleId ? shown(prev) : null;
    // A new entity type or a freshly loaded registry can recolour every mention: rare, so the
    // set is rebuilt; the interaction path below never does that.
    if (
      !prev ||
      !before ||
      state.registry.types !== prev.registry.types ||
      state.registry.redirects !== prev.registry.redirects ||
      state.registry.deleted !== prev.registry.deleted ||
      state.entitiesStatus !== prev.entitiesStatus ||
      JSON.stringify(layerChoice(state)) !== JSON.stringify(layerChoice(prev))
    ) {
      editor.commands.setHighlights(
        allHighlights(
          article,
          positions,
          coloursOf(state.registry),
          mentionVisible(state.registry),
        ),
        activeRef(state, positions),
      );
      return;
    }
    const claims = diffById(before.claims, article.claims);
    if (!claims.added.length && !claims.removed.length) {
      const redrawn = driftChanged(before.claims, article.claims);
      claims.added.push(...redrawn);
      claims.removed.push(...redrawn);
    }
    const mentions = diffById(before.mentions, article.mentions);
    const changes: HighlightChanges = {};
    const removed = [...claims.removed, ...mentions.removed];
    if (removed.length) {
      changes.remove = removed.map((a) => ({ id: a.id, ...positions.toRange(a.start, a.end) }));
    }
    if (claims.added.length || mentions.added.length) {
      const entityColour = coloursOf(state.registry);
      changes.add = [
        ...claims.added.map((c) => claimHighlight(c, positions)),
        ...mentions.added
          .filter(mentionVisible(state.registry))
          .map((m) => mentionHighlight(m, positions, entityColour)),
      ];
    }
    if (
      state.activeClaimId !== prev.activeClaimId ||
      claims.added.length ||
      claims.removed.length
    ) {
      changes.active = activeRef(state, positions);
    }
    if (changes.add || changes.remove || changes.active !== undefined) {
      editor.commands.updateHighlights(changes);
    }
  }

  sync(store.getState(), baseline);
  return store.subscribe(sync);
}
