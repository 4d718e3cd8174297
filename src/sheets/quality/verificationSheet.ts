import { DistrictQuality } from '../../domain/quality/types';
import { formatMonthId } from '../../domain/dates/formatId';
import { DistrictResult } from '../../domain/merge/types';
import { reportTableSheet } from '../reportTable';
import { SheetSpec, SpecCell } from '../spec';
import { districtIdentity } from './districtIdentity';

export const VERIFICATION_SHEET = 'Faktor Verifikasi';

/**
 * Faktor Verifikasi (WHO DQS / GAVI DQA): for every puskesmas whose register workbook and
 * monthly report were both given, register recount ÷ reported per kelurahan and antigen for the
 * month, with the register rows behind a difference — row numbers only, no names or NIK.
 */
export function verificationSheet(quality: DistrictQuality, result: DistrictResult, generatedAt: string): SheetSpec {
  const rows: SpecCell[][] = quality.verifications.flatMap((v) => v.rows.map((r) => [v.nama, r.place, r.subject, r.reported ?? '-', r.recounted ?? '-', r.factor ?? '-', r.verdict, r.behind || '-']));
  const pairs = quality.verifications.map((v) => [`${v.nama} (${v.kode}): register ${v.registerFile} dihitung ulang dan dibandingkan dengan laporan ${v.reportFile}${v.reportMade ? ` (dibuat ${v.reportMade})` : ''}.`]);
  const different = quality.verifications.reduce((n, v) => n + v.rows.filter((r) => r.verdict !== 'sama').length, 0);
  return reportTableSheet({
    name: VERIFICATION_SHEET,
    title: 'FAKTOR VERIFIKASI: HITUNG ULANG REGISTER ÷ ANGKA YANG DILAPORKAN',
    puskesmas: null,
    identity: `${districtIdentity(result)} · ${quality.verifications.length} puskesmas diverifikasi · ${different} angka berbeda`,
    meta: { generatedAt, period: formatMonthId(result.tahun, result.bulan), sources: 'Buku kerja register dan laporan bulanan puskesmas yang sama' },
    columns: [
      { header: 'Puskesmas', width: 18, wrap: true },
      { header: 'Kelurahan', width: 20, wrap: true },
      { header: 'Antigen', width: 15 },
      { header: 'Dilaporkan bulan ini', format: '#,##0', width: 11 },
      { header: 'Hitung ulang register', format: '#,##0', width: 11 },
      { header: 'Faktor verifikasi', format: '0.00', width: 10 },
      { header: 'Keterangan', width: 22, wrap: true },
      { header: 'Baris di balik selisih', width: 70, wrap: true },
    ],
    rows,
    footer: [
      ...(quality.verifications.length === 0 ? [['Tidak ada puskesmas yang mengirim buku kerja register dan laporan bulanan sekaligus. Berikan keduanya (dua file) untuk menghitung faktor verifikasi.']] : pairs),
      ['Faktor verifikasi = hitung ulang register ÷ angka yang dilaporkan; 1,00 = sama. Di luar 0,90–1,10 (WHO Data Quality Review, Modul 3) perlu ditelusuri. Baris yang disebut adalah nomor baris sheet register puskesmas (tanpa nama atau NIK): dosis yang dicatat sesudah laporan dibuat, atau yang dihitung.'],
    ],
  });
}
