// For comparison only: re-anchoring in the style of the best-known web annotator. The position
// if the quote is still there, else the best-scoring match of the quote (exact matches if any,
// else approximate ones) by quote, prefix, suffix and position similarity, accepted whatever it is.
import approxSearch from 'approx-string-match';
import type { Placement, SpanToPlace } from '../../shared/anchoring/reanchor';
import { CodePointIndex } from '../../shared/text/code-points';

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

export function baselineReanchor(
  oldText: string,
  newText: string,
  spans: readonly SpanToPlace[],
): Placement[] {
  const index = new CodePointIndex(newText);
  const oldIndex = new CodePointIndex(oldText);
  return spans.map((span) => {
    if (index.slice(span.start, span.end) === span.quote) {
      return {
        id: span.id,
        state: 'anchored',
        start: span.start,
        end: span.end,
        quote: span.quote,
      };
    }
    const hint = oldIndex.toUtf16(span.start);
    const match = bestMatch(newText, span, hint);
    if (!match) return { id: span.id, state: 'orphaned' };
    const start = index.toCodePoint(match.start);
    const end = index.toCodePoint(match.end);
    return { id: span.id, state: 'anchored', start, end, quote: index.slice(start, end) };
  });
}

interface Found {
  start: number;
  end: number;
  errors: number;
}

function occurrences(text: string, pattern: string, maxErrors: number): Found[] {
  const exact: Found[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** 1 minus the edits of the closest occurrence of `pattern` in `text`, per pattern character. */
function closeness(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const [best] = occurrences(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

function bestMatch(text: string, span: SpanToPlace, hint: number): Found | null {
  const { quote, prefix, suffix } = span;
  const matches = occurrences(text, quote, Math.min(256, Math.floor(quote.length / 2)));
  let best: Found | null = null;
  let bestScore = -1;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix
      ? closeness(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? closeness(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(m.start - hint) / text.length;
    const score =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}
