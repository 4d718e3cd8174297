/** Why a file could not be read at all; the CLI exits with code 2 and prints the message. */
export type UnreadableReason = 'empty-file' | 'too-large' | 'not-spreadsheet' | 'password' | 'corrupt' | 'no-data';

/**
 * A file that cannot be opened as a workbook: a user-facing stop with a one-line reason in
 * Bahasa Indonesia, distinct from a bug (any other Error).
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
