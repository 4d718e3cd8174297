import { yearlyBiasReport } from '../../src/app/biasReport';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { SheetSpec, SpecCell } from '../../src/sheets/spec';
import { handmadeBytes } from '../helpers/handmadeWorkbook';
import { expectRows, tableUnder } from '../helpers/tables';

/*
 * Every number below is counted by hand from test/helpers/handmadeWorkbook.ts (report month:
 * March 2025). Antigen columns are in register order:
 * HB0 BCG Polio1 Polio2 Polio3 Polio4 DPT1 DPT2 DPT3 IPV PCV1 PCV2 PCV3 MR1 DPT4 MR2, with the
 * current schedule's IPV 2 (after IPV) and RV 1–3 (after PCV 3) between them: nobody had those.
 */
const result = monthlyReport(readWorkbookBytes(handmadeBytes()), { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00' });
const sheet = (name: string): SheetSpec => result.specs.find((s) => s.name === name)!;
const zeros = (n: number) => Array<number>(n).fill(0);
/** The 16 hand counts HB0 … MR 2 with the IPV 2 and RV 1–3 columns put in their register places. */
const withNew = (counts: SpecCell[], none: SpecCell = 0): SpecCell[] => [...counts.slice(0, 10), none, ...counts.slice(10, 13), none, none, none, ...counts.slice(13)];
const LINE = 0.9 * 3 / 12; // target line of March at 90% a year
// Sasaran: K01 typed 100 (baduta: its 2024 row, 96); K02 blank → 1.75% × 8,000 = 140 (baduta 140).
const K01 = [1, 'K01', 'Kalicacing', 100, 96];
const K02 = [2, 'K02', 'Mangunsari', 140, 140];
const UNLISTED = [3, '?', 'Kelurahan tidak terdaftar', '-', '-'];
const TOTAL = [null, null, 'Jumlah puskesmas', 240, 236];

describe('monthly report of the hand-made workbook, March 2025', () => {
  const lap = sheet('Laporan Imunisasi');

  it('A: register doses of March per kelurahan', () => {
    expectRows(tableUnder(lap, 'A.'), [
      // K01: Anak Satu Polio 3 + DPT 2, Anak Dua Polio 2 + DPT 1.
      [...K01, ...withNew([0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0])],
      // K02: Anak Tiga BCG + Polio 1, Anak Empat MR 1.
      [...K02, ...withNew([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0])],
      [...UNLISTED, ...zeros(20)],
      [...TOTAL, ...withNew([0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0])],
    ]);
  });

  it('B: Imunisasi Luar of March', () => {
    expectRows(tableUnder(lap, 'B.'), [
      [...K01, ...withNew([2, 1, ...zeros(14)])],
      [...K02, ...withNew([...zeros(13), 1, 0, 0])],
      [...UNLISTED, ...zeros(20)],
      [...TOTAL, ...withNew([2, 1, ...zeros(11), 1, 0, 0])],
    ]);
  });

  it('C: cumulative January–March, register + luar (December 2024 and April left out)', () => {
    expectRows(tableUnder(lap, 'C.'), [
      // HB0: Anak Dua (Jan) + luar 2; BCG: Jan, Feb + luar 1; Polio 1: Jan, Feb; Polio 2: Feb, Mar; Polio 3: Mar; DPT 1: Feb, Mar; DPT 2: Mar.
      [...K01, ...withNew([3, 3, 2, 2, 1, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0])],
      // HB0 Feb, BCG Mar, Polio 1 Mar, DPT 1 from RSUD in Feb, MR 1 register + RSUD.
      [...K02, ...withNew([1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0])],
      [...UNLISTED, ...withNew([1, ...zeros(15)])],
      [...TOTAL, ...withNew([5, 4, 3, 2, 1, 0, 3, 1, 0, 0, 0, 0, 0, 2, 0, 0])],
    ]);
  });

  it('D: cumulative coverage of sasaran (baduta antigens against sasaran baduta) and the target line', () => {
    expectRows(tableUnder(lap, 'D.'), [
      [...K01, ...withNew([0.03, 0.03, 0.02, 0.02, 0.01, 0, 0.02, 0.01, 0, 0, 0, 0, 0, 0, 0, 0])],
      [...K02, ...withNew([1 / 140, 1 / 140, 1 / 140, 0, 0, 0, 1 / 140, 0, 0, 0, 0, 0, 0, 2 / 140, 0, 0])],
      [...UNLISTED, ...Array<SpecCell>(20).fill('-')],
      [...TOTAL, ...withNew([5 / 240, 4 / 240, 3 / 240, 2 / 240, 1 / 240, 0, 3 / 240, 1 / 240, 0, 0, 0, 0, 0, 2 / 240, 0, 0])],
      [null, null, 'Garis target Maret', null, null, ...Array<number>(20).fill(LINE)],
    ]);
  });

  /*
   * IDL (DOMAIN.md "Infant schedule"; docs/rules.md §10): HB0, BCG, DPT-HB-Hib 1–3, Polio 1–4,
   * IPV and MR 1, all valid, before the first birthday; dated by the last of them.
   * - Anak Empat (K02, born 01-06-2024): HB0 01-06, BCG and Polio 1 01-07, Polio 2 01-08,
   *   Polio 3 01-09, Polio 4 01-10, DPT 1–3 01-08/01-09/01-10-2024 (each a month apart, ≥ 4
   *   weeks), IPV 01-10-2024, MR 1 01-03-2025 < 01-06-2025 → IDL on 01-03-2025: March, K02.
   * IBL (DPT-HB-Hib 4 and MR 2 before 24 months) and imunisasi rutin lengkap: nobody (no
   *   DPT-HB-Hib 4 or MR 2 in the register), against sasaran baduta.
   * - Anak Satu, Dua, Tiga, Lima lack Polio 4, DPT 3 (by March) and MR 1: no IDL.
   * UCI (IDL cumulative ≥ 80% of sasaran bayi): K01 0/100, K02 1/140 ≈ 0.7% → neither.
   */
  it('E: drop-out, high above 5% and negative when MR 1 outnumbers DPT-HB-Hib 1; IDL and UCI', () => {
    expectRows(tableUnder(lap, 'E.'), [
      // ... DPT1, DPT3, MR1, DO 1→3, ket., DO 1→MR1, ket., IDL bulan ini, kumulatif, %, IBL ×3, rutin lengkap ×3, UCI.
      [1, 'K01', 'Kalicacing', 2, 0, 0, 1, 'Tinggi', 1, 'Tinggi', 0, 0, 0, 0, 0, 0, 0, 0, 0, 'Tidak'],
      [2, 'K02', 'Mangunsari', 1, 0, 2, 1, 'Tinggi', -1, 'Negatif', 1, 1, 1 / 140, 0, 0, 0, 0, 0, 0, 'Tidak'],
      [3, '?', 'Kelurahan tidak terdaftar', 0, 0, 0, '-', '-', '-', '-', 0, 0, '-', 0, 0, '-', 0, 0, '-', '-'],
      [null, null, 'Jumlah puskesmas', 3, 0, 2, 1, 'Tinggi', 1 / 3, 'Tinggi', 1, 1, 1 / 240, 0, 0, 0, 0, 0, 0, '0 desa'],
    ]);
  });

  /*
   * Td/TT (DOMAIN.md "Status T": T2 ≥ 4 weeks = 28 days after T1, T3 ≥ 6 months after T2).
   * - Ibu Hamil (K01): Td 1 10-03-2025, no history → T1 in March: Td1 bumil.
   * - Ibu Hamil Dua (K02): Td 1 10-02-2025 → T1 (February); Td 2 10-03-2025, exactly 28 days
   *   later → T2 in March: T2+ bumil.
   * - Wanita Satu (WUS, K01): Td/TT 1 06-01-2025 → T1 in January; Td/TT 2 27-01-2025 is 21 days
   *   later, too early: recorded (and a DOSE_TOO_CLOSE warning), not counted — WUS T2 stays 0.
   * - Calon Satu (caten, K02): screened T2 on 03-06-2024; Td 03-03-2025 ≥ 03-12-2024 → T3 in March.
   * Sasaran bumil: K01 110; K02 blank → 1.1 × 140 = 154. WUS: K01 2,190; K02 21.9% × 8,000 = 1,752.
   */
  it('F: Td1 and T2+ bumil, WUS and caten by the T status their valid doses reached', () => {
    expectRows(tableUnder(lap, 'F.'), [
      // sasaran bumil, Td1 bulan ini, kumulatif, %, T2+ bulan ini, kumulatif, %, sasaran WUS, WUS T1–T5, caten T1–T5.
      [1, 'K01', 'Kalicacing', 110, 1, 1, 1 / 110, 0, 0, 0, 2190, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [2, 'K02', 'Mangunsari', 154, 0, 1, 1 / 154, 1, 1, 1 / 154, 1752, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
      [3, '?', 'Kelurahan tidak terdaftar', '-', 0, 0, '-', 0, 0, '-', '-', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [null, null, 'Jumlah puskesmas', 264, 1, 2, 2 / 264, 1, 1, 1 / 264, 3942, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0],
    ]);
    const tooClose = result.findings.find((f) => f.code === 'DOSE_TOO_CLOSE');
    expect(tooClose).toMatchObject({ sheet: 'Register WUS', row: 2, column: 'Td/TT 2', severity: 'warning' });
  });

  it('UCI at exactly the threshold counts: K02 with 1 IDL of 140 against a 1/140 threshold', () => {
    const at = monthlyReport(readWorkbookBytes(handmadeBytes()), { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00', settings: { uciThreshold: 1 / 140 } });
    expect(tableUnder(at.specs.find((s) => s.name === 'Laporan Imunisasi')!, 'E.').map((r) => r[19])).toEqual(['Tidak', 'Ya', '-', '1 desa']);
    const uci = at.model.dataLaporan.rows.filter((r) => r.indikator === 'desa_uci').map((r) => [r.kodeKelurahan, r.nilai]);
    expect(uci).toEqual([['K01', 0], ['K02', 1], ['TOTAL', 1]]);
  });

  it('signs with the Kepala Puskesmas and NIP', () => {
    const text = lap.values.flat().filter((c) => typeof c === 'string');
    expect(text).toContain('Salatiga, 10 April 2025');
    expect(text).toContain('Kepala Puskesmas Kalicacing');
    expect(text).toContain('dr. Sri Lestari');
    expect(text).toContain('NIP. 197805122006042011');
  });

  it('PWS HB0: last month, this month, cumulative, target line, desa status and rank', () => {
    expectRows(tableUnder(sheet('PWS Imunisasi'), '1. HB0'), [
      // K01: Feb 0, Mar 2 (luar): rising, below the line → Cukup.
      [1, 'K01', 'Kalicacing', 100, 0, 0, 2, 0.02, 3, 0.03, LINE, 'Cukup', 1],
      // K02: Feb 1, Mar 0: falling, below → Jelek.
      [2, 'K02', 'Mangunsari', 140, 1, 1 / 140, 0, 0, 1, 1 / 140, LINE, 'Jelek', 2],
      [3, '?', 'Kelurahan tidak terdaftar', '-', 0, '-', 0, '-', 1, '-', LINE, '-', '-'],
      [null, null, 'Jumlah puskesmas', 240, 1, 1 / 240, 2, 2 / 240, 5, 5 / 240, LINE, 'Cukup', '-'],
    ]);
  });

  it('PWS T2+ bumil: against sasaran bumil and its own 80% target (0.8 × 3 / 12 = 20%)', () => {
    expectRows(tableUnder(sheet('PWS Imunisasi'), '7. T2+ bumil'), [
      // K01: nothing in February or March: unchanged counts as rising, below the line → Cukup; rank 2.
      [1, 'K01', 'Kalicacing', 110, 0, 0, 0, 0, 0, 0, 0.2, 'Cukup', 2],
      // K02: Ibu Hamil Dua's Td 2 in March: rising, below → Cukup; rank 1.
      [2, 'K02', 'Mangunsari', 154, 0, 0, 1, 1 / 154, 1, 1 / 154, 0.2, 'Cukup', 1],
      [3, '?', 'Kelurahan tidak terdaftar', '-', 0, '-', 0, '-', 0, '-', 0.2, '-', '-'],
      [null, null, 'Jumlah puskesmas', 264, 0, 0, 1, 1 / 264, 1, 1 / 264, 0.2, 'Cukup', '-'],
    ]);
  });

  it('Grafik PWS: the monthly series and the ranked kelurahan with their charts', () => {
    const g = sheet('Grafik PWS');
    const monthly = tableUnder(g, 'A.');
    // HB0 cumulative: Jan 2 (Anak Dua, Anak Lima), Feb 3, Mar 5 — of 240; April on is blank.
    expect(monthly.slice(0, 4).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Januari', 2 / 240, 0.075],
      ['Februari', 3 / 240, 0.15],
      ['Maret', 5 / 240, 0.225],
      ['April', null, 0.3],
    ]);
    // T2+ bumil, the last pair of columns: 0, 0, 1 of 264 against 80% × month / 12.
    expectRows(monthly.slice(0, 4).map((r) => [r[0], r[r.length - 2], r[r.length - 1]]), [
      ['Januari', 0, 0.8 / 12],
      ['Februari', 0, 1.6 / 12],
      ['Maret', 1 / 264, 0.2],
      ['April', null, 3.2 / 12],
    ]);
    // DPT-HB-Hib 1: K01 2/100, K02 1/140 (RSUD); the bar has a block per 2.5% and ┃ at the line (9 blocks in).
    expectRows(tableUnder(g, 'B.'), [
      [1, 'Kalicacing', 0.02, LINE, '█        ┃'],
      [2, 'Mangunsari', 1 / 140, LINE, '         ┃'],
    ]);
    expect(g.charts!.map((c) => [c.kind, c.title])).toEqual([
      ['line', 'Cakupan kumulatif HB0 2025'],
      ['line', 'Cakupan kumulatif BCG 2025'],
      ['line', 'Cakupan kumulatif Polio 4 2025'],
      ['line', 'Cakupan kumulatif DPT-HB-Hib 1 2025'],
      ['line', 'Cakupan kumulatif DPT-HB-Hib 3 2025'],
      ['line', 'Cakupan kumulatif MR 1 2025'],
      ['line', 'Cakupan kumulatif T2+ bumil 2025'],
      ['bar', 'Peringkat kelurahan: cakupan DPT-HB-Hib 1 s.d. Maret 2025'],
    ]);
  });

  it('Pemantauan Vaksin: the thesis stock screen, doses served, IP, wastage and months left', () => {
    const rows = sheet('Pemantauan Vaksin').values.filter((r) => typeof r[0] === 'number');
    expectRows(rows, [
      // BCG 5 + 10 − 7 = 8. March: Anak Tiga + 1 luar = 2 doses / 7 ampoules. Jan–Mar 4 doses / 10 (Feb 3 + Mar 7).
      [1, '01', 'BCG', 20, 5, 10, 7, 0, 8, 8, 0, 1, 1, 2, 2 / 7, 1 - 2 / 7 / 20, 4, 10, 0.4, 4, 1 - 0.4 / 20, 5, 8 / 5],
      // DPT 10 + 20 − 12 = 18. March: DPT 2 of Anak Satu, DPT 1 of Anak Dua. Jan–Mar + Feb DPT 1 and RSUD's DPT 1.
      [2, '02', 'DPT', 5, 10, 20, 12, 0, 18, 18, 0, 2, 0, 2, 2 / 12, 1 - 2 / 12 / 5, 4, 12, 4 / 12, 3.5, 1 - 4 / 12 / 5, 12, 1.5],
      // POLIO 10 + 20 − 14 = 16. March: Polio 3, 2, 1 of three children; Jan–Mar 6.
      [3, '03', 'POLIO', 20, 10, 20, 14, 0, 16, 16, 0, 3, 0, 3, 3 / 14, 1 - 3 / 14 / 20, 6, 14, 6 / 14, 6, 1 - 6 / 14 / 20, 14, 16 / 14],
      // CAMPAK (MR) 5 + 7 − 6 = 6. March: MR 1 register + RSUD; Jan–Mar + MR kelas 1 in February.
      [4, '04', 'CAMPAK', 10, 5, 7, 6, 0, 6, 6, 0, 1, 1, 2, 2 / 6, 1 - 2 / 6 / 10, 3, 6, 0.5, 4, 0.95, 6, 1],
      // HB 7 + 7 − 5 = 9. March: 2 from Bidan Ani; Jan–Mar: Anak Dua, Tiga, Lima + 2.
      [5, '05', 'HB', 1, 7, 7, 5, 0, 9, 9, 0, 0, 2, 2, 0.4, 0.6, 5, 5, 1, 1, 0, 5, 1.8],
      // DT 0 + 0 − 0 = 0: no vial used, so no IP; three DT kelas 1 before March.
      [6, '06', 'DT', 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '-', '-', 3, 0, '-', 8, '-', 0, '-'],
      // TT 5 + 0 − 0 = 5. March: Td 1 of Ibu Hamil, Td 2 of Ibu Hamil Dua, the caten's Td, Td kelas 2
      // and kelas 5 (5). Jan–Mar adds Td 1 of Ibu Hamil Dua (Feb) and both WUS doses (Jan): the
      // one too early for T2 was still given from the stock (8).
      [7, '07', 'TT', 10, 5, 0, 0, 0, 5, 5, 0, 5, 0, 5, '-', '-', 8, 0, '-', 8, '-', 0, '-'],
      [8, '08', 'JE (tidak dikenali)', 1, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', 0, '-', '-', '-', '-', '-'],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['VACCINE_UNKNOWN', 'STOCK_MONTH_MISSING']));
  });

  it('Kebutuhan Vaksin 2026: contacts = sasaran × target, vials = contacts ÷ IP − sisa', () => {
    const need = sheet('Kebutuhan Vaksin');
    const contacts = tableUnder(need, 'A.');
    // Sasaran 2026 falls back to 2025: bayi 240, baduta 236, bumil 110 + 154 = 264; pupils from the schools.
    expect(contacts.filter((r) => r[1] === '07')).toEqual([
      [15, '07', 'TT', 'Td kelas 2 (BIAS)', 'Murid kelas 2', 12, 1, 12],
      [16, '07', 'TT', 'Td kelas 5 (BIAS)', 'Murid kelas 5', 11, 1, 11],
      [17, '07', 'TT', 'Td1 bumil', 'Ibu hamil', 264, 0.9, 238], // 237.6
      [18, '07', 'TT', 'Td2+ bumil', 'Ibu hamil', 264, 0.8, 211], // 211.2
    ]);
    expectRows(tableUnder(need, 'B.'), [
      [1, '01', 'BCG', 216, 0.4, 'terukur', 540, 8, 532],
      // DPT: 3 × 216 (bayi) + 212 (236 baduta × 90% = 212.4); IP 4/12.
      [2, '02', 'DPT', 860, 4 / 12, 'terukur', 2580, 18, 2562],
      [3, '03', 'POLIO', 864, 6 / 14, 'terukur', 2016, 16, 2000],
      // MR 1 216 + MR 2 212 + MR kelas 1 15.
      [4, '04', 'CAMPAK', 443, 0.5, 'terukur', 886, 6, 880],
      [5, '05', 'HB', 216, 1, 'terukur', 216, 9, 207],
      // DT: no vial used yet, so the Kemenkes 2013 reference IP 8.
      [6, '06', 'DT', 15, 8, 'acuan Kemenkes', 2, 0, 2],
      [7, '07', 'TT', 472, 8, 'acuan Kemenkes', 59, 5, 54],
    ]);
  });

  it('Laporan BIAS: per school, the unlisted school, totals and both protection indicators', () => {
    const bias = sheet('Laporan BIAS');
    // Columns: murid K1, DT jml %, MR jml %, murid K2, Td2 jml %, murid K5, Td5 jml %, siswi K5, HPV jml %, jangkauan, perlindungan (Td).
    expectRows(tableUnder(bias, 'A.'), [
      // DT of Murid Empat is in April: not counted.
      [1, 'Kalicacing', 'SD01', 'SD Negeri Kalicacing', 10, 1, 0.1, 1, 0.1, 8, 1, 0.125, 6, 1, 1 / 6, 3, 1, 1 / 3, 0.1, 2 / 14],
      [2, 'Mangunsari', 'SD02', 'SD Negeri Mangunsari', 5, 1, 0.2, 0, 0, 4, 0, 0, 5, 0, 0, 2, 0, 0, 0.2, 0],
      [3, 'Kelurahan tidak terdaftar', '?', 'Sekolah tidak terdaftar', '-', 1, '-', 0, '-', '-', 0, '-', '-', 0, '-', '-', 0, '-', '-', '-'],
      [null, null, null, 'Jumlah puskesmas', 15, 3, 0.2, 1, 1 / 15, 12, 1, 1 / 12, 11, 1, 1 / 11, 5, 1, 0.2, 0.2, 2 / 23],
    ]);
    expect(result.model.bias.total.indicators).toEqual({ jangkauan: 0.2, perlindunganTd: 2 / 23, perlindungan2005: 1 / 25 });
  });

  it('Data Laporan: counts per kelurahan and TOTAL under the contract\'s names, no names or NIK', () => {
    const data = result.model.dataLaporan;
    expect(data).toMatchObject({ format: 'imunisasi-data-laporan', version: 2, kodePuskesmas: 'P3373010', tahun: 2025, bulan: 3, dibuat: '2025-04-10T08:30:00+07:00', jumlahError: 5, tidakDapatDihitung: [] });
    expect(data.kelurahan).toEqual({ K01: 'Kalicacing', K02: 'Mangunsari', '?': 'Kelurahan tidak terdaftar' });
    const find = (kel: string, ind: string) => data.rows.find((r) => r.kodeKelurahan === kel && r.indikator === ind);
    expect(find('K01', 'hb0_kumulatif')).toEqual({ kodeKelurahan: 'K01', indikator: 'hb0_kumulatif', nilai: 3, sasaran: 100 });
    expect(find('K01', 'hb0')).toEqual({ kodeKelurahan: 'K01', indikator: 'hb0', nilai: 2, sasaran: 100 });
    expect(find('?', 'hb0_kumulatif')).toEqual({ kodeKelurahan: '?', indikator: 'hb0_kumulatif', nilai: 1, sasaran: null });
    expect(find('TOTAL', 'dpt4_kumulatif')).toMatchObject({ nilai: 0, sasaran: 236 });
    expect(find('TOTAL', 'mr1_kumulatif')).toMatchObject({ nilai: 2, sasaran: 240 });
    expect([find('K01', 'desa')?.nilai, find('K02', 'desa')?.nilai, find('?', 'desa'), find('TOTAL', 'desa')?.nilai]).toEqual([1, 1, undefined, 2]);
    expect(find('K01', 'bias_dt_k1')).toMatchObject({ nilai: 1, sasaran: 10 });
    expect(find('?', 'bias_dt_k1')).toMatchObject({ nilai: 1, sasaran: null });
    expect(find('TOTAL', 'bias_hpv_k5')).toMatchObject({ nilai: 1, sasaran: 5 });
    // Stock under the programme's codes, whatever the Vaksin sheet calls them ("01" BCG, "07" TT).
    expect(find('TOTAL', 'stok.BCG.akhir')).toMatchObject({ nilai: 8, sasaran: null });
    expect(find('TOTAL', 'stok.TD.awal')).toMatchObject({ nilai: 5 });
    expect(find('TOTAL', 'stok.TD.dosis')).toMatchObject({ nilai: 5 });
    // The status lines (IDL, UCI, Td/TT) as in E and F above.
    expect(find('K02', 'idl')).toEqual({ kodeKelurahan: 'K02', indikator: 'idl', nilai: 1, sasaran: 140 });
    expect(find('TOTAL', 'idl_kumulatif')).toMatchObject({ nilai: 1, sasaran: 240 });
    expect([find('K01', 'desa_uci')?.nilai, find('K02', 'desa_uci')?.nilai, find('?', 'desa_uci'), find('TOTAL', 'desa_uci')?.nilai]).toEqual([0, 0, undefined, 0]);
    expect(find('TOTAL', 'bumil_t1_kumulatif')).toMatchObject({ nilai: 2, sasaran: 264 });
    expect(find('K02', 'bumil_t2plus')).toMatchObject({ nilai: 1, sasaran: 154 });
    expect(find('K01', 'wus_t1_kumulatif')).toMatchObject({ nilai: 1, sasaran: 2190 });
    expect(find('K01', 'wus_t2_kumulatif')).toMatchObject({ nilai: 0, sasaran: 2190 });
    expect(find('K02', 'caten_t3')).toMatchObject({ nilai: 1, sasaran: null });
    expect(find('TOTAL', 'stok.JE.awal')).toBeUndefined();
    const text = JSON.stringify(sheet('Data Laporan').values);
    for (const name of ['Anak Satu', 'Murid Satu', 'Ibu Hamil', 'Wanita Satu', 'Calon Satu']) expect(text).not.toContain(name);
  });

  it('keeps the register rows behind every count', () => {
    const k01 = result.model.immunization.rows[0].lines;
    expect(k01.polio2.kumulatif.rows).toEqual([2, 3]);
    expect(k01.hb0.kumulatif).toMatchObject({ total: 3, luar: 2, rows: [3], luarRows: [2] });
    // The status lines too: the Register Bayi row of the IDL, the Register Bumil row of the T2 dose.
    const k02 = result.model.immunization.rows[1].lines;
    expect([k02.idl.kumulatif.rows, k02.bumil_t2plus.kumulatif.rows, k02.bumil_t1.kumulatif.rows, k02.caten_t3.kumulatif.rows]).toEqual([[5], [3], [3], [2]]);
    const bcg = result.model.stock.lines[0].dosisKumulatif;
    expect(bcg.registers.bayi).toEqual({ count: 3, rows: [2, 3, 4] });
  });
});

describe('yearly Laporan BIAS of the hand-made workbook', () => {
  it('counts the whole year: the April DT of Murid Empat now counts', () => {
    const yearly = yearlyBiasReport(readWorkbookBytes(handmadeBytes()), { year: 2025, today: '2025-12-31', generatedAt: '2025-12-31T09:00:00+07:00' });
    expect(yearly.specs.map((s) => s.name)).toEqual(['Laporan BIAS']);
    expect(yearly.model.total.doses.dtK1.count).toBe(4);
    expect(yearly.model.groups[0].schools[0].doses.dtK1.rows).toEqual([2, 5]);
    expect(yearly.specs[0].values[3][0]).toBe('Periode: Tahun 2025 · Sumber: Register BIAS, Sekolah, Kelurahan · Aturan: Skema Td terkini');
  });
});
