import { describe, expect, it } from 'vitest';
import { BlockBounds, blocksInView, CLAIM_LAYERS, HighlightIndex } from './highlight-index';
import { claimToActivate } from './index';
import { mentionHighlightName, mentionRules } from './mention-styles';

// three blocks: content 1–10, 13–20, 23–40 (positions around them 0–11, 12–21, 22–41)
const bounds = new BlockBounds([0, 12, 22], [11, 21, 41]);
const claim = (id: string, from: number, to: number) => ({ kind: 'claim' as const, id, from, to });

describe('BlockBounds', () => {
  it.each([
    [0, 0],
    [1, 0],
    [11, 0],
    [12, 1],
    [20, 1],
    [22, 2],
    [99, 2],
  ])('position %i is in block %i', (pos, block) => {
    expect(bounds.blockAt(pos)).toBe(block);
  });

  it('cuts a span to the content of a block', () => {
    expect(bounds.pieceIn(0, 5, 30)).toEqual({ from: 5, to: 10 });
    expect(bounds.pieceIn(1, 5, 30)).toEqual({ from: 13, to: 20 });
    expect(bounds.pieceIn(2, 5, 30)).toEqual({ from: 23, to: 30 });
    expect(bounds.pieceIn(1, 2, 8)).toBeNull();
  });
});

describe('HighlightIndex', () => {
  it('places a highlight on the blocks it covers, and forgets it', () => {
    const index = new HighlightIndex(bounds);
    const placed = index.add(claim('a', 5, 30));
    expect(placed).toMatchObject({ firstBlock: 0, lastBlock: 2, layer: 0 });
    expect([...index.inBlock(1)].map((h) => h.id)).toEqual(['a']);
    expect(index.remove('a')?.id).toBe('a');
    expect([...index.inBlock(1)]).toEqual([]);
    expect(index.remove('a')).toBeUndefined();
    expect(index.size).toBe(0);
  });

  it('puts overlapping claims in different layers, and reuses a free one', () => {
    const index = new HighlightIndex(bounds);
    expect(index.add(claim('outer', 2, 10)).layer).toBe(0);
    expect(index.add(claim('inner', 4, 6)).layer).toBe(1);
    expect(index.add(claim('crossing', 5, 15)).layer).toBe(2);
    expect(index.add(claim('apart', 13, 14)).layer).toBe(0); // only 'crossing' is there, on 2
    expect(index.add(claim('touching', 10, 12)).layer).toBe(0); // ends are exclusive
    // mentions do not take claim layers
    expect(index.add({ kind: 'mention', id: 'm', from: 4, to: 6 }).layer).toBe(0);
    expect(index.add(claim('inner2', 4, 6)).layer).toBe(3);
    expect(index.add(claim('inner3', 4, 6)).layer).toBe(CLAIM_LAYERS - 1); // deeper ones share
  });

  it('gives each claim the layer a look at every overlap would, through adds and removals', () => {
    // a small seeded generator, so a failure repeats
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const index = new HighlightIndex(bounds);
    const live = new Map<string, { from: number; to: number; layer: number }>();
    for (let step = 0; step < 2000; step++) {
      const id = `c${Math.floor(random() * 60)}`;
      if (live.has(id) && random() < 0.3) {
        index.remove(id);
        live.delete(id);
        continue;
      }
      live.delete(id);
      const from = Math.floor(random() * 40);
      const to = from + Math.floor(random() * 8);
      const taken = new Set(
        [...live.values()].filter((o) => o.from < to && from < o.to).map((o) => o.layer),
      );
      let expected = 0;
      while (taken.has(expected) && expected < CLAIM_LAYERS - 1) expected++;
      const placed = index.add(claim(id, from, to));
      expect(placed.layer).toBe(expected);
      live.set(id, { from, to, layer: placed.layer });
    }
    index.clear();
    expect(index.add(claim('again', 0, 40)).layer).toBe(0);
  });

  // Its speed is measured by the bench (render.firstPaint.1k.10k), not timed here.
  it('places thousands of overlapping claims on one block', () => {
    const one = new BlockBounds([0], [100_001]);
    const index = new HighlightIndex(one);
    for (let i = 0; i < 20_000; i++) index.add(claim(`c${i}`, i % 500, (i % 500) + 200));
    expect(index.get('c3')?.layer).toBe(3);
  });

  it('finds what covers a position, innermost first', () => {
    const index = new HighlightIndex(bounds);
    index.add(claim('outer', 2, 10));
    index.add(claim('inner', 4, 6));
    index.add({ kind: 'mention', id: 'm', from: 5, to: 6 });
    expect(index.at(5).map((h) => h.id)).toEqual(['m', 'inner', 'outer']);
    expect(index.at(5, 'claim').map((h) => h.id)).toEqual(['inner', 'outer']);
    expect(index.at(8).map((h) => h.id)).toEqual(['outer']);
    expect(index.at(30)).toEqual([]);
  });

  it('activates the innermost claim on click, then the next one out, then around', () => {
    const index = new HighlightIndex(bounds);
    index.add(claim('outer', 2, 10));
    index.add(claim('inner', 4, 6));
    expect(claimToActivate(index, 5, null)).toBe('inner');
    expect(claimToActivate(index, 5, 'inner')).toBe('outer');
    expect(claimToActivate(index, 5, 'outer')).toBe('inner');
    expect(claimToActivate(index, 8, 'outer')).toBe('outer');
    expect(claimToActivate(index, 15, null)).toBeNull();
  });
});

describe('blocksInView', () => {
  // blocks 100 px tall, one after the other, the first at y = 0
  const box = (i: number) => ({ top: i * 100, bottom: i * 100 + 100 });
  it.each([
    ['the top of the page', 0, 250, 0, { first: 0, last: 2 }],
    ['the middle, with a margin', 1000, 1250, 100, { first: 8, last: 13 }],
    ['past the end', 5000, 5300, 0, null],
    ['the last blocks', 1850, 2300, 0, { first: 18, last: 19 }],
  ])('%s', (_label, top, bottom, margin, expected) => {
    expect(blocksInView(20, box, top, bottom, margin)).toEqual(expected);
  });

  it('reads few boxes (binary search)', () => {
    let reads = 0;
    blocksInView(100_000, (i) => (reads++, box(i)), 50_000, 51_000, 1000);
    expect(reads).toBeLessThan(50);
  });
});

describe('mention colours', () => {
  it('name a highlight by colour, and style it for both themes', () => {
    expect(mentionHighlightName('#0369A1')).toBe('fm-mention-0369a1');
    expect(mentionHighlightName(undefined)).toBe('fm-mention');
    expect(mentionHighlightName('red; }')).toBe('fm-mention');
    const [light, dark] = mentionRules('fm-mention-0369a1', '#0369a1');
    expect(light).toContain('::highlight(fm-mention-0369a1)');
    expect(light).toContain('underline 2.5px #0369a1');
    expect(dark).toMatch(/^:root\[data-theme='dark'\].*color-mix\(in srgb, #0369a1 60%, white\)/);
  });
});
