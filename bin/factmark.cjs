#!/usr/bin/env node
// `factmark` from a checkout (`npx factmark`) or an install: runs the bundled command-line tool,
// building it first when the checkout has not been built yet.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'electron', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('factmark: building the command-line tool once (npm run build:node)…\n');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
require(bundle);
