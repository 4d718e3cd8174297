import { stockIndicator } from '../../../src/domain/dataLaporan/indicators';
import { DataLaporan, TOTAL } from '../../../src/domain/dataLaporan/types';
import { reportQuality } from '../../../src/domain/quality/reportQuality';
import { syntheticReport } from '../../../src/sample/syntheticReport';

/** A consistent report: every dose January … December the same 12 a month, 100 a kelurahan of sasaran. */
function clean(): DataLaporan {
  const data = syntheticReport(1, 'P01', { kelurahan: 2 });
  data.rows = data.rows.map((r) => {
    const m = /^(hb0|bcg|polio\d|dpt\d|ipv\d?|pcv\d|rv\d|mr\d|idl)(_kumulatif)?$/.exec(r.indikator);
    if (m) return { ...r, nilai: (m[2] ? 120 : 10) * (r.kodeKelurahan === TOTAL ? 2 : 1), sasaran: r.kodeKelurahan === TOTAL ? 300 : 150 };
    if (r.indikator.startsWith('stok.')) return { ...r, nilai: r.indikator.endsWith('.dosis') ? 40 : r.indikator.endsWith('.dipakai') ? 10 : r.nilai };
    return r;
  });
  return data;
}
const set = (data: DataLaporan, kode: string, indikator: string, nilai: number) => (data.rows = data.rows.map((r) => (r.kodeKelurahan === kode && r.indikator === indikator ? { ...r, nilai } : r)));

describe('reportQuality (a Data Laporan at Dinkes)', () => {
  it('a clean report has no finding but its wastage against WHO', () => {
    const kinds = new Set(reportQuality(clean()).map((f) => f.kind));
    expect([...kinds].filter((k) => k !== 'wastage_tinggi')).toEqual([]);
  });

  it('finds each kind in a damaged report, naming the puskesmas and kelurahan', () => {
    const data = clean();
    set(data, 'K01', 'dpt3_kumulatif', 150); // DPT-HB-Hib 3 above 2 (120) by 25%, and a negative drop-out
    set(data, 'K02', 'bcg_kumulatif', 180); // 120% of sasaran 150
    set(data, TOTAL, 'mr1', 60); // December 60 against 10 a month before
    set(data, TOTAL, 'mr1_kumulatif', 170);
    set(data, TOTAL, stockIndicator('DPT-HB-HIB', 'dipakai'), 2); // 40 doses from 2 five-dose vials
    const last = clean();
    set(last, TOTAL, 'hb0_kumulatif', 100); // 240 this year: +140%
    const findings = reportQuality(data, last);
    const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => `${f.place} | ${f.subject}`);
    expect(of('urutan_dosis')).toEqual(['Puskesmas P01 · Kelurahan 1 (K01) | DPT-HB-Hib 2 → DPT-HB-Hib 3']);
    expect(of('drop_out_negatif')).toEqual(['Puskesmas P01 · Kelurahan 1 (K01) | Drop-out DPT-HB-Hib 1 – DPT-HB-Hib 3']);
    expect(of('cakupan_di_atas_100')).toEqual(['Puskesmas P01 · Kelurahan 2 (K02) | BCG 120,0%']);
    expect(of('pencilan_bulanan')).toEqual(['Puskesmas P01 | MR 1, Desember 2025']);
    expect(of('ip_mustahil')).toEqual(['Puskesmas P01 | DPT-HB-Hib, Desember 2025']);
    expect(findings.find((f) => f.kind === 'ip_mustahil')?.look).toMatch(/ukuran kemasan baku 5 dosis/);
    expect(of('beda_tahun_lalu')).toEqual(['Puskesmas P01 | HB0, Januari–Desember']);
  });

  it('coverage above 100% in several places of a puskesmas is one line naming each', () => {
    const data = clean();
    set(data, 'K01', 'polio1_kumulatif', 160);
    set(data, 'K02', 'bcg_kumulatif', 180);
    set(data, TOTAL, 'bcg_kumulatif', 310);
    const coverage = reportQuality(data).filter((f) => f.kind === 'cakupan_di_atas_100');
    expect(coverage).toHaveLength(1);
    expect(coverage[0]).toMatchObject({ place: 'Puskesmas P01', subject: '2 kelurahan dan total puskesmas', figures: 'total puskesmas: BCG 103,3%; Kelurahan 1 (K01): Polio 1 106,7%; Kelurahan 2 (K02): BCG 120,0%' });
  });
});
