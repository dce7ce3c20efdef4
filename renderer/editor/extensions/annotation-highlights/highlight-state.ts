// What `annotation-highlights` is asked to do (set or update), and the highlight names each
// annotation is painted with. The highlights live in the editor's HighlightIndex (layers of
// overlapping claims, what covers a position) and are painted by the view's one
// HighlightPainter (extensions/highlight-layer) as the group `annotations`.
import { CLAIM_LAYERS, type Highlight, type PlacedHighlight } from './highlight-index';
import { annotatorClaimName, annotatorMentionName } from './annotator-styles';
import { mentionHighlightName, type MentionStyles } from './mention-styles';

export type { Highlight, HighlightRef } from './highlight-index';

/** Changes applied together: removals, then additions, then the active claim. */
export interface HighlightChanges {
  add?: readonly Highlight[];
  remove?: readonly Pick<Highlight, 'id'>[];
  /** undefined: leave the active claim as it is */
  active?: Pick<Highlight, 'id'> | null;
}

/**
 * CSS highlight names (styles/highlights.css): claims by layer, the active claim, mentions;
 * with several annotators shown, claims and mentions by annotator colour (annotator-styles).
 */
export const CLAIM_HIGHLIGHT = (layer: number) => `fm-claim-${layer}`;
export const ACTIVE_CLAIM_HIGHLIGHT = 'fm-claim-active';
export const DRIFTED_CLAIM_HIGHLIGHT = 'fm-claim-drifted';

/** The stylesheets a new colour's rule goes into: of mentions' and of annotators' colours. */
export interface HighlightStyles {
  mentions: MentionStyles;
  annotators: MentionStyles;
}

/** The highlight name of an annotator colour, its rule added to `styles` on first use. */
function annotatorName(name: string, styles?: MentionStyles): string {
  styles?.ensure(name, '');
  return name;
}

/** The highlight names of an annotation (`styles` adds a rule for a new colour). */
export function annotationNames(
  h: PlacedHighlight,
  activeId: string | null,
  styles?: HighlightStyles,
): string[] {
  const layer = Math.min(h.layer, CLAIM_LAYERS - 1);
  const by = h.byAnnotator;
  if (h.kind === 'mention') {
    return [
      by
        ? annotatorName(annotatorMentionName(by.hue), styles?.annotators)
        : mentionHighlightName(h.color, styles?.mentions),
    ];
  }
  const names = [
    by
      ? annotatorName(annotatorClaimName(by.hue, layer), styles?.annotators)
      : CLAIM_HIGHLIGHT(layer),
  ];
  if (h.id === activeId) names.push(ACTIVE_CLAIM_HIGHLIGHT);
  if (h.drifted) names.push(DRIFTED_CLAIM_HIGHLIGHT);
  return names;
}

/** Stacking: claim layers, then the active claim, then mentions' underlines on top. */
export function annotationPriority(name: string): number {
  if (name === ACTIVE_CLAIM_HIGHLIGHT) return CLAIM_LAYERS;
  return name.startsWith('fm-mention') ? 10 : 0;
}
