import { main } from '../../src/cli/main';
import { CliIo } from '../../src/cli/io';

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[], now = new Date('2026-01-15T03:00:00Z')): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), now: () => now };
  const code = await main(args, io);
  return { code, out, err };
}
