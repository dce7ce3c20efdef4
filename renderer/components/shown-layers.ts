// Whose annotations the panels show (Layers, Blind), a step behind the store like the panels
// themselves: the same choice the highlights are painted with.
import { useMemo } from 'react';
import { layerFilter } from '../store/layers';
import { layerChoice } from '../store/layers-slice';
import { useFactmarkAfterPaint } from './after-paint';

/** The filter of the annotations shown, or null when every one is. */
export function useShownLayerFilter():
  ((item: { annotator?: string | undefined }) => boolean) | null {
  const me = useFactmarkAfterPaint((s) => s.annotator);
  const view = useFactmarkAfterPaint((s) => s.layerView);
  const blind = useFactmarkAfterPaint((s) => s.blind);
  const doneByMe = useFactmarkAfterPaint((s) => layerChoice(s).doneByMe);
  return useMemo(() => layerFilter({ me, view, blind, doneByMe }), [me, view, blind, doneByMe]);
}
