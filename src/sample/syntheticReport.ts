import { INDICATORS, stockIndicator, STOCK_ITEMS } from '../domain/dataLaporan/indicators';
import { DATA_LAPORAN_VERSION, DataLaporan, DataLaporanRow, TOTAL } from '../domain/dataLaporan/types';
import { Random } from './random';

/**
 * A Data Laporan with random but consistent counts (each TOTAL row the sum of its kelurahan
 * rows), for merge tests and the merge benchmark.
 */
export function syntheticReport(seed: number, kode: string, options: { tahun?: number; bulan?: number; dibuat?: string | null; kelurahan?: number } = {}): DataLaporan {
  const rnd = new Random(seed);
  const kelurahanCount = options.kelurahan ?? rnd.int(3, 8);
  const kelurahan: Record<string, string> = {};
  const rows: DataLaporanRow[] = [];
  const sasaran = Array.from({ length: kelurahanCount }, () => ({ bayi: rnd.int(80, 200), bumil: 0, wus: rnd.int(1500, 3000), murid: rnd.int(20, 60) }));
  sasaran.forEach((s) => (s.bumil = Math.round(s.bayi * 1.1)));
  for (const indicator of INDICATORS) {
    let total = 0;
    let totalSasaran: number | null = indicator.denominator ? 0 : null;
    for (let k = 0; k < kelurahanCount; k++) {
      const code = `K${String(k + 1).padStart(2, '0')}`;
      kelurahan[code] = `Kelurahan ${k + 1}`;
      const s = sasaran[k];
      const denominator = indicator.denominator === null ? null : indicator.denominator === 'bayi' || indicator.denominator === 'baduta' ? s.bayi : indicator.denominator === 'bumil' ? s.bumil : indicator.denominator === 'wus' ? s.wus : s.murid;
      const nilai = indicator.name === 'desa' ? 1 : indicator.name === 'desa_uci' ? rnd.int(0, 1) : rnd.int(0, Math.round((denominator ?? 20) * 0.5));
      rows.push({ kodeKelurahan: code, indikator: indicator.name, nilai, sasaran: denominator });
      total += nilai;
      if (totalSasaran !== null) totalSasaran += denominator ?? 0;
    }
    rows.push({ kodeKelurahan: TOTAL, indikator: indicator.name, nilai: total, sasaran: totalSasaran });
  }
  for (const code of ['BCG', 'POLIO', 'DPT-HB-HIB', 'MR', 'TD']) for (const item of STOCK_ITEMS) rows.push({ kodeKelurahan: TOTAL, indikator: stockIndicator(code, item), nilai: rnd.int(0, 40), sasaran: null });
  const tahun = options.tahun ?? 2025;
  const bulan = options.bulan ?? 12;
  return {
    format: 'imunisasi-data-laporan',
    version: DATA_LAPORAN_VERSION,
    kodePuskesmas: kode,
    namaPuskesmas: `Puskesmas ${kode}`,
    kabupaten: 'Kota Salatiga',
    provinsi: 'Jawa Tengah',
    tahun,
    bulan,
    dibuat: options.dibuat === undefined ? '2026-01-05T10:15:00+07:00' : options.dibuat,
    kelurahan,
    rows,
    jumlahError: 0,
    tidakDapatDihitung: [],
  };
}
