import { Finding } from '../findings';
import { normalizeName } from '../read/normalize';
import { sheetFinding } from '../read/tableContext';
import { Cell, columnLetter, isBlank, RawWorkbook } from '../raw';
import { percentValue } from '../rules/aturan/setting';
import { TARGET_INDICATORS, TargetIndicator } from './targetIndicators';

/**
 * The Target sheet: an optional sheet holding, per year, the annual coverage targets and the
 * sasaran percentages (the Kemenkes defaults pre-filled by the template). One indicator a
 * row, one year a column:
 *
 *   | Indikator    | Keterangan            | 2025 | 2026 |
 *   | DPT-HB-Hib 3 | Target cakupan bayi … | 90%  | 95%  |
 *
 * A blank cell means "no value for that year": the report uses the default and says so.
 */
export const TARGET_SHEET = {
  name: 'Target',
  aliases: ['Target Tahunan', 'Target dan Sasaran', 'Target Program', 'Target Imunisasi'],
  headers: { name: 'Indikator', note: 'Keterangan' },
} as const;

const NAME_HEADERS = new Set(['indikator', 'antigen', 'indikatorantigen']);
const HEADER_SEARCH_ROWS = 30;

/** One value of the Target sheet, with its place for findings and for the report's source line. */
export interface TargetValue {
  value: number;
  row: number;
  cell: string;
}

export interface TargetSheet {
  sheet: string;
  /** year → indicator key → value. */
  years: ReadonlyMap<number, ReadonlyMap<string, TargetValue>>;
  findings: Finding[];
}

let lookup: Map<string, TargetIndicator> | null = null;

/** The indicator a row name means (label, alias or key); undefined when none. */
export function findTargetIndicator(name: string): TargetIndicator | undefined {
  if (!lookup) {
    lookup = new Map();
    for (const t of TARGET_INDICATORS) for (const n of [t.label, ...t.aliases, t.key]) if (!lookup.has(normalizeName(n))) lookup.set(normalizeName(n), t);
  }
  return lookup.get(normalizeName(name));
}

/** "1,1", 1.1 → 1.1 */
function parseFactor(cell: NonNullable<Cell>): number | null {
  if (typeof cell === 'number') return cell;
  const m = /^(\d+(?:[.,]\d+)?)$/.exec(String(cell).trim());
  return m ? Number(m[1].replace(',', '.')) : null;
}

/** The value shown as the sheet would: "90%", "1,1". */
export function formatTargetValue(t: TargetIndicator, value: number): string {
  return (t.factor ? String(value) : `${Math.round(value * 10000) / 100}%`).replace('.', ',');
}

function yearOf(cell: Cell): number | null {
  const s = isBlank(cell) ? '' : String(cell).trim();
  return /^\d{4}$/.test(s) && Number(s) >= 2000 && Number(s) <= 2100 ? Number(s) : null;
}

