/** A stop the user caused and can fix (bad arguments, a missing file): message, no stack. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliUsageError';
  }
}
