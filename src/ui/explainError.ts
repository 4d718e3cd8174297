import { LastYearRefusedError } from '../app/lastYearCheck';
import { UnreadableFileError } from '../io/xlsx/unreadableFile';

export interface Explained {
  /** What happened and what to do, in plain words. */
  message: string;
  /** For the person who maintains the add-in; shown folded away. */
  detail?: string;
}

/** Office.js error codes (OfficeExtension.ErrorCodes and Excel.ErrorCodes) a person can act on. */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel sedang menunggu isian sel. Tekan Enter atau Esc di lembar kerja, lalu klik tombolnya lagi.',
  EditModeCannotAcquireLock: 'Buku kerja sedang dikunci oleh penyuntingan lain. Tunggu sebentar lalu coba lagi.',
  Conflict: 'Buku kerja sedang diubah orang lain pada saat yang sama. Tunggu sebentar lalu coba lagi.',
  AccessDenied: 'Excel menolak perubahan: buku kerja atau sheet-nya diproteksi, atau dibuka hanya-baca. Buka proteksinya (Tinjau > Buka Proteksi) atau simpan salinan yang dapat diedit.',
  ItemAlreadyExists: 'Ada sheet baru dengan nama yang sama dibuat saat add-in bekerja (mungkin oleh rekan yang menyunting bersama). Klik tombolnya lagi.',
  ItemNotFound: 'Sheet yang dibutuhkan dihapus atau diganti namanya saat add-in bekerja. Klik tombolnya lagi.',
  RequestPayloadSizeLimitExceeded: 'Data terlalu besar untuk dikirim ke Excel sekaligus. Coba lagi; bila terulang, laporkan ke pengelola add-in.',
  ResponsePayloadSizeLimitExceeded: 'Data terlalu besar untuk dibaca dari Excel sekaligus. Coba lagi; bila terulang, laporkan ke pengelola add-in.',
  ActivityLimitReached: 'Excel sedang sibuk. Tunggu sebentar lalu coba lagi.',
  RequestAborted: 'Excel membatalkan permintaan (mungkin buku kerja ditutup atau tersambung ulang). Coba lagi.',
  ApiNotFound: 'Versi Excel ini belum mendukung perintah yang dibutuhkan. Perbarui Excel, atau pakai mode file di browser.',
  WorkbookProtected: 'Struktur buku kerja diproteksi, sehingga sheet tidak dapat ditambahkan. Buka proteksinya (Tinjau > Proteksi Buku Kerja) lalu coba lagi.',
};

const UNEXPECTED = 'Terjadi kesalahan yang tidak terduga di add-in. Sheet yang Anda isi tidak diubah. Coba lagi; bila terulang, kirim "Detail teknis" di bawah kepada pengelola add-in.';

/** Turns anything thrown into words for the pane: never a raw exception on screen. */
export function explainError(error: unknown): Explained {
  // By name: importing the file writer's class would pull the file writer into the Excel pane's bundle.
  if (error instanceof UnreadableFileError || error instanceof LastYearRefusedError || (error instanceof Error && error.name === 'UnsupportedInputError')) return { message: error.message };
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const detail = error instanceof Error ? `${error.name}${code ? ` (${code})` : ''}: ${error.message}` : String(error);
  if (code && OFFICE_CODES[code]) return { message: OFFICE_CODES[code], detail };
  return { message: UNEXPECTED, detail };
}
