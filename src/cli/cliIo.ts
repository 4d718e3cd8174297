/**
 * Where a command writes; tests pass their own to capture output. Kept apart from the readers
 * (io.ts) so that `imunisasi --help` loads nothing heavy.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The clock, for the default reference date. */
  now: () => Date;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  now: () => new Date(),
};
