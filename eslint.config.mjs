// Lint is where the layers of DESIGN.md are enforced: a wrong import is an error, not a review
// comment. Do not relax the restricted-import rules below to make a change pass.
import js from '@eslint/js';
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
    // CommonJS launchers (the `factmark` bin) are plain Node scripts.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([
      { group: ['electron', 'electron/*'], message: 'shared/ is pure TypeScript: no Electron.' },
      { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing of ours.' },
      {
        group: ['react', 'react-dom', '@tiptap/*', 'zustand', 'jsdom', '@mozilla/*', 'marked'],
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
      { group: ['**/renderer/**'], message: 'electron/core/ imports only shared/.' },
      {
        group: ['../main', '../preload', '../web-host', '../cli'],
        message: 'electron/core/ is imported by the hosts, not the reverse.',
      },
    ]),
  },
  {
    files: ['electron/*.ts'],
    rules: layer([{ group: ['**/renderer/**'], message: 'The host never imports the renderer.' }]),
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
          group: ['**/electron/**'],
          message: 'The renderer imports only shared/, never electron/.',
        },
        {
          group: nodeBuiltins,
          message: 'The renderer runs in a sandboxed page: no Node built-ins.',
        },
      ]),
    },
  },
);
