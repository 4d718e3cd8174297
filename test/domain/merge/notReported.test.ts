import { stockIndicator, STOCK_ITEMS } from '../../../src/domain/dataLaporan/indicators';
import { DataLaporan, TOTAL } from '../../../src/domain/dataLaporan/types';
import { DistrictMerge } from '../../../src/domain/merge/districtMerge';
import { notReportedGroups } from '../../../src/domain/merge/notReported';
import { syntheticReport } from '../../../src/sample/syntheticReport';

/*
 * NOT_REPORTED names every figure a puskesmas's report lacks that others carry, grouped by
 * kind, in Bahasa Indonesia: the stock doses (stok.<KODE>.dosis) no longer vanish into
 * "dan N lainnya" after six names.
 */

/** Stock lines of these vaccines, every item, or every item but the doses. */
const stock = (codes: string[], withDoses: boolean) =>
  codes.flatMap((code) => STOCK_ITEMS.filter((i) => withDoses || i !== 'dosis').map((i) => ({ kodeKelurahan: TOTAL, indikator: stockIndicator(code, i), nilai: 7, sasaran: null })));

/** A report as the current schedule makes it (RV and PCV stock with their doses). */
function current(): DataLaporan {
  const r = syntheticReport(1, 'P01');
  return { ...r, namaPuskesmas: 'Sidomulyo', rows: [...r.rows, ...stock(['PCV', 'RV'], true)] };
}

/** A report without RV, PCV and IPV 2 (Permenkes 12/2017), their stock without doses, and a few figures of an older add-in missing. */
function older(): DataLaporan {
  const r = syntheticReport(2, 'P02');
  const gone = (name: string) => /^(rv|pcv)\d|^ipv2/.test(name) || ['ibl', 'wus_t3_kumulatif', 'dpt3_kumulatif', 'bias_hpv_k5', 'desa_uci'].includes(name);
  return { ...r, namaPuskesmas: 'Tegalrejo', rows: [...r.rows.filter((row) => !gone(row.indikator)), ...stock(['PCV', 'RV'], false)] };
}

const merge = (...reports: DataLaporan[]) => {
  const m = new DistrictMerge({ tahun: 2025, bulan: 12 });
  for (const data of reports) m.add({ file: `${data.kodePuskesmas}.xlsx`, fileDate: '2026-01-06T08:00:00+07:00', data });
  return m.result();
};

describe('NOT_REPORTED lists every missing figure, grouped', () => {
  const result = merge(current(), older());
  const found = result.findings.filter((f) => f.code === 'NOT_REPORTED');
  const p02 = result.puskesmas.find((p) => p.kode === 'P02')!;

  it('gives one finding for the puskesmas, naming all 21 figures by kind (stock doses included), nothing cut off', () => {
    expect(p02.notReported!.size).toBe(21);
    expect(found.map((f) => [f.file, f.severity])).toEqual([['P02.xlsx', 'warning']]);
    expect(found[0].message).toBe(
      'P02.xlsx: laporan Tegalrejo (P02) tidak memuat 21 angka yang dimuat laporan puskesmas lain. ' +
        'Dosis bayi dan baduta: DPT-HB-Hib 3 (kumulatif); IPV 2, PCV 1, PCV 2, PCV 3, RV 1, RV 2, RV 3 (bulan ini dan kumulatif). ' +
        'Kelengkapan imunisasi (bulan ini): IBL. ' +
        'Kelurahan/desa: kelurahan/desa UCI. ' +
        'Status T (kumulatif): WUS T3. ' +
        'BIAS: HPV kelas 5. ' +
        'Stok vaksin, dosis diberikan: PCV, RV. ' +
        'Karena itu drop-out DPT-HB-Hib 1→3 juga tertulis "tidak dilaporkan". ' +
        'Penyebabnya jadwal imunisasi lain (mis. Permenkes 12/2017 tanpa RV/PCV) atau add-in versi lama. ' +
        'Di tabel kabupaten/kota angka itu ditulis "tidak dilaporkan" untuk Tegalrejo dan total kabupaten/kotanya tidak dijumlahkan; bila puskesmas sudah memberi vaksin itu, minta memilih Jadwal Imunisasi "Kemenkes terkini" dan mengirim ulang.',
    );
    expect(found[0].message).not.toMatch(/lainnya/);
  });

  it('accounts for each missing Data Laporan name exactly once', () => {
    // Each name's item: a dose by its header, the stock line by its vaccine code; month and _kumulatif together.
    const text = notReportedGroups([...p02.notReported!]).join('. ');
    for (const name of p02.notReported!) {
      const base = name.replace(/_kumulatif$/, '');
      const item = /^stok\.(.+)\.dosis$/.exec(base)?.[1] ?? { ipv2: 'IPV 2', dpt3: 'DPT-HB-Hib 3', ibl: 'IBL', wus_t3: 'WUS T3', bias_hpv_k5: 'HPV kelas 5', desa_uci: 'kelurahan/desa UCI' }[base] ?? base.replace(/^(rv|pcv)(\d)$/, (_, v: string, n: string) => `${v.toUpperCase()} ${n}`);
      expect([name, text.includes(item)]).toEqual([name, true]);
    }
  });

  it('says which of the month and year-to-date figures are missing', () => {
    expect(notReportedGroups(['rv1', 'rv1_kumulatif', 'pcv3_kumulatif', 'idl', 'stok.RV.dosis'])).toEqual([
      'Dosis bayi dan baduta: PCV 3 (kumulatif); RV 1 (bulan ini dan kumulatif)',
      'Kelengkapan imunisasi (bulan ini): IDL',
      'Stok vaksin, dosis diberikan: RV',
    ]);
  });

  it('still names a figure it has no kind for, by its Data Laporan name', () => {
    expect(notReportedGroups(['stok.RV.awal', 'rv2'])).toEqual(['Dosis bayi dan baduta (bulan ini): RV 2', 'Angka lain (nama di Data Laporan): stok.RV.awal']);
  });

  it('the district line of each figure still says who did not report it', () => {
    expect(result.notReported!.get('stok.RV.dosis')).toBe('tidak dilaporkan oleh Tegalrejo');
    expect(result.notReported!.get('rv3_kumulatif')).toBe('tidak dilaporkan oleh Tegalrejo');
  });
});
