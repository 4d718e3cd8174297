import { monthlyReportFromRegisters } from '../../../src/app/monthlyReport';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { buildDataLaporan } from '../../../src/domain/reports/dataLaporan';
import { biasReport } from '../../../src/domain/reports/bias';
import { immunizationReport } from '../../../src/domain/reports/immunization';
import { kelurahanSasaran } from '../../../src/domain/reports/sasaran';
import { resolveReportSettings } from '../../../src/domain/reports/settings';
import { StatusDose, StatusInput } from '../../../src/domain/reports/statusInput';
import { vaccineStockReport } from '../../../src/domain/reports/vaccineStock';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { handmadeBytes } from '../../helpers/handmadeWorkbook';
import { expectRows, tableUnder } from '../../helpers/tables';

/*
 * The Td/TT and IDL lines count what the status T engine says about each dose (valid, the
 * step it reached) and each infant (IDL date). Persons here are written by hand in the
 * engine's output shape; the hand-made registers give kelurahan, sasaran and Imunisasi Luar.
 */
const read = readRegisters(readWorkbookBytes(handmadeBytes()), { today: '2025-04-10' });
// Imunisasi Luar of K01 in March also reports a Td 2 and a Td 4 to pregnant women.
const registers = { ...read.registers, luar: read.registers.luar.map((l) => (l.row === 2 ? { ...l, counts: { ...l.counts, bumilT2: 1, bumilT4: 1 } } : l)) };
const dose = (date: string, sheet: string, row: number, step: number | null, kelurahan: string, valid = true): StatusDose => ({ date, sheet, row, valid, step, kelurahan });
const woman = (...doses: StatusDose[]): StatusInput => ({ kelurahan: doses[0].kelurahan, rows: doses.map((d) => ({ sheet: d.sheet, row: d.row })), doses, infant: null });
const reached = (date: string | null) => (date ? { reached: true, date } : { reached: false, date: null });
const infant = (kelurahan: string, row: number, idl: string | null, ibl: string | null = null): StatusInput => ({ kelurahan, rows: [{ sheet: 'bayi', row }], doses: [], infant: { idl: reached(idl), ibl: reached(ibl) } });

const persons: StatusInput[] = [
  woman(dose('2025-03-10', 'bumil', 2, 1, 'K01')),
  // A WUS dose to T3 in February; her March dose came too early and does not count.
  woman(dose('2025-02-05', 'wus', 3, 3, 'K02'), dose('2025-03-06', 'wus', 3, null, 'K02', false)),
  woman(dose('2025-03-20', 'bumil', 4, 2, 'K02')),
  woman(dose('2025-01-15', 'caten', 2, 1, 'K01')),
  // A childhood dose of a pupil is history, not a Td/TT line of the report.
  woman(dose('2025-03-01', 'bias', 3, 3, 'K01')),
  infant('K01', 2, '2025-03-15'),
  infant('K02', 4, '2025-02-10'),
  // IBL in March after IDL in December: imunisasi rutin lengkap in March, on the IBL date.
  infant('K02', 5, '2024-12-20', '2025-03-05'),
  // IBL without IDL: IBL only, never rutin lengkap.
  infant('K01', 3, null, '2025-02-01'),
];

function report(uciThreshold: number) {
  const settings = resolveReportSettings({ uciThreshold });
  return immunizationReport(registers, kelurahanSasaran(registers, 2025, settings).list, 2025, 3, settings, persons);
}

