import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size';

describe('formatSize', () => {
  it.each([
    [512, '512 bytes'],
    [1024, '1 KB'],
    [1536 * 1024, '1.5 MB'],
    [50 * 1024 * 1024, '50 MB'],
    [50 * 1024 * 1024 + 1, '50 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
