import { CliUsageError } from './cliError';

/** --bulan YYYY-MM → year and month, or a usage error in plain words. */
export function parseMonth(text: string): { tahun: number; bulan: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const bulan = m ? Number(m[2]) : 0;
  if (!m || bulan < 1 || bulan > 12) throw new CliUsageError(`--bulan "${text}" tidak sah. Tulis tahun-bulan sebagai YYYY-MM, mis. 2025-12.`);
  return { tahun: Number(m[1]), bulan };
}
