// Lint is where the layers of docs/ARCHITECTURE.md are enforced: a wrong import is an error, not
// a review comment. Do not relax the zones or the restricted-import rules below to make a change
// pass; eslint-zones.test.ts holds one wrong import per rule and expects each to fail.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'crypto',
  'child_process',
  'url',
  'stream',
  'util',
  'zlib',
  'worker_threads',
  'events',
  'buffer',
  'dns',
  'tls',
  'readline',
].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

/**
 * The zones of our own code: folders, matched on the whole path from the repository root (first
 * match wins). Imports are resolved to files, so `../../web-host/server` is judged by where it
 * lands, however the path is spelled.
 */
const zones = [
  { type: 'shared', pattern: 'shared/**' },
  { type: 'core', pattern: 'electron/core/**' },
  { type: 'host', pattern: 'electron/**' },
  { type: 'renderer-testing', pattern: 'renderer/testing/**' },
  { type: 'api', pattern: 'renderer/api/**' },
  { type: 'store', pattern: 'renderer/store/**' },
  { type: 'suggest', pattern: 'renderer/suggest/**' },
  { type: 'editor', pattern: 'renderer/editor/**' },
  { type: 'commands', pattern: 'renderer/commands/**' },
  { type: 'components', pattern: 'renderer/components/**' },
  { type: 'renderer-entry', pattern: 'renderer/*' },
].map((zone) => ({ ...zone, partialMatch: false }));

/** Files with a role of their own inside a zone. */
const fileRoles = [
  { category: 'test', pattern: '**/*.test.{ts,tsx}' },
  { category: 'test-double', pattern: ['renderer/testing/**', 'renderer/**/test-*.ts'] },
  // The one place the editor meets the store: it subscribes to the state and paints.
  {
    category: 'editor-binding',
    pattern: [
      'renderer/editor/highlight-binding{,.test}.ts',
      'renderer/editor/extensions/suggestion-highlights/binding{,.test}.ts',
      'renderer/editor/extensions/evidence-highlights/binding{,.test}.ts',
    ],
  },
];

/** Which zones each zone may import besides itself. */
const mayImport = {
  shared: [],
  core: ['shared'],
  host: ['shared', 'core'],
  api: ['shared'],
  suggest: ['shared'],
  store: ['shared', 'api', 'suggest'],
  editor: ['shared'],
  commands: ['shared', 'store', 'editor', 'api'],
  components: ['shared', 'store', 'editor', 'commands'],
  'renderer-entry': ['shared', 'api', 'store', 'components'],
  'renderer-testing': ['shared', 'api', 'store', 'suggest'],
};

const zonePolicies = [
  ...Object.entries(mayImport).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
  })),
  {
    from: { file: { categories: { anyOf: ['test', 'test-double'] } } },
    allow: { to: { file: { categories: 'test-double' } } },
  },
  {
    from: { file: { categories: 'editor-binding' } },
    allow: { to: { element: { type: 'store' } } },
  },
];

const layer = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      'e2e/output',
      'bench/tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': zones,
      'boundaries/files': fileRoles,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: zonePolicies }],
    },
  },
  {
    // Components reach the host through store actions or commands (components → commands →
    // store → api): the command context carries the host for commands, not for components to
    // call. Its `mode` (desktop or browser) may be read.
    files: ['renderer/components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[property.name='api']",
          "MemberExpression[object.name='host'][property.name!='mode']",
          "MemberExpression[object.property.name='host'][property.name!='mode']",
          "VariableDeclarator[init.name='host'] > ObjectPattern",
        ].map((selector) => ({
          selector,
          message: 'Components call the host through a store action or a command.',
        })),
      ],
    },
  },
  {
    // CommonJS launchers (the `factmark` bin) are plain Node scripts.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([
      { group: ['electron', 'electron/*'], message: 'shared/ is pure TypeScript: no Electron.' },
      { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
      {
        group: ['react', 'react-dom', '@tiptap/*', 'zustand', 'jsdom', '@mozilla/*', 'markdown-it'],
        message: 'shared/ takes only pure dependencies (zod and the like).',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layer([
      {
        group: ['electron', 'electron/*'],
        message: 'electron/core/ is plain Node: it never imports electron.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        {
          group: ['electron', 'electron/*'],
          message:
            'The renderer never imports electron; it talks to the host through renderer/api/.',
        },
        {
          group: nodeBuiltins,
          message: 'The renderer runs in a sandboxed page: no Node built-ins.',
        },
      ]),
    },
  },
);
