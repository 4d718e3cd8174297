import { Denominator, INDICATORS, STOCK_ITEM_LABELS, STOCK_ITEMS } from '../src/domain/dataLaporan/indicators';
import { IDENTITY_LABELS, TABLE_HEADERS } from '../src/domain/dataLaporan/readDataLaporan';
import { DATA_LAPORAN_FORMAT, DATA_LAPORAN_SHEET, DATA_LAPORAN_VERSION, TARGET_ROW_PREFIX, TOTAL } from '../src/domain/dataLaporan/types';
import { TARGET_ROW_NOTE } from '../src/sheets/dataLaporanSheet';
import { UNLISTED_KELURAHAN } from '../src/domain/reports/sasaran';
import { VACCINE_GROUPS } from '../src/domain/reports/vaccines';
import { DROP_OUT_LINES, dropOutLabel } from '../src/domain/programme/dropOutPairs';

/** The Data Laporan section of docs/format.md, generated from the indicator catalogue. */
export const INDICATOR_BEGIN = '<!-- BEGIN: indikator Data Laporan (npm run docs:format) -->';
export const INDICATOR_END = '<!-- END: indikator Data Laporan -->';

const DENOMINATOR: Record<NonNullable<Denominator>, string> = {
  bayi: 'sasaran bayi',
  baduta: 'sasaran baduta',
  bumil: 'sasaran bumil',
  wus: 'sasaran WUS',
  caten: 'calon pengantin',
  murid1: 'murid kelas 1',
  murid2: 'murid kelas 2',
  murid3: 'murid kelas 3',
  murid5: 'murid kelas 5',
  muridPerempuan5: 'murid perempuan kelas 5',
};
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function indicatorSection(): string {
  const out = [
    INDICATOR_BEGIN,
    '',
    `## Sheet "${DATA_LAPORAN_SHEET}" (untuk Dinas Kesehatan)`,
    '',
    `Setiap laporan bulanan (\`imunisasi laporan\`, atau tombol laporan di panel) memuat sheet "${DATA_LAPORAN_SHEET}": angka laporan dalam bentuk yang dibaca mesin, untuk penggabungan di Dinkes (\`imunisasi gabung\`). Isinya hanya jumlah — tidak ada nama atau NIK. Jangan mengubah sheet ini; buat ulang laporannya bila data berubah.`,
    '',
    `**Identitas** (kolom A keterangan, kolom B nilai): ${Object.values(IDENTITY_LABELS).map((l) => `"${l}"`).join(', ')}. "Format" selalu \`${DATA_LAPORAN_FORMAT}\`, "Versi Format" saat ini **${DATA_LAPORAN_VERSION}**; "Dibuat" adalah waktu pembuatan laporan (ISO 8601 dengan selisih zona, mis. \`2026-01-05T10:15:00+07:00\`), dipakai Dinkes untuk menilai ketepatan waktu; "Jumlah Error" adalah banyaknya error di register saat laporan dibuat (lebih dari 0 = laporan BELUM FINAL, lihat [laporan-belum-final.md](laporan-belum-final.md)). File versi 1 (tanpa "Jumlah Error" dan "Keterangan") masih dibaca dan digabung, dengan peringatan OLD_FORMAT.`,
    '',
    `**Tabel data**, satu baris per kelurahan per indikator: ${TABLE_HEADERS.map((h) => `"${h}"`).join(', ')}. Kode Kelurahan \`${TOTAL}\` = seluruh puskesmas (jumlah semua baris kelurahan indikator itu, termasuk baris \`${UNLISTED_KELURAHAN.kode}\`); \`${UNLISTED_KELURAHAN.kode}\` = "${UNLISTED_KELURAHAN.nama}" (dosis yang kode kelurahan/sekolahnya tidak ada di sheet master tahun itu).`,
    '',
    'Angka yang tidak dapat dihitung (kolom atau sel register yang menjadi sumbernya hilang atau rusak) tidak pernah ditulis sebagai angka: kolom Nilai dikosongkan dan kolom Keterangan berisi alasannya, diawali "tidak dapat dihitung". Dinkes tidak menjumlahkannya ke total kabupaten/kota.',
    '',
    `Semua nilai adalah jumlah (bisa dijumlahkan antarpuskesmas). Persentase dihitung dari jumlah itu, tidak disimpan: cakupan = Nilai ÷ Sasaran; ${DROP_OUT_LINES.map((p) => `drop-out ${dropOutLabel(p)} = (\`${p.from}_kumulatif\` − \`${p.to}_kumulatif\`) ÷ \`${p.from}_kumulatif\``).join('; ')}; IP vaksin = \`stok.<KODE>.dosis\` ÷ \`stok.<KODE>.dipakai\`. Indikator tanpa akhiran \`_kumulatif\` menghitung bulan laporan saja; \`_kumulatif\` menghitung Januari s.d. bulan laporan; indikator BIAS menghitung tahun berjalan s.d. bulan laporan.`,
    '',
    '| Indikator | Isi | Kolom Sasaran |',
    '|---|---|---|',
    ...INDICATORS.map((i) => `| \`${i.name}\` | ${cell(i.label)}${i.perKelurahan ? '' : ' (hanya baris TOTAL)'} | ${i.denominator ? DENOMINATOR[i.denominator] : '—'} |`),
    ...STOCK_ITEMS.map((item) => `| \`stok.<KODE>.${item}\` | ${cell(STOCK_ITEM_LABELS[item])} bulan laporan (hanya baris TOTAL) | — |`),
    '',
    `**Baris target** (Kode Kelurahan \`${TOTAL}\`, Indikator \`${TARGET_ROW_PREFIX}<kunci>\`, mis. \`${TARGET_ROW_PREFIX}dpt3\`, \`${TARGET_ROW_PREFIX}idl\`, \`${TARGET_ROW_PREFIX}uciThreshold\`, \`${TARGET_ROW_PREFIX}dropOutThreshold\`): target tahunan dan batas yang dipakai laporan (dari sheet Target atau nilai bawaan), Nilai berupa pecahan (0,9 = 90%), Keterangan "${TARGET_ROW_NOTE}". Bukan jumlah: Dinkes tidak menjumlahkannya, tetapi membandingkannya dengan target kabupaten/kota (peringatan TARGET_DIFFERS bila berbeda). File lama tanpa baris ini tetap dibaca.`,
    '',
    `\`<KODE>\` adalah kode vaksin program: ${VACCINE_GROUPS.map((g) => `\`${g.code}\``).join(', ')} — apa pun kode yang dipakai di sheet Vaksin puskesmas (mis. "01" bernama BCG menjadi \`BCG\`). Vaksin yang tidak dikenali memakai kodenya sendiri. Vaksin yang dosisnya tidak dimuat Jadwal Imunisasi puskesmas (RV dan PCV di bawah "Permenkes 12/2017") hanya punya baris stok bila sheet Stok Vaksin mencatatnya, tanpa \`stok.<KODE>.dosis\` (di Dinkes: "tidak dilaporkan", bukan 0).`,
    '',
    INDICATOR_END,
  ];
  return out.join('\n');
}

/** The doc with its indicator section replaced, or appended when it has none yet. */
export function withIndicatorSection(doc: string): string {
  const start = doc.indexOf(INDICATOR_BEGIN);
  const end = doc.indexOf(INDICATOR_END);
  if (start < 0 || end < 0) return `${doc.trimEnd()}\n\n${indicatorSection()}\n`;
  return doc.slice(0, start) + indicatorSection() + doc.slice(end + INDICATOR_END.length);
}
