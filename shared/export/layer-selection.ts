// Which annotators' layers an export holds: `all` (each annotation attributed), one annotator's,
// or the adjudicated layer. brat, doccano and spaCy have no place to say who made a span, so
// they write one layer per export; asked for everyone's, they refuse when there are several.
import type { Article } from '../model/article';
import { annotatorsIn, layerOf, withAnnotators } from '../team/layers';
import type { ExportFormatId } from './formats';

/** `all`, an annotator's name, or `adjudicated`. */
export type LayerSelection = string;
export const ALL_LAYERS = 'all';

/** Formats with no field for the annotator: one layer per export. */
export const ONE_LAYER_FORMATS: ReadonlySet<ExportFormatId> = new Set(['brat', 'doccano', 'spacy']);

export class LayerSelectionError extends Error {}

/**
 * The articles with the selected layer(s) only; annotations written before layers are
 * `fallback`'s. Throws LayerSelectionError when a one-layer format is asked for several.
 */
export function selectLayers(
  articles: readonly Article[],
  format: ExportFormatId,
  selection: LayerSelection,
  fallback: string,
): Article[] {
  if (selection !== ALL_LAYERS) return articles.map((a) => layerOf(a, selection, fallback));
  if (ONE_LAYER_FORMATS.has(format)) {
    const names = annotatorsIn(articles, fallback);
    if (names.length > 1) {
      throw new LayerSelectionError(
        `${format} holds one annotator's layer per export; choose one of ${names.join(', ')} (or adjudicated)`,
      );
    }
  }
  return articles.map((a) => withAnnotators(a, fallback));
}

/**
 * The layer choice that fits `format` (the Export dialog's `Annotators`): a one-layer format
 * with several annotators cannot take everyone's, so it takes mine, or the first annotator's
 * when I have no layer there. Any other choice is kept.
 */
export function layerChoiceFor(
  format: ExportFormatId,
  selection: LayerSelection,
  annotators: readonly string[],
  me: string | null,
): LayerSelection {
  if (selection !== ALL_LAYERS || !ONE_LAYER_FORMATS.has(format) || annotators.length < 2) {
    return selection;
  }
  return me !== null && annotators.includes(me) ? me : annotators[0]!;
}
