import { describe, expect, it } from 'vitest';
import { AnnotatorNameSchema } from './annotators';

const problem = (name: string) => {
  const result = AnnotatorNameSchema.safeParse(name);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('an annotator name', () => {
  it.each([
    ['Dana', null],
    ['Dana Whitfield', null],
    ['', 'an annotator name is at least one character'],
    ['x'.repeat(65), 'an annotator name is at most 64 characters'],
    ['a/b', 'an annotator name has no control characters or / \\ : * ? " < > |'],
    [' Dana', 'an annotator name has no leading or trailing spaces'],
    ['..', 'an annotator name is not "." or ".."'],
  ])('%j: %s', (name, expected) => {
    expect(problem(name)).toBe(expected);
  });
});
