import fc from 'fast-check';
import { TOTAL } from '../../../src/domain/dataLaporan/types';
import { DistrictMerge } from '../../../src/domain/merge/districtMerge';
import { reportDeadline } from '../../../src/domain/merge/deadline';
import { ReceivedReport } from '../../../src/domain/merge/types';
import { syntheticReport } from '../../../src/sample/syntheticReport';
import { districtSheets } from '../../../src/sheets/district/districtSheets';

const received = (seed: number, kode: string, file = `${kode}.xlsx`, extra: Parameters<typeof syntheticReport>[2] = {}): ReceivedReport => ({ file, fileDate: '2026-01-20T08:00:00+07:00', data: syntheticReport(seed, kode, extra) });
const merged = (reports: ReceivedReport[], expected?: { kode: string; nama: string }[]) => {
  const merge = new DistrictMerge({ tahun: 2025, bulan: 12, expected });
  reports.forEach((r) => merge.add(r));
  return merge.result();
};

describe('DistrictMerge', () => {
  it('sums every indicator over puskesmas, from their TOTAL rows', () => {
    const reports = [received(1, 'P01'), received(2, 'P02'), received(3, 'P03')];
    const result = merged(reports);
    expect(result.findings).toEqual([]);
    for (const name of ['bcg', 'dpt1_kumulatif', 'desa_uci', 'bumil_t2plus', 'stok.BCG.dipakai']) {
      const expected = reports.reduce((sum, r) => sum + r.data.rows.find((row) => row.kodeKelurahan === TOTAL && row.indikator === name)!.nilai, 0);
      expect(result.totals.get(name)?.nilai).toBe(expected);
    }
    expect(result.puskesmas.map((p) => p.kode)).toEqual(['P01', 'P02', 'P03']);
  });

  it('marks a figure one report does not carry (another schedule, an older add-in) instead of summing it as 0', () => {
    const without = received(2, 'P02');
    // P02's report has no IBL lines (as a report on a schedule or version without them).
    without.data = { ...without.data, rows: without.data.rows.filter((r) => !r.indikator.startsWith('ibl')) };
    const result = merged([received(1, 'P01'), without, received(3, 'P03')]);
    const p02 = result.puskesmas.find((p) => p.kode === 'P02')!;
    expect([...p02.notReported!]).toEqual(['ibl', 'ibl_kumulatif']);
    expect(result.puskesmas.filter((p) => p.kode !== 'P02').map((p) => p.notReported!.size)).toEqual([0, 0]);
    // The district IBL is not a sum with P02 as 0; the other figures are summed as before.
    expect(result.totals.has('ibl_kumulatif')).toBe(false);
    expect(result.notReported!.get('ibl_kumulatif')).toBe('tidak dilaporkan oleh Puskesmas P02');
    expect(result.blocked.size).toBe(0);
    expect(result.totals.get('irl_kumulatif')?.nilai).toBe([1, 2, 3].reduce((n, seed) => n + syntheticReport(seed, 'P0' + seed).rows.find((r) => r.kodeKelurahan === TOTAL && r.indikator === 'irl_kumulatif')!.nilai, 0));
    expect(result.findings).toMatchObject([{ file: 'P02.xlsx', code: 'NOT_REPORTED', severity: 'warning' }]);
    expect(result.findings[0].message).toContain('tidak memuat 2 angka yang dimuat laporan puskesmas lain. Kelengkapan imunisasi (bulan ini dan kumulatif): IBL.');
  });

  it('does not depend on the order the reports arrive in', () => {
    const reports = [received(1, 'P01'), received(2, 'P02'), received(3, 'P01', 'P01-lama.xlsx', { dibuat: '2026-01-02T08:00:00+07:00' }), received(4, 'P03', 'P03.xlsx', { bulan: 11 })];
    const reference = merged(reports);
    fc.assert(
      fc.property(fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }), (shuffled) => {
        expect(merged(shuffled)).toEqual(reference);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the newest report of a puskesmas sent twice and reports the other', () => {
    const result = merged([received(1, 'P01', 'baru.xlsx', { dibuat: '2026-01-08T09:00:00+07:00' }), received(2, 'P01', 'lama.xlsx', { dibuat: '2026-01-08T08:30:00+07:00' })]);
    expect(result.puskesmas.map((p) => p.file)).toEqual(['baru.xlsx']);
    expect(result.findings).toMatchObject([{ file: 'lama.xlsx', code: 'DUPLICATE_PUSKESMAS', severity: 'warning' }]);
    expect(result.findings[0].message).toMatch(/dipakai yang terbaru \(baru\.xlsx/);
  });

  it('compares stamps as instants across time zones', () => {
    // 09:00 WIT is 07:00 WIB: the WIB report at 08:00 is the newer one.
    const result = merged([received(1, 'P01', 'wit.xlsx', { dibuat: '2026-01-08T09:00:00+09:00' }), received(2, 'P01', 'wib.xlsx', { dibuat: '2026-01-08T08:00:00+07:00' })]);
    expect(result.puskesmas[0].file).toBe('wib.xlsx');
  });

  it('refuses a report of another period', () => {
    const result = merged([received(1, 'P01'), received(2, 'P02', 'nov.xlsx', { bulan: 11 })]);
    expect(result.puskesmas.map((p) => p.kode)).toEqual(['P01']);
    expect(result.findings).toMatchObject([{ file: 'nov.xlsx', code: 'WRONG_PERIOD' }]);
  });

  it('checks the district list: unknown puskesmas refused, missing ones counted as not received', () => {
    const result = merged([received(1, 'P01'), received(2, 'P99', 'asing.xlsx')], [{ kode: 'P01', nama: 'Satu' }, { kode: 'P02', nama: 'Dua' }]);
    expect(result.puskesmas.map((p) => p.kode)).toEqual(['P01']);
    expect(result.findings.map((f) => f.code).sort()).toEqual(['NOT_IN_LIST', 'NOT_RECEIVED']);
    expect(result.expected).toHaveLength(2);
  });

  it('reports a TOTAL that disagrees with its kelurahan rows and uses the kelurahan sum', () => {
    const bad = received(1, 'P01', 'salah.xlsx');
    const total = bad.data.rows.find((r) => r.kodeKelurahan === TOTAL && r.indikator === 'mr1')!;
    const sum = total.nilai;
    total.nilai += 7;
    const result = merged([bad]);
    expect(result.findings).toMatchObject([{ file: 'salah.xlsx', code: 'TOTAL_MISMATCH', severity: 'error' }]);
    expect(result.findings[0].message).toMatch(new RegExp(`mr1: total ${sum + 7}, jumlah kelurahan ${sum}`));
    expect(result.totals.get('mr1')?.nilai).toBe(sum);
  });

  it('is on time up to the 10th of the next month, by stamp or else by the file date', () => {
    expect(reportDeadline(2025, 12)).toBe('2026-01-10');
    expect(reportDeadline(2026, 1)).toBe('2026-02-10');
    const onThe10th = received(1, 'P01', 'a.xlsx', { dibuat: '2026-01-10T23:59:00+07:00' });
    const onThe11th = received(2, 'P02', 'b.xlsx', { dibuat: '2026-01-11T00:01:00+07:00' });
    const noStamp = { ...received(3, 'P03', 'c.xlsx', { dibuat: null }), fileDate: '2026-01-09T16:00:00+07:00' };
    const result = merged([onThe10th, onThe11th, noStamp]);
    expect(result.puskesmas.map((p) => [p.kode, p.onTime, p.datedBy])).toEqual([
      ['P01', true, 'stamp'],
      ['P02', false, 'stamp'],
      ['P03', true, 'file'],
    ]);
  });

  it('a sasaran one report leaves out (an optional column) is never summed as 0: the district coverage is "tidak dapat dihitung", the count stays', () => {
    const without = received(2, 'P02');
    // P02's Sekolah sheet has no Murid Perempuan Kelas 5: its HPV pupils are counted without sasaran.
    without.data = { ...without.data, rows: without.data.rows.map((r) => (r.indikator === 'bias_hpv_k5' ? { ...r, sasaran: null } : r)) };
    const reports = [received(1, 'P01'), without, received(3, 'P03')];
    const result = merged(reports);
    const total = (r: ReceivedReport) => r.data.rows.find((row) => row.kodeKelurahan === TOTAL && row.indikator === 'bias_hpv_k5')!;
    expect(reports.filter((r) => r !== without).every((r) => total(r).sasaran !== null)).toBe(true);
    expect(result.totals.get('bias_hpv_k5')).toEqual({ nilai: reports.reduce((n, r) => n + total(r).nilai, 0), sasaran: null });
    expect(result.sasaranMissing?.get('bias_hpv_k5')).toBe('sasaran tidak dilaporkan oleh Puskesmas P02');
    expect(result.findings.filter((f) => f.code === 'SASARAN_MISSING').map((f) => f.message)).toEqual([expect.stringMatching(/^Cakupan kabupaten\/kota tidak dapat dihitung untuk bias_hpv_k5 \(sasaran tidak dilaporkan oleh Puskesmas P02\)/)]);
    // The district BIAS table: HPV % of the district marked, the others as before.
    const bias = districtSheets(result, { generatedAt: '20-01-2026 08:00 WIB' }).find((s) => s.name === 'BIAS Kabupaten')!;
    const header = bias.values.findIndex((r) => r[0] === 'Puskesmas');
    // Columns by their dose (the labels come from the dose records): "<label> %", "<label>: diimunisasi".
    const col = (dose: RegExp, suffix: string) => bias.values[header].findIndex((h) => typeof h === 'string' && dose.test(h) && h.endsWith(suffix));
    const districtRow = bias.values.find((r) => r[0] === 'JUMLAH KABUPATEN/KOTA')!;
    expect(districtRow[col(/HPV/, ' %')]).toBe('tidak dapat dihitung');
    expect(typeof districtRow[col(/^DT/, ' %')]).toBe('number');
    expect(districtRow[col(/HPV/, ': diimunisasi')]).toBe(result.totals.get('bias_hpv_k5')!.nilai);
  });
});
