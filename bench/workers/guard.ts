import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { UnreadableFileError } from '../../src/io/xlsx/unreadableFile';
import { time } from '../stage';

/** One inflation bomb, in its own process: how long the reader takes to refuse it, and the process's peak memory. */
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
let reason = 'read';
const ms = time(() => {
  try {
    readWorkbookBytes(bytes, basename(process.argv[2]));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    reason = error.reason;
  }
});
process.stdout.write(`${JSON.stringify({ ms, reason, rssBeforeMb, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
