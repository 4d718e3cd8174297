import { readFileSync } from 'node:fs';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { dosesOf } from '../../src/domain/programme/doseIndex';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { Counts, recountWorkbook } from '../helpers/recount';
import { tableUnder } from '../helpers/tables';

/*
 * Every Data Laporan number of the generated sample (templates/contoh-puskesmas.xlsx) equals
 * the independent recount of test/helpers/recount.ts. The report's numbers are read back from
 * the written xlsx, so the sheet is checked too.
 */
// The coverage table's columns: the current schedule's infant doses in register order (the sample follows it).
const INFANT = dosesOf('bayi').filter((d) => d.presets.includes('kemenkes2023')).map((d) => d.key);

describe('the report agrees with an independent recount of the generated sample', () => {
  const bytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
  const workbook = readWorkbookBytes(bytes);
  const today = '2026-01-05';

  it.each([12, 6, 1])('month %i of 2025: every Data Laporan number, read back from the written file', async (month) => {
    const result = monthlyReport(workbook, { year: 2025, month, today, generatedAt: '2026-01-05T10:15:00+07:00' });
    const written = readWorkbookBytes(await writeWorkbook(result.specs));
    const back = readDataLaporan(written.sheets.find((s) => s.name === 'Data Laporan')!);
    if (!back.ok) throw new Error(JSON.stringify(back.findings));
    const reported: Counts = new Map(back.data.rows.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, { nilai: r.nilai, sasaran: r.sasaran }]));
    const expected = recountWorkbook(workbook, { year: 2025, month, today, uciThreshold: DEFAULT_TARGETS.uciThreshold });
    expect(reported.size).toBe(back.data.rows.length);
    expect(Object.fromEntries([...reported].sort())).toEqual(Object.fromEntries([...expected].sort()));
    // 5 kelurahan + TOTAL × (22 antigens, IDL, 12 Td/TT lines) × (month, cumulative), then desa, BIAS, stock.
    expect(expected.size).toBeGreaterThan(6 * 29 * 2);
    // The status lines are not all zero by mid-year: infants reach IDL, women reach T steps.
    if (month >= 6) {
      for (const name of ['idl_kumulatif', 'bumil_t1_kumulatif', 'bumil_t2plus_kumulatif', 'wus_t1_kumulatif', 'caten_t2_kumulatif']) expect([name, expected.get(`TOTAL|${name}`)!.nilai > 0]).toEqual([name, true]);
    }
    // The coverage table of the Laporan Imunisasi sheet: the recounted cumulative ÷ sasaran.
    const coverage = tableUnder(result.specs.find((s) => s.name === 'Laporan Imunisasi')!, 'D.').filter((r) => r.length > 5 && r[2] !== null && String(r[2]).indexOf('Garis') < 0);
    expect(coverage).toHaveLength(6);
    for (const row of coverage) {
      const kel = row[1] === null ? 'TOTAL' : String(row[1]);
      INFANT.forEach((key, i) => {
        const c = expected.get(`${kel}|${key}_kumulatif`)!;
        expect([kel, key, row[5 + i]]).toEqual([kel, key, c.nilai / c.sasaran!]);
      });
    }
  });

  // The invariant holds under each Jadwal Imunisasi: IDL (with IPV), IBL, rutin lengkap and every
  // dose line equal the recount over the register rows, and only the schedule's antigens appear.
  it.each(['permenkes2017', 'kemenkes2023'] as const)('under Jadwal Imunisasi %s, every Data Laporan number of December equals the recount', async (schedule) => {
    const result = monthlyReport(workbook, { year: 2025, month: 12, today, generatedAt: '2026-01-05T10:15:00+07:00', schedule });
    const back = readDataLaporan(readWorkbookBytes(await writeWorkbook(result.specs)).sheets.find((s) => s.name === 'Data Laporan')!);
    if (!back.ok) throw new Error(JSON.stringify(back.findings));
    const reported: Counts = new Map(back.data.rows.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, { nilai: r.nilai, sasaran: r.sasaran }]));
    const expected = recountWorkbook(workbook, { year: 2025, month: 12, today, uciThreshold: DEFAULT_TARGETS.uciThreshold, schedule });
    expect(Object.fromEntries([...reported].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(reported.has('TOTAL|pcv1_kumulatif')).toBe(schedule === 'kemenkes2023');
    expect(reported.has('TOTAL|rv3_kumulatif')).toBe(schedule === 'kemenkes2023');
    expect(reported.has('TOTAL|ipv2_kumulatif')).toBe(schedule === 'kemenkes2023');
    for (const name of ['idl_kumulatif', 'ibl_kumulatif', 'irl_kumulatif']) expect([name, expected.get(`TOTAL|${name}`)!.nilai > 0]).toEqual([name, true]);
  });
});
