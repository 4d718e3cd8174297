#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/node by `npm run build:node` (run by npm install via prepare).
let run;
try {
  ({ run } = require('../dist/node/cli/run.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('CLI belum dibangun. Jalankan: npm run build:node\n');
    process.exit(2);
  }
  throw error;
}
run(process.argv.slice(2));
