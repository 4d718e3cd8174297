import { normalizeName } from '../domain/read/normalize';
import { SHEETS } from '../domain/schema/registers';
import { JADWAL_SHEET_NAME } from '../sheets/status/jadwalSheet';
import { KARTU_SHEET_NAME } from '../sheets/status/kartuSheet';
import { SERTIFIKAT_SHEET_NAME } from '../sheets/status/sertifikatSheet';
import { STATUS_SHEET_NAME } from '../sheets/status/statusSheet';

/**
 * Sheet names that hold persons' names, NIK and phone numbers: the person registers (by
 * standard name or alias, as the readers find them) and the add-in's own sheets about persons.
 */
const PRIVATE_NAMES: ReadonlySet<string> = new Set(
  [
    ...SHEETS.filter((s) => s.persons).flatMap((s) => [s.name, ...(s.aliases ?? [])]),
    STATUS_SHEET_NAME,
    JADWAL_SHEET_NAME,
    KARTU_SHEET_NAME,
    SERTIFIKAT_SHEET_NAME,
  ].map(normalizeName),
);

/** The sheets of a workbook that carry persons' data, in the workbook's order. */
export function privateSheets(sheetNames: readonly string[]): string[] {
  return sheetNames.filter((name) => PRIVATE_NAMES.has(normalizeName(name)));
}

/**
 * Why the district merge does not write into this workbook (Excel): the district report is
 * sent on, and everything in its workbook would travel with it.
 */
export function privateMergeRefusal(sheets: readonly string[]): string {
  const list = sheets.map((s) => `"${s}"`).join(', ');
  return (
    `Gabung laporan tidak dijalankan: buku kerja ini berisi data pribadi (nama, NIK, nomor HP) di sheet ${list}. ` +
    'Laporan kabupaten/kota dikirim ke pihak lain, jadi tidak boleh dibuat di buku kerja register. ' +
    'Buka buku kerja kosong (File > Baru > Buku kerja kosong), buka Panel Imunisasi di sana, lalu jalankan Gabung lagi.'
  );
}
