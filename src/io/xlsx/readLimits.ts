import { columnLetter } from '../../domain/raw';
import type { CellAt, CellProblem } from './cellTally';
import type { OdsCellProblem, RepeatedCell } from './odsCells';
import { SHEET_GRID } from './sheetGrid';
import { UnreadableFileError } from './unreadableFile';

/**
 * What a workbook may ask of the reader. A register of a large puskesmas over several years
 * stays far below every one of these; a file beyond them is refused before it can take the
 * CLI's memory or the browser tab with it (a 1,6 MB zip can inflate to gigabytes).
 */
export const READ_LIMITS = {
  /** The file itself, as stored on disk. */
  fileBytes: 40 * 1024 * 1024,
  /** All parts of a zip package together, inflated, as declared by the archive. */
  archiveBytes: 1000 * 1024 * 1024,
  /** One part (a sheet's XML, the shared strings) inflated: declared and actual. */
  partBytes: 400 * 1024 * 1024,
  /** Cells holding a value, and rows holding them, over all sheets read. */
  cells: 5_000_000,
  /**
   * Characters of cell text once an .ods's repeated cells are counted out (SheetJS copies the
   * text into every repeat). Without repeats a file's text is bounded by partBytes anyway.
   */
  cellText: 400_000_000,
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });

const ADVICE = 'Isi sebesar itu bukan register biasa: periksa asal file, atau pisahkan register per tahun dan hapus sheet yang tidak perlu, lalu simpan ulang dari Excel.';

export function fileTooLarge(fileName: string, bytes: number): UnreadableFileError {
  return new UnreadableFileError('too-large', `${fileName}: file terlalu besar (${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB; batas ${READ_LIMITS.fileBytes / 1024 / 1024} MB). Pisahkan register per tahun atau hapus sheet yang tidak perlu.`);
}

export function archiveTooLarge(fileName: string, bytes: number): UnreadableFileError {
  return new UnreadableFileError('too-large', `${fileName}: file terlalu besar untuk dibuka: isinya ${mb(bytes)} MB setelah diekstrak (batas ${mb(READ_LIMITS.archiveBytes)} MB). ${ADVICE}`);
}

/** A part beyond READ_LIMITS.partBytes, or (ratio given) one inflating far beyond what any spreadsheet does. */
export function partTooLarge(fileName: string, part: string, bytes: number, ratio?: number): UnreadableFileError {
  if (ratio !== undefined) return new UnreadableFileError('too-large', `${fileName}: file terlalu besar untuk dibuka: ${part} mengembang lebih dari ${ratio} kali ukurannya di dalam file saat diekstrak, jauh di atas spreadsheet mana pun (ciri "bom zip"). ${ADVICE}`);
  return new UnreadableFileError('too-large', `${fileName}: file terlalu besar untuk dibuka: ${part} berisi ${mb(bytes)} MB setelah diekstrak (batas ${mb(READ_LIMITS.partBytes)} MB). ${ADVICE}`);
}

export function tooManyCells(fileName: string, sheet: string): UnreadableFileError {
  return new UnreadableFileError('too-large', `${fileName}: file terlalu besar untuk dibuka: sheet "${sheet}" membuat jumlah sel berisi melebihi ${READ_LIMITS.cells.toLocaleString('id-ID')} (batas seluruh buku kerja). Hapus baris dan kolom yang tidak dipakai atau pisahkan register per tahun.`);
}

const count = (n: number) => n.toLocaleString('id-ID');
const cellRef = (block: RepeatedCell) => `${columnLetter(block.col)}${block.row}`;
const rangeOf = (block: RepeatedCell) => `${cellRef(block)}:${columnLetter(block.col + block.cols - 1)}${block.row + block.rows - 1}`;
const repeated = (block: RepeatedCell) => `diulang ke ${count(block.rows)} baris × ${count(block.cols)} kolom (${rangeOf(block)})`;
const TRIM_REPEATS = 'Buka file di LibreOffice, hapus baris/kolom yang tidak dipakai di akhir sheet itu';

/**
 * An .ods (or .fods) refused before SheetJS reads it: its repeated cells would expand beyond
 * READ_LIMITS (or beyond the sheet grid). Names the sheet and the cell block to delete.
 */
export function odsTooLarge(fileName: string, problem: OdsCellProblem): UnreadableFileError {
  const head = `${fileName}: file terlalu besar untuk dibuka`;
  if (problem.kind === 'outside') {
    const b = problem.block;
    return new UnreadableFileError('too-large', `${head}: di sheet "${b.sheet}", isi sel ${cellRef(b)} diulang ke ${count(b.rows)} baris × ${count(b.cols)} kolom, melewati batas lembar kerja (baris ${count(SHEET_GRID.rows)}, kolom ${columnLetter(SHEET_GRID.cols)}); spreadsheet biasa tidak pernah begitu. Periksa asal file. ${TRIM_REPEATS}, lalu simpan ulang.`);
  }
  const b = problem.largest;
  const isRepeat = b.rows * b.cols > 1;
  if (problem.kind === 'cells') {
    if (!isRepeat) return tooManyCells(fileName, problem.sheet);
    return new UnreadableFileError('too-large', `${head}: di sheet "${b.sheet}", isi sel ${cellRef(b)} ${repeated(b)}, sehingga buku kerja berisi lebih dari ${count(READ_LIMITS.cells)} sel berisi (batas seluruh buku kerja). ${TRIM_REPEATS} (${rangeOf(b)}), lalu simpan ulang.`);
  }
  if (!isRepeat) return new UnreadableFileError('too-large', `${head}: di sheet "${b.sheet}", teks sel ${cellRef(b)} menjadi ${count(b.textChars)} karakter saat dibuka (batas teks seluruh buku kerja ${count(READ_LIMITS.cellText)} karakter). Periksa asal file, kosongkan sel itu di LibreOffice, lalu simpan ulang.`);
  return new UnreadableFileError('too-large', `${head}: di sheet "${b.sheet}", teks sel ${cellRef(b)} (${count(b.textChars)} karakter) ${repeated(b)}, sehingga teks buku kerja menjadi lebih dari ${count(READ_LIMITS.cellText)} karakter saat dibuka (batas seluruh buku kerja). ${TRIM_REPEATS} (${rangeOf(b)}), lalu simpan ulang.`);
}

