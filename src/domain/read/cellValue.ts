import { DateSystem, LAST_SERIAL_1900, LAST_SERIAL_1904, serialToIsoDate } from '../dates/excelSerial';
import { IsoDate } from '../dates/isoDate';
import { parseTextDate } from '../dates/textDate';
import { FindingCode } from '../findings';
import { Cell, EXCEL_ERRORS } from '../raw';
import { ColumnType } from '../schema/types';

export type Sex = 'L' | 'P';
export type SchemeKey = 'td' | 'tt2005';
/** The infant immunization schedule in force (rules/schedules.ts): Permenkes 12/2017, or today's Kemenkes schedule. */
export type ScheduleKey = 'permenkes2017' | 'kemenkes2023';
/** A workbook without a Jadwal Imunisasi cell follows today's schedule. */
export const DEFAULT_SCHEDULE: ScheduleKey = 'kemenkes2023';
export type Zone = 'WIB' | 'WITA' | 'WIT';
export type Value = string | number | null;

/** What is wrong with a cell and how to fix it. */
export class CellProblem {
  constructor(
    readonly code: FindingCode,
    readonly problem: string,
  ) {}
}

/**
 * The outcome of reading one cell: its value, or a CellProblem. A value is returned bare (no
 * wrapper object): the reader runs this for every cell of every register.
 */
export type CellResult = Value | CellProblem;

/*
 * A number in a date column is an Excel date (the days Excel stores under the dd-mm-yyyy the
 * user sees, counted in the workbook's date system) from 01-01-1920 (serial 7306 in the 1900
 * system, 5844 in the 1904 system) to Excel's last day, 31-12-9999. Below that it is a typing
 * slip, not a date: a year typed as a number (2024 is serial 2024 = 16-07-1905) or a day count.
 * Above it Excel itself shows no date (20240817 typed as a number shows as #####). A date
 * within these bounds that cannot be true for its column (01-01-2100) is reported with the
 * date itself by the date checks (validate/rowDates.ts), not as "not a date".
 */
const FIRST_PLAUSIBLE_SERIAL = 7306;
const FIRST_PLAUSIBLE_SERIAL_1904 = 5844;

const ok = (value: Value): CellResult => value;
const bad = (code: FindingCode, problem: string): CellResult => new CellProblem(code, problem);

const show = (cell: Cell): string => (typeof cell === 'string' ? `"${cell}"` : String(cell));

const MONTH_NAMES = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

/** Reads a whole number typed as a number or as digits; null when it is not one. */
function wholeNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  if (typeof cell === 'string' && /^[+-]?\d+$/.test(cell.trim())) return Number(cell.trim());
  return null;
}

/** Codes are compared without regard to case or spacing: "kl 01" and "KL01" are one code. */
export function normalizeCode(text: string): string {
  // Most codes are already in normal form (K01, SD011, DPT-HB-HIB): keep the string as is.
  if (NORMAL_CODE.test(text)) return text;
  return text.trim().toUpperCase().replace(/\s+/g, ' ');
}

const NORMAL_CODE = /^[A-Z0-9][A-Z0-9\-_./]*$/;
const DIGITS = /^\d+$/;
const SIXTEEN_DIGITS = /^\d{16}$/;

/**
 * Reads a non-blank cell as the given column type. Blank cells never reach here: whether a
 * blank is allowed is the column's `need`, checked by the table reader. A number in a date
 * column counts days in `dateSystem`, the workbook's (RawWorkbook.dateSystem).
 */
