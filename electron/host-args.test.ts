import { describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, findFileArgs, findLibraryArg, parseWebHostArgs } from './host-args';

describe('parseWebHostArgs', () => {
  it.each([
    [[], { libraryDir: null, port: DEFAULT_WEB_PORT, hostOnly: false, annotator: null }],
    [
      ['--library', '/tmp/lib'],
      { libraryDir: '/tmp/lib', port: DEFAULT_WEB_PORT, hostOnly: false, annotator: null },
    ],
    [
      ['--library=/tmp/lib', '--port', '0'],
      { libraryDir: '/tmp/lib', port: 0, hostOnly: false, annotator: null },
    ],
    [
      ['--port=8123', '--host-only'],
      { libraryDir: null, port: 8123, hostOnly: true, annotator: null },
    ],
    [
      ['--annotator', 'Dana Reyes'],
      { libraryDir: null, port: DEFAULT_WEB_PORT, hostOnly: false, annotator: 'Dana Reyes' },
    ],
    [['--allow-local-network'], { libraryDir: null, allowLocalNetwork: true, annotator: null }],
  ])('%j', (argv, expected) => {
    expect(parseWebHostArgs(argv)).toEqual({
      port: DEFAULT_WEB_PORT,
      hostOnly: false,
      allowLocalNetwork: false,
      ...expected,
    });
  });

  it.each([
    [['--port', 'eighty'], /--port eighty: not a port number/],
    [['--port', '70000'], /--port 70000: not a port number/],
    [['--port', '-1'], /--port/],
    [['--library'], /--library/],
    [['--library', ''], /--library needs a folder/],
    [['--colour'], /Unknown option '--colour'/],
    [['somewhere'], /Unexpected argument 'somewhere'/],
    [['--annotator', 'a/b'], /--annotator "a\/b": an annotator name has no/],
    [['--annotator', ' Dana'], /--annotator " Dana": an annotator name has no leading/],
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

describe('findFileArgs', () => {
  const cwd = '/home/ana/work';
  it.each([
    [
      'a packaged launch with a file',
      ['/opt/Factmark/factmark', 'report.pdf'],
      false,
      ['/home/ana/work/report.pdf'],
    ],
    ['an absolute path', ['/opt/Factmark/factmark', '/data/notes.md'], false, ['/data/notes.md']],
    ['no file', ['/opt/Factmark/factmark'], false, []],
    [
      'unpackaged: the app path is not a file',
      ['/usr/bin/electron', '.', 'a.html'],
      true,
      ['/home/ana/work/a.html'],
    ],
    ['unpackaged by script', ['electron', 'dist/electron/main.cjs'], true, []],
    [
      'switches and the library folder are skipped',
      [
        'factmark',
        '--no-sandbox',
        '--library',
        '/tmp/lib',
        '--enable-features=X',
        'a.pdf',
        '-v',
        'b.md',
      ],
      false,
      ['/home/ana/work/a.pdf', '/home/ana/work/b.md'],
    ],
    [
      '--library=DIR is skipped',
      ['factmark', '--library=/tmp/lib', 'a.pdf'],
      false,
      ['/home/ana/work/a.pdf'],
    ],
    [
      'after --, anything is a file',
      ['factmark', '--', '-odd name.txt'],
      false,
      ['/home/ana/work/-odd name.txt'],
    ],
    [
      'paths with .. are made absolute',
      ['factmark', '../other/c.txt'],
      false,
      ['/home/ana/other/c.txt'],
    ],
  ])('%s', (_label, argv, defaultApp, files) => {
    expect(findFileArgs(argv, { defaultApp, cwd })).toEqual(files);
  });
});
