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
import { annotatorHues, hueOf } from './annotator-colours';
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

/** Whose colour an annotation is painted in, when it is (see byAnnotatorOf). */
type PaintedBy = ((item: { annotator?: string | undefined }) => Highlight['byAnnotator']) | null;

const severalCache = new WeakMap<Article, boolean>();

/** Whether the article (as shown) holds annotations of more than one annotator. */
function hasSeveralAnnotators(article: Article): boolean {
  let several = severalCache.get(article);
  if (several === undefined) {
    let first: string | undefined;
    several = false;
    for (const list of [article.claims, article.mentions]) {
      for (const item of list) {
        const who = item.annotator ?? '';
        first ??= who;
        if (who !== first) {
          several = true;
          break;
        }
      }
      if (several) break;
    }
    severalCache.set(article, several);
  }
  return several;
}

/**
 * With more than one annotator's layer shown, each annotation is painted in its annotator's
 * colour (one without an annotator, as its row has no chip, keeps the plain colours); with
 * one layer shown, everything is painted as before.
 */
function byAnnotatorOf(article: Article, annotators: readonly string[]): PaintedBy {
  if (!hasSeveralAnnotators(article)) return null;
  const hues = annotatorHues(annotators);
  return (item) =>
    item.annotator ? { name: item.annotator, hue: hueOf(item.annotator, hues) } : undefined;
}

function activeRef(state: FactmarkState, positions: PositionMap): HighlightRef | null {
  const claim = state.article?.claims.find((c) => c.id === state.activeClaimId);
  return claim ? claimHighlight(claim, positions) : null;
}

/** `h`, painted in its annotator's colour when `by` says so. */
function paintedBy(h: Highlight, item: { annotator?: string | undefined }, by: PaintedBy) {
  const byAnnotator = by?.(item);
  return byAnnotator ? { ...h, byAnnotator } : h;
}

function allHighlights(
  article: Article,
  annotators: readonly string[],
  positions: PositionMap,
  colours: EntityColours,
  visible: (mention: Mention) => boolean = () => true,
): Highlight[] {
  const by = byAnnotatorOf(article, annotators);
  return [
    ...article.claims.map((c) => paintedBy(claimHighlight(c, positions), c, by)),
    ...article.mentions
      .filter(visible)
      .map((m) => paintedBy(mentionHighlight(m, positions, colours), m, by)),
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
      state.libraryAnnotators,
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
      JSON.stringify(layerChoice(state)) !== JSON.stringify(layerChoice(prev)) ||
      // an annotator joined: the colours are given out again
      state.libraryAnnotators !== prev.libraryAnnotators ||
      // a second annotator's marks came in, or the last of them went: all change colour
      hasSeveralAnnotators(article) !== hasSeveralAnnotators(before)
    ) {
      editor.commands.setHighlights(
        allHighlights(
          article,
          state.libraryAnnotators,
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
      const by = byAnnotatorOf(article, state.libraryAnnotators);
      changes.add = [
        ...claims.added.map((c) => paintedBy(claimHighlight(c, positions), c, by)),
        ...mentions.added
          .filter(mentionVisible(state.registry))
          .map((m) => paintedBy(mentionHighlight(m, positions, entityColour), m, by)),
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