/**
 * A sheet SheetJS read with a cell beyond the largest sheet any spreadsheet program makes (an
 * XML Spreadsheet 2003 row index of a billion, an .xlsb row number past 1 048 576): refused
 * before every empty row up to it is walked.
 */
export function beyondGrid(fileName: string, sheet: string, rows: number, cols: number): UnreadableFileError {
  const where = rows > SHEET_GRID.rows ? `baris ${count(rows)}` : `kolom ke-${count(cols)}`;
  return new UnreadableFileError('too-large', `${fileName}: file terlalu besar untuk dibuka: sheet "${sheet}" berisi sel di ${where}, di luar batas lembar kerja (baris ${count(SHEET_GRID.rows)}, kolom ${columnLetter(SHEET_GRID.cols)}); spreadsheet biasa tidak pernah begitu. Periksa asal file, buka di Excel, hapus baris/kolom yang tidak dipakai di akhir sheet itu, lalu simpan ulang sebagai .xlsx.`);
}

const cellRefAt = (at: CellAt) => `${columnLetter(at.col + 1)}${at.row + 1}`;
const SAVE_AS_XLSX = 'lalu simpan ulang sebagai .xlsx';
const UNMERGE = `Periksa asal file; di Excel pilih seluruh sheet itu, lepaskan gabungan sel (Merge & Center > Unmerge Cells), ${SAVE_AS_XLSX}.`;

/**
 * An .xlsb or .xls refused before SheetJS parses it: its records would have SheetJS build more
 * cells than READ_LIMITS allows (or one beyond the sheet grid), or would have it read past a
 * record's end. Names the sheet and where.
 */
export function recordsRefused(fileName: string, problem: CellProblem, format: 'xlsb' | 'xls'): UnreadableFileError {
  const head = `${fileName}: file terlalu besar untuk dibuka`;
  switch (problem.kind) {
    case 'outside':
      return beyondGrid(fileName, problem.sheet, problem.at.row + 1, problem.at.col + 1);
    case 'cells':
      if (problem.merge) return new UnreadableFileError('too-large', `${head}: sheet "${problem.sheet}" berisi terlalu banyak sel gabungan (merge): bersama sel berisi, jumlahnya melebihi ${count(READ_LIMITS.cells)} (batas seluruh buku kerja). ${UNMERGE}`);
      return new UnreadableFileError('too-large', `${head}: sheet "${problem.sheet}" membuat jumlah sel berisi melebihi ${count(READ_LIMITS.cells)} (batas seluruh buku kerja; terlewati di sel ${cellRefAt(problem.at)}). Buka file di Excel, hapus baris dan kolom yang tidak dipakai atau pisahkan register per tahun, ${SAVE_AS_XLSX}.`);
    case 'merges':
      return new UnreadableFileError('too-large', `${head}: sheet "${problem.sheet}" berisi terlalu banyak sel gabungan (merge), jauh di atas register mana pun. ${UNMERGE}`);
    case 'link': {
      const range = `${cellRefAt(problem.first)}:${cellRefAt(problem.last)}`;
      return new UnreadableFileError('too-large', `${head}: di sheet "${problem.sheet}", satu tautan (hyperlink) mencakup ${range} (${count(problem.cells)} sel), sehingga buku kerja berisi lebih dari ${count(READ_LIMITS.cells)} sel saat dibuka (batas seluruh buku kerja). Periksa asal file; di Excel pilih ${range}, klik kanan > Hapus Hyperlink, ${SAVE_AS_XLSX}.`);
    }
    case 'records':
      return new UnreadableFileError('too-large', `${head}: bagian ${problem.part} berisi lebih dari ${count(READ_LIMITS.cells)} catatan, jauh di atas buku kerja mana pun. ${ADVICE}`);
    case 'strings':
      return new UnreadableFileError('too-large', `${head}: daftar teks (${format === 'xlsb' ? 'sharedStrings.bin' : 'SST'}) berisi lebih dari ${count(READ_LIMITS.cells)} teks (batas seluruh buku kerja). ${ADVICE}`);
    case 'damaged':
      return new UnreadableFileError('corrupt', `${fileName}: file rusak dan tidak dapat dibuka (${problem.where} di file .${format} tidak utuh: ${problem.why ?? 'isi sebuah catatan melewati panjangnya'}). Minta salinan baru atau simpan ulang dari Excel.`);
  }
}
