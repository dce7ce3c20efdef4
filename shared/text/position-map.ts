// Maps between ProseMirror positions in the reading view and canonical code-point offsets.
// The reading view's document is one textblock per block, in order, text only; a long article's
// blocks are grouped in chunks (reading-chunks.ts), each one more open and close token. So the
// mapping is arithmetic over block lengths (no ProseMirror import needed to compute it).
import { type Block, blockText, BLOCK_SEPARATOR } from '../model/blocks';
import { CodePointIndex, codePointLength } from './code-points';
import { chunkStarts } from './reading-chunks';
import { partitionPoint } from './partition-point';

const SEPARATOR_LENGTH = codePointLength(BLOCK_SEPARATOR);

export class PositionMap {
  /** canonical code-point offset where each block's text starts */
  private readonly cpStarts: number[] = [];
  /** ProseMirror position where each block's content starts */
  private readonly pmStarts: number[] = [];
  private readonly indexes: CodePointIndex[] = [];
  /** code-point length of the canonical text */
  readonly textLength: number;

  /** `chunks`: the first block of each chunk (see reading-chunks.ts), as the document has them. */
  constructor(blocks: readonly Block[], chunks: readonly number[] = chunkStarts(blocks)) {
    const opensChunk = new Set(chunks);
    let cp = 0;
    let pm = 0; // position 0 is before the first node's opening token
    blocks.forEach((block, i) => {
      // a chunk's open token, after the previous chunk's close token
      if (opensChunk.has(i)) pm += i === 0 ? 1 : 2;
      const index = new CodePointIndex(blockText(block));
      this.cpStarts.push(cp);
      this.pmStarts.push(pm + 1); // after the textblock's open token
      this.indexes.push(index);
      cp += index.length + SEPARATOR_LENGTH;
      pm += index.utf16Length + 2; // a textblock's open and close tokens
    });
    this.textLength = blocks.length === 0 ? 0 : cp - SEPARATOR_LENGTH;
  }

  get blockCount(): number {
    return this.indexes.length;
  }

  /** Index of the block that holds canonical offset `cp` (or precedes it, in a separator). */
  blockAtOffset(cp: number): number {
    return Math.max(0, upperBound(this.cpStarts, cp) - 1);
  }

  /**
   * ProseMirror position of canonical offset `cp`. An offset inside the separator between two
   * blocks maps to the end of the earlier block when `side` is 'end' (a span's end), and to the
   * start of the next one when it is 'start'.
   */
  toPos(cp: number, side: 'start' | 'end' = 'start'): number {
    if (this.indexes.length === 0) return 0;
    const clamped = Math.max(0, Math.min(cp, this.textLength));
    const i = this.blockAtOffset(clamped);
    const index = this.indexes[i]!;
    const within = clamped - this.cpStarts[i]!;
    if (within > index.length) {
      const next = i + 1 < this.indexes.length ? i + 1 : i;
      return side === 'end' || next === i
        ? this.pmStarts[i]! + index.utf16Length
        : this.pmStarts[next]!;
    }
    return this.pmStarts[i]! + index.toUtf16(within);
  }

  /** Canonical code-point offset of ProseMirror position `pos` (clamped into the nearest block). */
  toOffset(pos: number): number {
    if (this.indexes.length === 0) return 0;
    const i = Math.max(0, upperBound(this.pmStarts, pos) - 1);
    const index = this.indexes[i]!;
    const within = Math.max(0, Math.min(pos - this.pmStarts[i]!, index.utf16Length));
    return this.cpStarts[i]! + index.toCodePoint(within);
  }

  /** ProseMirror range of the canonical span [start, end). */
  toRange(start: number, end: number): { from: number; to: number } {
    return { from: this.toPos(start, 'start'), to: this.toPos(end, 'end') };
  }
}

function upperBound(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! <= value);
}
