import { main } from './main';

/** The process entry that bin/imunisasi.js calls (compiled): exit code and pipes. */
export function run(argv: string[]): void {
  // `imunisasi status … | head` (also with 2>&1): a reader that stops early closes the pipe;
  // that is not an error, and there is no one left to tell.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}
