import { Month } from '../domain/dates/month';
import { CliUsageError } from './cliError';

/** --bulan YYYY-MM → year and month, or a usage error in plain words. */
export function parseMonth(text: string): Month {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const bulan = m ? Number(m[2]) : 0;
  if (!m || bulan < 1 || bulan > 12) throw new CliUsageError(`--bulan "${text}" tidak sah. Tulis tahun-bulan sebagai YYYY-MM, mis. 2025-12.`);
  return { year: Number(m[1]), month: bulan };
}
