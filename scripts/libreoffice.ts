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
  return (await convertAllWithLibreOffice([input], format, outDir, timeoutMs))[0];
}

/**
 * Converts several files in one LibreOffice start (which costs seconds); resolves to the
 * converted files' paths in the inputs' order. The inputs' names must differ.
 */
export async function convertAllWithLibreOffice(inputs: readonly string[], format: string, outDir: string, timeoutMs = 120_000): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', format, '--outdir', outDir, ...inputs],
        { timeout: timeoutMs },
        (error, stdout, stderr) => (error ? reject(new Error(`LibreOffice failed on ${inputs.join(', ')}: ${error.message}\n${stdout}\n${stderr}`)) : resolve()),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0];
  const produced = new Set(readdirSync(outDir));
  return inputs.map((input) => {
    const stem = basename(input).replace(/\.[^.]+$/, '');
    // One sheet exported to csv (the filter's sheet number) is named "<stem>-<sheet name>.csv".
    const name = produced.has(`${stem}.${extension}`) ? `${stem}.${extension}` : [...produced].find((p) => p.startsWith(`${stem}-`) && p.endsWith(`.${extension}`));
    // LibreOffice exits 0 even when it could not open a file: a missing output is the failure.
    if (!name) throw new Error(`LibreOffice produced no ${extension} for ${input}`);
    return join(outDir, name);
  });
}
