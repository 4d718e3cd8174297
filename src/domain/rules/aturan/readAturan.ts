import { Finding } from '../../findings';
import { normalizeName } from '../../read/normalize';
import { sheetFinding } from '../../read/tableContext';
import { Cell, columnLetter, isBlank, RawSheet, RawWorkbook } from '../../raw';

/**
 * The Aturan sheet: an optional sheet in which a puskesmas overrides rule values. It is a
 * plain table, one rule a row:
 *
 *   | Aturan            | Nilai    | Keterangan (optional)          |
 *   | Jarak minimal T2  | 4 minggu | Bawaan: 4 minggu (Td terkini)… |
 *
 * Anywhere in the first rows a header row names the "Aturan" and "Nilai" columns (in any
 * order; a title above is fine). A blank Nilai means "use the preset's value". Names are
 * matched like headers: case, spaces and punctuation do not count.
 */
export const ATURAN_SHEET = {
  name: 'Aturan',
  aliases: ['Pengaturan', 'Aturan Imunisasi', 'Setelan'],
  headers: { name: 'Aturan', value: 'Nilai', note: 'Keterangan' },
} as const;

const NAME_HEADERS = new Set(['aturan', 'namaaturan', 'nama']);
const VALUE_HEADERS = new Set(['nilai', 'isi']);
const NOTE_HEADERS = new Set(['keterangan', 'catatan', 'penjelasan']);
const HEADER_SEARCH_ROWS = 30;

/** One filled row of the Aturan sheet. */
export interface AturanRow {
  /** The rule's name as written. */
  name: string;
  /** The name in compared form (aturanKey). */
  key: string;
  /** The Nilai cell as read (null when blank: use the preset's value). */
  value: Cell;
  keterangan: string | null;
  /** Row number as Excel shows it. */
  row: number;
  /** A1 address of the Nilai cell, for findings. */
  cell: string;
}

export interface AturanSheet {
  /** The sheet's name in this workbook. */
  sheet: string;
  /** Rows by aturanKey(name); the first of two rows with one name wins (the second is a finding). */
  rows: ReadonlyMap<string, AturanRow>;
  /** Problems with the sheet itself: no header row, a name given twice. */
  findings: Finding[];
}

/** The compared form of a rule name: "Jarak minimal T2" and "jarak-minimal t2" are one name. */
export function aturanKey(name: string): string {
  return normalizeName(name);
}

/** Finds the Aturan sheet (by its name or an alias); undefined when the workbook has none. */
export function findAturanSheet(workbook: RawWorkbook): RawSheet | undefined {
  const wanted = [ATURAN_SHEET.name, ...ATURAN_SHEET.aliases].map(normalizeName);
  for (const name of wanted) {
    const sheet = workbook.sheets.find((s) => normalizeName(s.name) === name);
    if (sheet) return sheet;
  }
  return undefined;
}

/**
 * Reads the Aturan sheet's rows without interpreting them: each filled name with its value
 * and sheet row. Null when the workbook has no Aturan sheet (every rule keeps its preset
 * value). Knowing what a name means is the job of the rule families (catalog.ts).
 */
export function readAturan(workbook: RawWorkbook): AturanSheet | null {
  const sheet = findAturanSheet(workbook);
  if (!sheet) return null;
  const findings: Finding[] = [];
  const rows = new Map<string, AturanRow>();
  const header = findHeader(sheet.rows);
  if (!header) {
    const empty = sheet.rows.every((r) => r.every(isBlank));
    if (!empty) {
      findings.push(sheetFinding(sheet.name, 'HEADER_NOT_FOUND', 'error', `baris judul kolom "${ATURAN_SHEET.headers.name}" dan "${ATURAN_SHEET.headers.value}" tidak ditemukan, sehingga tidak ada aturan yang dibaca dan semua aturan memakai nilai bawaan skema (jarak dosis, hitungan bulan, toleransi, umur). Tulis "${ATURAN_SHEET.headers.name}" dan "${ATURAN_SHEET.headers.value}" sebagai judul dua kolom, lalu satu aturan per baris`));
    }
    return { sheet: sheet.name, rows, findings };
  }
  for (let i = header.rowIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    const nameCell = cells[header.name];
    if (isBlank(nameCell)) continue;
    const row = sheet.firstRow + i;
    const name = String(nameCell).trim();
    const key = aturanKey(name);
    const value = isBlank(cells[header.value]) ? null : (cells[header.value] as Cell);
    const note = header.note === null || isBlank(cells[header.note]) ? null : String(cells[header.note]).trim();
    const cell = `${columnLetter(sheet.firstCol + header.value)}${row}`;
    const first = rows.get(key);
    if (first) {
      findings.push(sheetFinding(sheet.name, 'RULE_DUPLICATE', 'error', `aturan "${name}" sudah ada di baris ${first.row}; yang dipakai baris ${first.row}. Hapus salah satu baris`, row, ATURAN_SHEET.headers.name, `${columnLetter(sheet.firstCol + header.name)}${row}`));
      continue;
    }
    rows.set(key, { name, key, value, keterangan: note, row, cell });
  }
  return { sheet: sheet.name, rows, findings };
}

function findHeader(rows: readonly Cell[][]): { rowIndex: number; name: number; value: number; note: number | null } | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const normalized = (rows[i] ?? []).map((c) => (isBlank(c) ? '' : normalizeName(c)));
    const name = normalized.findIndex((c) => NAME_HEADERS.has(c));
    const value = normalized.findIndex((c) => VALUE_HEADERS.has(c));
    if (name >= 0 && value >= 0) {
      const note = normalized.findIndex((c) => NOTE_HEADERS.has(c));
      return { rowIndex: i, name, value, note: note >= 0 ? note : null };
    }
  }
  return null;
}
