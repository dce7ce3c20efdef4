import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, type Step } from './line-diff';

/** A readable form of the steps: "=a" for an equal line, "-a +b" for a hunk. */
function show(steps: Step[]): string[] {
  return steps.map((step) =>
    'removed' in step
      ? [...step.removed.map((l) => `-${l.text}`), ...step.added.map((l) => `+${l.text}`)].join(' ')
      : `=${step.old.text}`,
  );
}

function diff(oldText: string, newText: string): string[] {
  return show(diffLines(splitLines(oldText), splitLines(newText)));
}

describe('splitLines', () => {
  it('keeps offsets and the line break after each line', () => {
    expect(splitLines('ab\ncd')).toEqual([
      { start: 0, end: 2, next: 3, text: 'ab' },
      { start: 3, end: 5, next: 5, text: 'cd' },
    ]);
    expect(splitLines('')).toEqual([]);
  });
});

describe('diffLines', () => {
  it.each([
    ['identical', 'a\nb\nc', 'a\nb\nc', ['=a', '=b', '=c']],
    ['one line edited', 'a\nb\nc', 'a\nB\nc', ['=a', '-b +B', '=c']],
    ['a line inserted', 'a\nc', 'a\nb\nc', ['=a', '+b', '=c']],
    ['a line deleted', 'a\nb\nc', 'a\nc', ['=a', '-b', '=c']],
    [
      'every other line edited',
      'a\nb\nc\nd\ne',
      'a\nB\nc\nD\ne',
      ['=a', '-b +B', '=c', '-d +D', '=e'],
    ],
    // A moved line is removed in one place and added in another; the rest stays in order.
    ['a line moved', 'a\nb\nc\nd', 'b\nc\nd\na', ['-a', '=b', '=c', '=d', '+a']],
    // Repeated lines are not anchors, but the diff between anchors still matches them.
    ['repeated lines', 'x\na\nx\nb', 'x\na\nx\nB', ['=x', '=a', '=x', '-b +B']],
  ])('%s', (_label, oldText, newText, expected) => {
    expect(diff(oldText, newText)).toEqual(expected);
  });
});