export function readCell(cell: NonNullable<Cell>, type: ColumnType, dateSystem: DateSystem = 1900): CellResult {
  if (typeof cell === 'string' && cell.includes('#') && EXCEL_ERRORS.has(cell.trim())) {
    return bad('CELL_ERROR', `berisi nilai galat Excel ${cell.trim()}. Perbaiki rumus atau ketik ulang nilainya`);
  }
  switch (type) {
    case 'text':
      return ok(String(cell).trim());
    case 'code':
      return ok(normalizeCode(String(cell)));
    case 'phone': {
      if (typeof cell === 'string' && DIGITS.test(cell)) return cell;
      const digits = String(cell).replace(/[\s\-().]/g, '');
      // A phone typed as a number loses its leading zero (81234… for 081234…).
      return ok(typeof cell === 'number' && digits.startsWith('8') ? `0${digits}` : digits);
    }
    case 'nik':
      return readNik(cell);
    case 'date':
      return readDate(cell, dateSystem);
    case 'sex':
      return readSex(cell);
    case 'count':
    case 'integer': {
      const n = wholeNumber(cell);
      const min = type === 'count' ? 0 : 1;
      if (n === null || n < min) {
        const what = typeof cell === 'number' && cell < 0 ? 'bernilai negatif' : typeof cell === 'number' ? 'bukan bilangan bulat' : 'bukan angka';
        return bad('NUMBER_INVALID', `${show(cell)} ${what}. Isi bilangan bulat ${min} atau lebih`);
      }
      return ok(n);
    }
    case 'year': {
      const n = wholeNumber(cell);
      if (n === null || n < 1900 || n > 2100) return bad('VALUE_INVALID', `${show(cell)} bukan tahun. Tulis tahun 4 angka, mis. 2025`);
      return ok(n);
    }
    case 'month': {
      const n = wholeNumber(cell);
      if (n !== null && n >= 1 && n <= 12) return ok(n);
      const byName = typeof cell === 'string' ? MONTH_NAMES.indexOf(cell.trim().toLowerCase()) : -1;
      if (byName >= 0) return ok(byName + 1);
      return bad('VALUE_INVALID', `${show(cell)} bukan bulan. Isi angka 1–12 (Januari = 1)`);
    }
    case 'kelas': {
      const text = String(cell).trim().toLowerCase().replace(/^kelas\s*|^kls\s*/, '');
      const n = /^\d$/.test(text) ? Number(text) : ROMAN.indexOf(text) + 1;
      if (n >= 1 && n <= 6) return ok(n);
      return bad('VALUE_INVALID', `${show(cell)} bukan kelas SD/MI. Isi angka 1–6`);
    }
    case 'tStatus': {
      const text = String(cell).trim().toUpperCase().replace(/^(TT|TD|T)\s*/, '');
      if (/^[0-5]$/.test(text)) return ok(Number(text));
      return bad('VALUE_INVALID', `${show(cell)} bukan status T. Isi angka 0–5 (T0 sampai T5)`);
    }
    case 'scheme': {
      const text = String(cell).toLowerCase();
      if (text.includes('2005')) return ok('tt2005' satisfies SchemeKey);
      if (text.includes('terkini') || /\btd\b/.test(text)) return ok('td' satisfies SchemeKey);
      return bad('VALUE_INVALID', `${show(cell)} bukan skema yang dikenal. Pilih "Td terkini" atau "2005 (TT)"`);
    }
    case 'schedule': {
      const text = String(cell).toLowerCase();
      if (text.includes('2017') || text.includes('permenkes')) return ok('permenkes2017' satisfies ScheduleKey);
      if (text.includes('terkini') || text.includes('kemenkes')) return ok('kemenkes2023' satisfies ScheduleKey);
      return bad('VALUE_INVALID', `${show(cell)} bukan jadwal imunisasi yang dikenal. Pilih "Kemenkes terkini" atau "Permenkes 12/2017"`);
    }
    case 'zone': {
      const text = String(cell).trim().toUpperCase();
      if (text === 'WIB' || text === 'WITA' || text === 'WIT') return ok(text);
      return bad('VALUE_INVALID', `${show(cell)} bukan zona waktu. Isi WIB, WITA atau WIT`);
    }
  }
}

function readNik(cell: NonNullable<Cell>): CellResult {
  if (typeof cell === 'number') {
    return bad('NIK_AS_NUMBER', `NIK ${cell} tersimpan sebagai angka, sehingga Excel membulatkan digit terakhirnya. Format kolom NIK sebagai Teks lalu ketik ulang NIK-nya`);
  }
  if (typeof cell === 'string' && SIXTEEN_DIGITS.test(cell)) return cell;
  const digits = String(cell).replace(/[\s.'-]/g, '');
  if (!SIXTEEN_DIGITS.test(digits)) {
    return bad('NIK_FORMAT', `NIK ${show(cell)} harus 16 angka (sekarang ${digits.length} karakter). Periksa KTP/KK, atau kosongkan dan isi Kode KK + No Urut`);
  }
  return ok(digits);
}

function readDate(cell: NonNullable<Cell>, system: DateSystem): CellResult {
  if (typeof cell === 'number') {
    const plausible = system === 1904 ? cell >= FIRST_PLAUSIBLE_SERIAL_1904 && cell <= LAST_SERIAL_1904 : cell >= FIRST_PLAUSIBLE_SERIAL && cell <= LAST_SERIAL_1900;
    const date = plausible ? serialToIsoDate(cell, system) : null;
    if (date === null) {
      return bad('DATE_NOT_SERIAL', `angka ${cell} bukan tanggal yang masuk akal. Ketik tanggal hari-bulan-tahun, mis. 17-08-2024`);
    }
    return ok(date);
  }
  if (typeof cell === 'boolean') return bad('DATE_INVALID', `${show(cell)} bukan tanggal. Ketik tanggal hari-bulan-tahun, mis. 17-08-2024`);
  const parsed = parseTextDate(cell);
  if (parsed.ok) return ok(parsed.date);
  switch (parsed.problem) {
    case 'two-digit-year':
      return bad('DATE_TWO_DIGIT_YEAR', `tanggal ${show(cell)} memakai tahun 2 angka, sehingga abadnya tidak pasti. Tulis tahun 4 angka, mis. 17-08-2024`);
    case 'no-such-day':
      return bad('DATE_INVALID', `tanggal ${show(cell)} tidak ada di kalender (hari atau bulan salah). Tulis hari-bulan-tahun, mis. 17-08-2024`);
    case 'not-a-date':
      return bad('DATE_INVALID', `${show(cell)} tidak dikenali sebagai tanggal. Tulis hari-bulan-tahun, mis. 17-08-2024 atau 17 Agustus 2024`);
  }
}

const MALE = new Set(['l', 'lk', 'laki', 'lakilaki', 'pria']);
const FEMALE = new Set(['p', 'pr', 'perempuan', 'wanita']);

function readSex(cell: NonNullable<Cell>): CellResult {
  // The common case, "L" or "P" as typed, without building new strings.
  if (cell === 'L' || cell === 'P') return cell;
  const text = String(cell).trim().toLowerCase().replace(/[\s-]/g, '');
  if (MALE.has(text)) return ok('L');
  if (FEMALE.has(text)) return ok('P');
  return bad('SEX_INVALID', `jenis kelamin ${show(cell)} tidak dikenal. Isi L (laki-laki) atau P (perempuan)`);
}

/** Re-export for readers of IsoDate values produced by readCell('date'). */
export type { IsoDate };
