#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/node by `npm run build:node` (run by npm install via prepare).
let main;
try {
  ({ main } = require('../dist/node/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('CLI belum dibangun. Jalankan: npm run build:node\n');
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
