import { describe, expect, it } from 'vitest';
import { formatJsonPath } from './json-path';

describe('formatJsonPath', () => {
  it.each([
    [['documents', 0, 'claims', 3, 'end'], 'documents[0].claims[3].end'],
    [[0, 'target', 'selector', 1, 'end'], '[0].target.selector[1].end'],
    [['entities'], 'entities'],
    [['links', 'see also', 0], 'links["see also"][0]'],
    [['a', '0'], 'a["0"]'],
    [['text', 'quote"d'], 'text["quote\\"d"]'],
    [[], '(root)'],
  ])('%j → %s', (path, written) => {
    expect(formatJsonPath(path)).toBe(written);
  });
});