/** Reads the Target sheet; null when the workbook has none (every report uses the defaults). */
export function readTargetSheet(workbook: RawWorkbook): TargetSheet | null {
  const wanted = [TARGET_SHEET.name, ...TARGET_SHEET.aliases].map(normalizeName);
  const sheet = wanted.map((w) => workbook.sheets.find((s) => normalizeName(s.name) === w)).find((s) => s !== undefined);
  if (!sheet) return null;
  const findings: Finding[] = [];
  const years = new Map<number, Map<string, TargetValue>>();
  const place = (col: number, row: number) => `${columnLetter(sheet.firstCol + col)}${row}`;
  let header: { rowIndex: number; name: number; years: { col: number; year: number }[] } | null = null;
  for (let i = 0; i < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS) && !header; i++) {
    const cells = sheet.rows[i] ?? [];
    const name = cells.findIndex((c) => !isBlank(c) && NAME_HEADERS.has(normalizeName(c)));
    if (name >= 0) header = { rowIndex: i, name, years: cells.flatMap((c, col) => (col !== name && yearOf(c) !== null ? [{ col, year: yearOf(c)! }] : [])) };
  }
  if (!header || header.years.length === 0) {
    if (!sheet.rows.every((r) => r.every(isBlank))) {
      findings.push(sheetFinding(sheet.name, 'HEADER_NOT_FOUND', 'error', `baris judul "${TARGET_SHEET.headers.name}" dengan kolom tahun (mis. 2026) tidak ditemukan, sehingga tidak ada target yang dibaca dan laporan memakai target bawaan. Tulis "${TARGET_SHEET.headers.name}" di satu sel dan tahun (4 angka) di sel-sel sebelah kanannya pada baris yang sama`));
    }
    return { sheet: sheet.name, years, findings };
  }
  const headerRow = sheet.firstRow + header.rowIndex;
  const columns: { col: number; year: number }[] = [];
  for (const y of header.years) {
    const first = columns.find((c) => c.year === y.year);
    if (first) {
      findings.push(sheetFinding(sheet.name, 'TARGET_DUPLICATE', 'error', `tahun ${y.year} ada dua kali (kolom ${columnLetter(sheet.firstCol + first.col)} dan ${columnLetter(sheet.firstCol + y.col)}); yang dipakai kolom ${columnLetter(sheet.firstCol + first.col)}. Hapus atau ganti tahun salah satu kolom`, headerRow, String(y.year), place(y.col, headerRow)));
      continue;
    }
    columns.push(y);
    years.set(y.year, new Map());
  }
  const seen = new Map<string, number>();
  for (let i = header.rowIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    const nameCell = cells[header.name];
    if (isBlank(nameCell)) continue;
    const row = sheet.firstRow + i;
    const name = String(nameCell).trim();
    const indicator = findTargetIndicator(name);
    if (!indicator) {
      findings.push(sheetFinding(sheet.name, 'TARGET_UNKNOWN', 'warning', `indikator "${name}" tidak dikenal, sehingga baris ini diabaikan. Salin nama indikator persis dari sheet Target templat (mis. "DPT-HB-Hib 3", "IDL", "Batas UCI")`, row, TARGET_SHEET.headers.name, place(header.name, row)));
      continue;
    }
    const firstRow = seen.get(indicator.key);
    if (firstRow !== undefined) {
      findings.push(sheetFinding(sheet.name, 'TARGET_DUPLICATE', 'error', `indikator "${indicator.label}" sudah ada di baris ${firstRow}; yang dipakai baris ${firstRow}. Hapus salah satu baris`, row, TARGET_SHEET.headers.name, place(header.name, row)));
      continue;
    }
    seen.set(indicator.key, row);
    for (const { col, year } of columns) {
      const cell = cells[col];
      if (isBlank(cell)) continue;
      const value = readValue(indicator, cell as NonNullable<Cell>);
      if (typeof value === 'string') {
        findings.push(sheetFinding(sheet.name, 'TARGET_INVALID', 'error', `${indicator.label} tahun ${year}: ${value}. Laporan tahun ${year} memakai nilai bawaan untuk indikator ini sampai diperbaiki`, row, String(year), place(col, row)));
        continue;
      }
      years.get(year)!.set(indicator.key, { value, row, cell: place(col, row) });
    }
  }
  return { sheet: sheet.name, years, findings };
}

/** The value as a fraction (a factor for bumil), or the problem in Bahasa Indonesia. */
function readValue(t: TargetIndicator, cell: NonNullable<Cell>): number | string {
  const shown = typeof cell === 'string' ? `"${cell}"` : String(cell);
  const range = t.factor ? `${formatTargetValue(t, t.min)}–${formatTargetValue(t, t.max)}` : `${formatTargetValue(t, t.min)}–${formatTargetValue(t, t.max)}`;
  if (t.factor) {
    const n = parseFactor(cell);
    if (n === null) return `${shown} bukan angka. Tulis mis. 1,1`;
    return n >= t.min && n <= t.max ? n : `${shown} di luar batas ${range}`;
  }
  const parsed = percentValue.parse(cell);
  if (!parsed.ok) return parsed.problem;
  return parsed.value >= t.min - 1e-12 && parsed.value <= t.max + 1e-12 ? parsed.value : `${shown} di luar batas ${range}`;
}
