/**
 * The CLI's exit codes, one meaning each, so a script (or a scheduled task at the puskesmas or
 * Dinkes) can tell "done" from "done but not final" without reading the text. Listed in
 * `imunisasi --help` and docs/cli.md.
 */
export const EXIT = {
  /** Done: the report (or check) is complete and final. */
  ok: 0,
  /** periksa: the registers hold errors; gabung: some files could not be merged or disagree with themselves. */
  errors: 1,
  /** Bad arguments, or a file that cannot be read: nothing written. */
  usage: 2,
  /** A bug kept some sheets from being made (INTERNAL_ERROR); the others were written whole. */
  internal: 3,
  /** laporan --pdf: the report was written but not its PDF (no LibreOffice). */
  pdfUnavailable: 4,
  /** Written, but BELUM FINAL: figures marked "tidak dapat dihitung" (register errors, an empty month at Dinkes). */
  notFinal: 5,
} as const;

/** The exit codes in Bahasa Indonesia, for --help. */
export const EXIT_HELP: readonly string[] = [
  'Kode keluar:',
  '  0  selesai; laporan final',
  '  1  periksa: register berisi error; gabung: ada file yang tidak dapat digabung atau totalnya tidak cocok',
  '  2  argumen salah atau file tidak dapat dibaca; tidak ada yang ditulis',
  '  3  kesalahan internal pada sebagian sheet (sheet lain ditulis lengkap); laporkan ke pengembang',
  '  4  laporan --pdf: laporan ditulis, PDF tidak (LibreOffice tidak ada)',
  '  5  laporan ditulis tetapi BELUM FINAL: ada angka "tidak dapat dihitung" (laporan: error di register; gabung: laporan puskesmas belum final atau bulan kosong)',
];
