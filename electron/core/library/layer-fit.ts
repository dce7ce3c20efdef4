// A reload replaces an article's text and re-anchors every layer's annotations, but writes only
// the layer files whose annotations changed: with sync tools, rewriting another annotator's
// file for nothing makes conflict copies. So a layer file may name an earlier text; it still
// holds for the new one when each of its spans quotes the new text at its offsets with the same
// context, which is what re-anchoring it would have written.
import { quoteSelector } from '../../../shared/anchoring/quote-selector';
import type { Claim } from '../../../shared/model/annotations';
import { CodePointIndex } from '../../../shared/text/code-points';

type Span = Pick<Claim, 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'anchor'>;

/** Whether every span sits in `text` as it was written: same quote and context at its offsets. */
export function spansStillFit(spans: Iterable<Span>, text: CodePointIndex): boolean {
  for (const span of spans) {
    if (span.end > text.length || span.start < 0 || span.end <= span.start) return false;
    const now = quoteSelector(text, span.start, span.end);
    if (now.quote !== span.quote || now.prefix !== span.prefix || now.suffix !== span.suffix) {
      return false;
    }
  }
  return true;
}

/** A span that fit the new text, as re-anchoring would have left it: `anchored` (drifted stays). */
export function asReanchored<T extends Span>(span: T): T {
  return span.anchor ? span : { ...span, anchor: 'anchored' };
}

/** The text's code points, made once and only when some layer needs checking. */
export function lazyCodePoints(text: string): () => CodePointIndex {
  let index: CodePointIndex | undefined;
  return () => (index ??= new CodePointIndex(text));
}
