#!/usr/bin/env node
'use strict';
// Committed entry point: `npm ci` links this file, which loads the esbuild bundle built by `npm install`
// (root `prepare`) or `nx build cli`.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'par-index.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'par-index chưa được build / is not built yet: chạy / run `npm run build` (or `node apps/cli/build.mjs`).\n',
  );
  process.exit(2);
}
require(bundle);
