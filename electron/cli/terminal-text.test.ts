import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../shared/model/blocks';
import { openLibrary } from '../core/library/library-store';
import type { CliIo } from './io';
import { runCli } from './run';
import { forTerminal } from './terminal-text';

const ESC = '\u001b';
const BEL = '\u0007';
/** An OSC 8 hyperlink whose shown text hides where it points. */
const OSC8 = `${ESC}]8;;https://evil.example/${BEL}Read more${ESC}]8;;${BEL}`;

describe('forTerminal', () => {
  it.each([
    ['plain text', 'Llama 4 — 73.5% on MMLU', 'Llama 4 — 73.5% on MMLU'],
    ['tab and line feed', 'a\tb\nc', 'a\tb\nc'],
    ['CR LF', 'a\r\nb', 'a\r\nb'],
    ['a lone CR', 'shown\rhidden', 'shown\\u000dhidden'],
    ['ESC and BEL', `${ESC}[2J${BEL}`, '\\u001b[2J\\u0007'],
    ['an OSC 8 link', OSC8, '\\u001b]8;;https://evil.example/\\u0007Read more\\u001b]8;;\\u0007'],
    ['DEL and a C1 CSI', 'a\u007fb\u009bc', 'a\\u007fb\\u009bc'],
  ])('%s', (_label, text, printed) => {
    expect(forTerminal(text)).toBe(printed);
  });

  it('keeps JSON output the same data', () => {
    const json = JSON.stringify({ title: `x\u009b${ESC}y\u007f` });
    expect(JSON.parse(forTerminal(json))).toEqual(JSON.parse(json));
  });
});

describe('factmark list', () => {
  it('prints a title’s control characters as escapes, never raw', async () => {
    const library = await mkdtemp(join(tmpdir(), 'factmark-cli-controls-'));
    try {
      const title = `${ESC}[2JNews ${OSC8}\u009b`;
      await openLibrary(library).create(
        {
          title,
          byline: null,
          publishedAt: null,
          siteName: null,
          lang: null,
          dir: null,
          excerpt: null,
          source: { kind: 'paste', retrievedAt: '2026-11-26T12:00:00.000Z' },
          blocks: [makeBlock('title', [{ text: 'x' }])!, makeBlock('paragraph', [{ text: 'y' }])!],
        },
        new Date('2026-11-26T12:00:00.000Z'),
      );
      const printed: string[] = [];
      const io: CliIo = { out: (l) => printed.push(l), err: (l) => printed.push(l) };
      expect(await runCli(['list', '--library', library], io)).toBe(0);
      const output = printed.join('\n');
      expect(output).toContain('\\u001b[2JNews \\u001b]8;;https://evil.example/\\u0007Read more');
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
    } finally {
      await rm(library, { recursive: true, force: true });
    }
  });
});
