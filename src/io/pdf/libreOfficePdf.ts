import { execFile } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** No PDF could be made: LibreOffice is missing (or not where IMUNISASI_SOFFICE says) or failed. */
export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

/** Where LibreOffice installs its command outside PATH (Windows, macOS). */
const KNOWN_PLACES = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * LibreOffice's command: IMUNISASI_SOFFICE when set (and only it), else soffice or libreoffice
 * on PATH, else its usual install places. Null when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.IMUNISASI_SOFFICE) return executable(env.IMUNISASI_SOFFICE) ? env.IMUNISASI_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return KNOWN_PLACES.find(executable) ?? null;
}

/**
 * Prints an xlsx workbook to PDF with LibreOffice (headless, a throw-away user profile so that
 * an open LibreOffice window does not take the job). Each sheet prints with its own page setup.
 */
export async function xlsxToPdf(xlsx: Uint8Array, pdfPath: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 300_000): Promise<void> {
  const soffice = findSoffice(env);
  if (!soffice) {
    const where = env.IMUNISASI_SOFFICE ? ` (IMUNISASI_SOFFICE menunjuk ${env.IMUNISASI_SOFFICE}, yang tidak ada atau tidak dapat dijalankan)` : '';
    throw new PdfUnavailableError(
      `PDF tidak dapat dibuat: LibreOffice tidak ditemukan di komputer ini${where}. Pasang LibreOffice (gratis, libreoffice.org; di Debian/Ubuntu: sudo apt-get install libreoffice-calc), atau isi variabel IMUNISASI_SOFFICE dengan letak program soffice, lalu jalankan lagi. File .xlsx laporan tetap dapat dicetak dari Excel atau LibreOffice.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'imunisasi-pdf-'));
  try {
    const input = join(work, 'laporan.xlsx');
    writeFileSync(input, xlsx);
    const profile = join(work, 'profil');
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', work, input], { timeout: timeoutMs }, (error, _stdout, stderr) =>
        error ? reject(new PdfUnavailableError(`LibreOffice gagal membuat PDF (${error.message.split('\n')[0]}${stderr ? `; ${stderr.trim().split('\n')[0]}` : ''}). Coba lagi, atau cetak file .xlsx laporan dari Excel atau LibreOffice.`)) : resolve(),
      );
    });
    try {
      copyFileSync(join(work, 'laporan.pdf'), pdfPath);
    } catch {
      // LibreOffice exits 0 even when it could not convert: a missing PDF is the failure.
      throw new PdfUnavailableError('LibreOffice tidak menghasilkan PDF dari laporan ini. Cetak file .xlsx laporan dari Excel atau LibreOffice.');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
