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
