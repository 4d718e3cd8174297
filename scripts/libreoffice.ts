import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Converts a file with LibreOffice, the second, independent spreadsheet application our
 * output must open in. Each call gets its own user profile so parallel runs never share
 * LibreOffice's single-instance lock. Resolves to the converted file's path.
 *
 * @example await convertWithLibreOffice('out/laporan.xlsx', 'pdf', '/tmp/x') // '/tmp/x/laporan.pdf'
 */
export async function convertWithLibreOffice(input: string, format: string, outDir: string, timeoutMs = 120_000): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', format, '--outdir', outDir, input],
        { timeout: timeoutMs },
        (error, stdout, stderr) => (error ? reject(new Error(`LibreOffice failed on ${input}: ${error.message}\n${stdout}\n${stderr}`)) : resolve()),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const stem = basename(input).replace(/\.[^.]+$/, '');
  const extension = format.split(':')[0];
  const produced = readdirSync(outDir).find((f) => f === `${stem}.${extension}`);
  if (!produced) throw new Error(`LibreOffice produced no ${extension} for ${input}`);
  return join(outDir, produced);
}
