import { FINDING_CATALOG } from '../domain/findingCatalog';
import { Finding } from '../domain/findings';
import { CliIo } from './io';

/**
 * On stderr, for the commands that compute (status, jadwal, laporan): the findings of the
 * computation itself (Aturan, linking, screening, report) in full, and the register reader's
 * findings as a count, since `imunisasi periksa` lists those with their cells (it runs the
 * same complete check, checkWorkbook, and lists all of them).
 */
export function findingsNotice(findings: readonly Finding[], io: CliIo): void {
  const own = findings.filter((f) => FINDING_CATALOG[f.code].stage !== undefined);
  const register = findings.filter((f) => FINDING_CATALOG[f.code].stage === undefined && f.code !== 'SHEET_MISSING');
  for (const f of own) io.err(`${f.severity === 'error' ? 'ERROR' : 'PERINGATAN'} ${f.code}: ${f.message}`);
  if (register.length === 0) return;
  const errors = register.filter((f) => f.severity === 'error').length;
  io.err(`Catatan: register berisi ${errors} error dan ${register.length - errors} peringatan; dosis di sel yang salah tidak terbaca. Jalankan "imunisasi periksa" untuk daftarnya.`);
}
