import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities';

describe('decodeEntities', () => {
  it.each([
    ['AT&amp;T', 'AT&T'],
    ['&copy; 2025 &mdash; &ldquo;x&rdquo;', '© 2025 — “x”'],
    ['&#169; &#xA9; &#x1F999;', '© © 🦙'],
    ['&unknown; & stays &amp', '&unknown; & stays &amp'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    // The full HTML table, not a hand-picked few.
    ['caf&eacute; &alpha;&beta; &Omega; &NotEqual; &frac78;', 'café αβ Ω ≠ ⅞'],
    ['&copy without a semicolon', '&copy without a semicolon'],
    ['no references', 'no references'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
