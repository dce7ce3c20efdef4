import type { CodePointIndex } from './code-points';
import type { PositionMap } from './position-map';

/** A span of canonical text in code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The open article's canonical text and the map between its offsets and editor positions. */
export interface ReadingIndex {
  text: CodePointIndex;
  positions: PositionMap;
}
