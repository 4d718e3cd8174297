/* eslint-disable */
// The baseline process: node loads SheetJS and parses the file with the readers' options
// (passed as JSON by the stage), nothing else.
'use strict';
const XLSX = require('xlsx');
const [file, options] = process.argv.slice(2);
const workbook = XLSX.read(require('node:fs').readFileSync(file), JSON.parse(options));
if (workbook.SheetNames.length === 0) process.exitCode = 1;
