import { basename } from 'node:path';
import { LastYearRefusedError } from '../app/lastYearCheck';
import { LastYearFile } from '../app/lastYearReport';
import { readMergeInput } from '../io/xlsx/readMergeInput';
import { CliUsageError } from './cliError';
import { readFileBytes } from './io';

/** --tahun-lalu's file as the use case reads it (app/lastYearReport, shared with the pane and the page). */
export function lastYearFile(path: string): LastYearFile {
  return { name: basename(path), bytes: readFileBytes(path), read: readMergeInput };
}

/** Runs `make`; a refused last-year report becomes a usage error (exit 2) under the option's name. */
export function withLastYearOption<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof LastYearRefusedError) throw new CliUsageError(`--tahun-lalu: ${error.problem}`);
    throw error;
  }
}
