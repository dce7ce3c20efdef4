import { describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, findLibraryArg, parseWebHostArgs } from './host-args';

describe('parseWebHostArgs', () => {
  it.each([
    [[], { libraryDir: null, port: DEFAULT_WEB_PORT, hostOnly: false }],
    [
      ['--library', '/tmp/lib'],
      { libraryDir: '/tmp/lib', port: DEFAULT_WEB_PORT, hostOnly: false },
    ],
    [['--library=/tmp/lib', '--port', '0'], { libraryDir: '/tmp/lib', port: 0, hostOnly: false }],
    [['--port=8123', '--host-only'], { libraryDir: null, port: 8123, hostOnly: true }],
  ])('%j', (argv, expected) => {
    expect(parseWebHostArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--port', 'eighty'], /--port eighty: not a port number/],
    [['--port', '70000'], /--port 70000: not a port number/],
    [['--port', '-1'], /--port/],
    [['--library'], /--library/],
    [['--library', ''], /--library needs a folder/],
    [['--colour'], /Unknown option '--colour'/],
    [['somewhere'], /Unexpected argument 'somewhere'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseWebHostArgs(argv)).toThrow(message);
  });

  it('shows the usage with every refusal', () => {
    expect(() => parseWebHostArgs(['--port', 'x'])).toThrow(
      /Usage: node dist\/electron\/web-host\.cjs/,
    );
  });
});

describe('findLibraryArg', () => {
  it.each([
    [['/usr/bin/electron', '.', '--library', '/tmp/lib'], '/tmp/lib'],
    [['/opt/Factmark/factmark', '--no-sandbox', '--library=/data/lib'], '/data/lib'],
    [['/opt/Factmark/factmark'], null],
    [['electron', '.', '--library'], null],
    [['electron', '.', '--library', '--inspect'], null],
    [['electron', '.', '--library='], null],
  ])('%j -> %s', (argv, expected) => {
    expect(findLibraryArg(argv)).toBe(expected);
  });
});
