import { DataLaporan, TOTAL } from '../dataLaporan/types';
import { formatDateId } from '../dates/formatId';
import { IsoDate } from '../dates/isoDate';
import { Registers } from '../registers/types';
import { ImmunizationReport } from '../reports/immunization';
import { formatRows } from './format';
import { CHECKED_KEYS, doseLabel } from './units';

/**
 * What a puskesmas's register workbook shows behind each of its month's figures, kept when
 * Dinkes merges it: row numbers and dose dates only — never names or NIK — so the district
 * file stays private.
 */
export interface RegisterRecount {
  bayiSheet: string;
  luarSheet: string;
  /** `${kodeKelurahan}|${key}` (kodeKelurahan TOTAL for the puskesmas) → the rows of month M. */
  cells: Map<string, RecountCell>;
}

export interface RecountCell {
  /** Register Bayi rows counted, with the dose's date (null for IDL, reached over several doses). */
  rows: { row: number; date: IsoDate | null }[];
  /** Imunisasi Luar rows counted. */
  luarRows: number[];
}

/** The rows behind every infant dose and IDL of month M, per kelurahan and for the puskesmas. */
export function registerRecount(registers: Registers, immunization: ImmunizationReport): RegisterRecount {
  const byRow = new Map(registers.bayi.map((b) => [b.row, b]));
  const cells = new Map<string, RecountCell>();
  for (const r of [...immunization.rows, immunization.total]) {
    const kode = r === immunization.total ? TOTAL : r.kode;
    for (const key of CHECKED_KEYS) {
      const line = r.lines[key];
      if (!line) continue;
      const rows = line.bulanIni.rows.map((row) => ({ row, date: key === 'idl' ? null : (byRow.get(row)?.doses[key] ?? null) }));
      cells.set(`${kode}|${key}`, { rows, luarRows: [...line.bulanIni.luarRows] });
    }
  }
  return { bayiSheet: registers.sheetNames.bayi ?? 'Register Bayi', luarSheet: registers.sheetNames.luar ?? 'Imunisasi Luar', cells };
}

/** WHO DQR Module 3: a verification factor within 0.90–1.10 is acceptable (±10%). */
export const VERIFICATION_TOLERANCE = 0.1;

export interface VerificationRow {
  /** "Kalicacing (K01)" or "Puskesmas". */
  place: string;
  subject: string;
  reported: number | null;
  recounted: number | null;
  /** recounted ÷ reported; null when reported is 0 or missing. */
  factor: number | null;
  /** "sama", or how far off in words. */
  verdict: string;
  /** The rows behind a difference (empty when the figures agree). */
  behind: string;
}

/**
 * The verification factor (WHO DQS / GAVI DQA; DOMAIN.md "Data quality"): the register's
 * recount of month M ÷ the figure the puskesmas reported, per kelurahan and antigen. A
 * difference lists the rows counted, first those dated after the report was made (they
 * explain a report made early in the month).
 */
export function verificationRows(reported: DataLaporan, recount: DataLaporan, rows: RegisterRecount): VerificationRow[] {
  const value = (data: DataLaporan) => {
    const map = new Map<string, number>();
    for (const r of data.rows) if (CHECKED_KEYS.includes(r.indikator)) map.set(`${r.kodeKelurahan}|${r.indikator}`, r.nilai);
    return map;
  };
  const a = value(reported);
  const b = value(recount);
  const madeOn = reported.dibuat ? reported.dibuat.slice(0, 10) : null;
  const codes = [...new Set([...reported.rows, ...recount.rows].map((r) => r.kodeKelurahan))].filter((k) => k !== TOTAL).sort();
  const names = { ...recount.kelurahan, ...reported.kelurahan };
  const out: VerificationRow[] = [];
  for (const kode of [...codes, TOTAL]) {
    for (const key of CHECKED_KEYS) {
      const r = a.get(`${kode}|${key}`) ?? null;
      const c = b.get(`${kode}|${key}`) ?? null;
      if ((r ?? 0) === 0 && (c ?? 0) === 0) continue;
      const factor = r !== null && r > 0 && c !== null ? c / r : null;
      const same = r !== null && c !== null && r === c;
      out.push({
        place: kode === TOTAL ? 'Puskesmas' : `${names[kode] ?? kode} (${kode})`,
        subject: doseLabel(key),
        reported: r,
        recounted: c,
        factor,
        verdict: verdict(r, c, factor),
        behind: same ? '' : behindText(rows.cells.get(`${kode}|${key}`), rows, madeOn),
      });
    }
  }
  return out;
}

function verdict(reported: number | null, recounted: number | null, factor: number | null): string {
  if (reported === null) return 'tidak dilaporkan';
  if (recounted === null) return 'tidak ada di register';
  if (reported === recounted) return 'sama';
  if (factor === null) return 'register lebih banyak (laporan 0)';
  const within = Math.abs(factor - 1) <= VERIFICATION_TOLERANCE;
  return `register ${recounted > reported ? 'lebih banyak' : 'lebih sedikit'}${within ? ' (dalam ±10%)' : ''}`;
}

function behindText(cell: RecountCell | undefined, recount: RegisterRecount, madeOn: IsoDate | null): string {
  if (!cell || (cell.rows.length === 0 && cell.luarRows.length === 0)) return `Register tidak mencatat dosis ini pada bulan laporan; periksa sumber angka yang dilaporkan.`;
  const parts: string[] = [];
  const late = madeOn ? cell.rows.filter((r) => r.date !== null && r.date > madeOn).map((r) => r.row) : [];
  if (late.length > 0) parts.push(`dosis sesudah laporan dibuat (${formatDateId(madeOn!)}): ${recount.bayiSheet} baris ${formatRows(late)}`);
  const rest = cell.rows.map((r) => r.row).filter((row) => !late.includes(row));
  if (rest.length > 0) parts.push(`${late.length > 0 ? 'lainnya' : 'dihitung'}: ${recount.bayiSheet} baris ${formatRows(rest)}`);
  if (cell.luarRows.length > 0) parts.push(`${recount.luarSheet} baris ${formatRows(cell.luarRows)}`);
  return parts.join('; ');
}

/** One puskesmas whose register workbook and monthly report both came: its verification. */
export interface Verification {
  kode: string;
  nama: string;
  reportFile: string;
  /** When the report was made, for people; null when it carries no stamp. */
  reportMade: string | null;
  registerFile: string;
  rows: VerificationRow[];
}