describe('Td/TT, IDL and UCI lines from the status engine', () => {
  const r = report(0.8);
  const [k01, k02] = r.rows;

  it('counts valid doses by the step they reached, at their kelurahan, plus Imunisasi Luar', () => {
    expect([k01.lines.bumil_t1.bulanIni.total, k01.lines.bumil_t1.kumulatif.total, k01.lines.bumil_t1.sasaran]).toEqual([1, 1, 110]);
    expect(k01.lines.bumil_t1.bulanIni.rows).toEqual([2]);
    // K01: Td 2 and Td 4 from Imunisasi Luar; K02: the bumil who reached T2.
    expect([k01.lines.bumil_t2plus.bulanIni.total, k01.lines.bumil_t2plus.bulanIni.luar, k02.lines.bumil_t2plus.bulanIni.total]).toEqual([2, 2, 1]);
    expect([k02.lines.wus_t3.bulanIni.total, k02.lines.wus_t3.kumulatif.total, k02.lines.wus_t3.sasaran]).toEqual([0, 1, 1752]);
    expect([k01.lines.caten_t1.kumulatif.total, k01.lines.caten_t1.sasaran, k01.lines.caten_t1.cakupan]).toEqual([1, null, null]);
    expect(r.total.lines.bumil_t2plus.kumulatif.total).toBe(3);
    expect(r.total.lines.bumil_t1.sasaran).toBe(264);
    expect(Object.values(r.total.lines).filter((l) => l.key.startsWith('wus_')).reduce((n, l) => n + l.kumulatif.total, 0)).toBe(1);
  });

  it('counts infants in the month they reached IDL (December 2024 is only "last month" of January)', () => {
    expect([k01.lines.idl.bulanIni.total, k01.lines.idl.kumulatif.total, k01.lines.idl.cakupan]).toEqual([1, 1, 0.01]);
    expect([k02.lines.idl.bulanLalu, k02.lines.idl.kumulatif.total]).toEqual([1, 1]);
    expect(r.total.lines.idl.kumulatif.total).toBe(2);
  });

  it('counts IBL and imunisasi rutin lengkap (IDL and IBL, on the later date) against sasaran baduta', () => {
    expect([k01.lines.ibl.bulanIni.total, k01.lines.ibl.kumulatif.total, k01.lines.irl.kumulatif.total]).toEqual([0, 1, 0]);
    expect([k02.lines.ibl.bulanIni.total, k02.lines.irl.bulanIni.total, k02.lines.irl.kumulatif.total]).toEqual([1, 1, 1]);
    expect(k02.lines.irl.bulanIni.rows).toEqual([5]);
    expect([k01.lines.ibl.sasaranGroup, k01.lines.irl.sasaran]).toEqual(['baduta', k01.sasaran.baduta]);
    expect([r.total.lines.ibl.kumulatif.total, r.total.lines.irl.kumulatif.total]).toEqual([2, 1]);
  });

  it('marks UCI kelurahan against the threshold setting', () => {
    expect([k01.uci, k02.uci, r.uciCount]).toEqual([false, false, 0]);
    const low = report(0.009);
    expect([low.rows[0].uci, low.rows[1].uci, low.uciCount]).toEqual([true, false, 1]); // 1/100 ≥ 0.9%, 1/140 < 0.9%
  });

  it('goes into Data Laporan under the contract names, desa_uci included', () => {
    const low = report(0.009);
    const data = buildDataLaporan({ puskesmas: registers.puskesmas, year: 2025, month: 3, generatedAt: '2025-04-10T08:30:00+07:00', immunization: low, bias: biasReport(registers, 2025, 3, 'td'), stock: vaccineStockReport(registers, 2025, 3) });
    const find = (kel: string, ind: string) => data.rows.find((x) => x.kodeKelurahan === kel && x.indikator === ind);
    expect(find('TOTAL', 'bumil_t2plus_kumulatif')).toEqual({ kodeKelurahan: 'TOTAL', indikator: 'bumil_t2plus_kumulatif', nilai: 3, sasaran: 264 });
    expect(find('K02', 'wus_t3_kumulatif')).toMatchObject({ nilai: 1, sasaran: 1752 });
    expect([find('K01', 'desa_uci')?.nilai, find('K02', 'desa_uci')?.nilai, find('TOTAL', 'desa_uci')?.nilai]).toEqual([1, 0, 1]);
    expect(find('TOTAL', 'idl_kumulatif')).toMatchObject({ nilai: 2, sasaran: 240 });
  });

  it('leaves the lines out without the status engine', () => {
    const settings = resolveReportSettings();
    const without = immunizationReport(registers, kelurahanSasaran(registers, 2025, settings).list, 2025, 3, settings);
    expect([without.withStatus, without.uciCount, 'idl' in without.total.lines, without.rows[0].uci]).toEqual([false, null, false, null]);
  });
});

describe('the report sheets with the status lines', () => {
  const result = monthlyReportFromRegisters(registers, [], { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00', settings: { uciThreshold: 0.009 } }, persons);
  const sheet = (name: string) => result.specs.find((s) => s.name === name)!;

  it('E gains IDL and UCI, IBL and imunisasi rutin lengkap; F lists Td1 and T2+ bumil, WUS and caten by T status', () => {
    const lap = sheet('Laporan Imunisasi');
    const baduta = [96, 140]; // the Kelurahan sheet's sasaran baduta (K01 typed, K02 last year's sasaran bayi)
    expectRows(tableUnder(lap, 'E.').map((r) => r.slice(10)), [
      [1, 1, 0.01, 0, 1, 1 / baduta[0], 0, 0, 0, 'Ya'],
      [0, 1, 1 / 140, 1, 1, 1 / baduta[1], 1, 1, 1 / baduta[1], 'Tidak'],
      [0, 0, '-', 0, 0, '-', 0, 0, '-', '-'],
      [1, 2, 2 / 240, 1, 2, 2 / (baduta[0] + baduta[1]), 1, 1, 1 / (baduta[0] + baduta[1]), '1 desa'],
    ]);
    expect(lap.values.flat().join(' ')).toContain('IDL: bayi yang mendapat HB0, BCG, Polio 1, Polio 2, Polio 3, Polio 4, DPT-HB-Hib 1, DPT-HB-Hib 2, DPT-HB-Hib 3, IPV 1, MR 1 sebelum umur 12 bulan; IBL: anak yang mendapat DPT-HB-Hib 4, MR 2 sebelum umur 24 bulan');
    expectRows(tableUnder(lap, 'F.'), [
      [1, 'K01', 'Kalicacing', 110, 1, 1, 1 / 110, 2, 2, 2 / 110, 2190, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      [2, 'K02', 'Mangunsari', 154, 0, 0, 0, 1, 1, 1 / 154, 1752, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
      [3, '?', 'Kelurahan tidak terdaftar', '-', 0, 0, '-', 0, 0, '-', '-', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [null, null, 'Jumlah puskesmas', 264, 1, 1, 1 / 264, 3, 3, 3 / 264, 3942, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it('PWS and its charts gain T2+ bumil against its 80% target', () => {
    expect(tableUnder(sheet('PWS Imunisasi'), '7. T2+ bumil')[0]).toEqual([1, 'K01', 'Kalicacing', 110, 0, 0, 2, 2 / 110, 2, 2 / 110, 0.8 * 3 / 12, 'Cukup', 1]);
    expect(sheet('Grafik PWS').charts!.map((c) => c.title)).toContain('Cakupan kumulatif T2+ bumil 2025');
  });
});
