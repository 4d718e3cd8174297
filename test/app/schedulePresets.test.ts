import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../src/app/monthlyReport';
import { jadwalReport } from '../../src/app/statusReport';
import { INFANT_DOSES } from '../../src/domain/antigens';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { Cell } from '../../src/domain/raw';
import { inEverySchedule, scheduleDoseKeys } from '../../src/domain/rules/schedules';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { runCli } from '../helpers/cli';
import { HANDMADE } from '../helpers/handmadeWorkbook';
import { tableUnder } from '../helpers/tables';

/*
 * Issue 12 item 2: the Jadwal Imunisasi of the Puskesmas sheet (or the run's argument) decides
 * which infant doses the workbook must have and the reports show. An older register without
 * the columns of the newer antigens (PCV, RV, IPV 2) stays valid under "Permenkes 12/2017"; under
 * "Kemenkes terkini" each missing column is an error naming the sheet, the column and both
 * fixes, and its figures read "tidak dapat dihitung" — never 0. Real xlsx in (SheetJS) and out
 * (the report writer), read back.
 */
const NEW = INFANT_DOSES.filter((d) => !inEverySchedule(d.key));
const NEW_HEADERS = new Set(NEW.map((d) => d.header));

/** The hand-made workbook as a register made before the newer antigens: their columns left out. */
function olderRegister(jadwal: string | null): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(HANDMADE)) {
    let out: Cell[][] = rows;
    if (name === 'Register Bayi' || name === 'Imunisasi Luar') {
      const keep = rows[0].map((h, i) => (NEW_HEADERS.has(String(h)) ? -1 : i)).filter((i) => i >= 0);
      out = rows.map((r) => keep.map((i) => r[i] ?? null));
    }
    if (name === 'Puskesmas' && jadwal !== null) out = [...rows, ['Jadwal Imunisasi', jadwal]];
    // A PCV vaccine on the Vaksin sheet: planned only where the schedule gives PCV.
    if (name === 'Vaksin') out = [...rows, ['09', 'PCV', 'vial', 4]];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(out), name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

const options = { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00' } as const;

async function dataLaporanOf(specs: Parameters<typeof writeWorkbook>[0]) {
  const back = readDataLaporan(readWorkbookBytes(await writeWorkbook(specs)).sheets.find((s) => s.name === 'Data Laporan')!);
  if (!back.ok) throw new Error(JSON.stringify(back.findings));
  return back.data;
}

describe('schedule presets (Jadwal Imunisasi)', () => {
  it('the newer antigens are the ones only "Kemenkes terkini" gives', () => {
    expect(NEW.map((d) => d.key)).toEqual(expect.arrayContaining(['pcv1', 'pcv2', 'pcv3']));
    for (const d of NEW) expect([d.key, scheduleDoseKeys('kemenkes2023').includes(d.key), scheduleDoseKeys('permenkes2017').includes(d.key)]).toEqual([d.key, true, false]);
  });

  it('an older register is valid under "Permenkes 12/2017": no finding about the columns, no line of the newer antigens anywhere', async () => {
    const result = monthlyReport(readWorkbookBytes(olderRegister('Permenkes 12/2017')), options);
    expect(result.findings.filter((f) => f.code === 'COLUMN_MISSING' || f.code === 'HEADER_NEAR_MISS')).toEqual([]);
    const keys = result.model.immunization.keys;
    for (const d of NEW) expect(keys).not.toContain(d.key);
    const data = await dataLaporanOf(result.specs);
    expect(data.rows.filter((r) => NEW.some((d) => r.indikator.startsWith(d.key)))).toEqual([]);
    expect(data.tidakDapatDihitung.filter((r) => NEW.some((d) => r.indikator.startsWith(d.key)))).toEqual([]);
    const lap = result.specs.find((s) => s.name === 'Laporan Imunisasi')!;
    expect(lap.values.flat().filter((c) => NEW_HEADERS.has(String(c)))).toEqual([]);
    const need = result.specs.find((s) => s.name === 'Kebutuhan Vaksin')!;
    expect(need.values.flat().filter((c) => typeof c === 'string' && NEW.some((d) => c.startsWith(d.header)))).toEqual([]);
    // The baseline antigens are all still there.
    expect(keys.filter((k) => INFANT_DOSES.some((d) => d.key === k))).toEqual(scheduleDoseKeys('permenkes2017'));
  });

  it('under "Kemenkes terkini" (the blank cell) each missing column is an error saying how to fix it, and its figures are not computable', async () => {
    const result = monthlyReport(readWorkbookBytes(olderRegister(null)), options);
    const missing = result.findings.filter((f) => f.code === 'COLUMN_MISSING');
    expect(missing.map((f) => `${f.sheet}|${f.column}|${f.severity}`).sort()).toEqual(NEW.flatMap((d) => [`Register Bayi|${d.header}|error`, `Imunisasi Luar|${d.header}|error`]).sort());
    const first = missing.find((f) => f.sheet === 'Register Bayi')!;
    expect(first.message).toMatch(new RegExp(`^Register Bayi: kolom "${first.column}" tidak ada, padahal Jadwal Imunisasi "Kemenkes terkini" \\(sheet Puskesmas\\) memuatnya; .*Tambahkan kolom dengan judul "${first.column}" di baris judul, atau pilih Jadwal Imunisasi "Permenkes 12/2017" di sheet Puskesmas`));
    const data = await dataLaporanOf(result.specs);
    for (const d of NEW) {
      expect(data.rows.filter((r) => r.indikator === d.key || r.indikator === `${d.key}_kumulatif`)).toEqual([]);
      expect(data.tidakDapatDihitung.find((r) => r.kodeKelurahan === 'TOTAL' && r.indikator === `${d.key}_kumulatif`)?.alasan).toMatch(new RegExp(`kolom "${d.header}" tidak ada`));
    }
    // On the sheet: the column is there, and its cells say so instead of 0.
    const lap = result.specs.find((s) => s.name === 'Laporan Imunisasi')!;
    const section = lap.values.findIndex((r) => String(r[0]).startsWith('C.'));
    const col = lap.values.slice(section).find((r) => r.includes(NEW[0].header))!.indexOf(NEW[0].header);
    expect(col).toBeGreaterThan(0);
    const rows = tableUnder(lap, 'C.');
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r[col]).toBe('tidak dapat dihitung');
    const need = result.specs.find((s) => s.name === 'Kebutuhan Vaksin')!;
    expect(need.values.flat()).toContain('PCV 1');
  });

  it('the run\'s choice stands for the cell (CLI --jadwal, as the pane and the page pass it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jadwal-'));
    const file = join(dir, 'lama.xlsx');
    writeFileSync(file, olderRegister('Kemenkes terkini'));
    const cell = await runCli(['periksa', file, '--json', '--tanggal', '2025-04-10']);
    expect((JSON.parse(cell.out) as { code: string }[]).filter((f) => f.code === 'COLUMN_MISSING')).toHaveLength(2 * NEW.length);
    const chosen = await runCli(['periksa', file, '--json', '--tanggal', '2025-04-10', '--jadwal', 'Permenkes 12/2017']);
    expect((JSON.parse(chosen.out) as { code: string }[]).filter((f) => f.code === 'COLUMN_MISSING')).toEqual([]);
    const out = join(dir, 'laporan.xlsx');
    const laporan = await runCli(['laporan', file, '--bulan', '2025-03', '--tanggal', '2025-04-10', '--jadwal', 'permenkes 12/2017', '-o', out]);
    expect(laporan.err).not.toMatch(/COLUMN_MISSING/);
    const back = readDataLaporan(readWorkbookBytes(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === 'Data Laporan')!);
    if (!back.ok) throw new Error('no Data Laporan');
    expect(back.data.rows.some((r) => NEW.some((d) => r.indikator.startsWith(d.key)))).toBe(false);
    const wrong = await runCli(['periksa', file, '--jadwal', '2015']);
    expect([wrong.code, wrong.err]).toEqual([2, expect.stringContaining('--jadwal "2015" tidak dikenal')]);
  });

  it('the due list gives only the schedule\'s doses', () => {
    const workbook = (jadwal: string | null) => readWorkbookBytes(olderRegister(jadwal));
    const doses = (jadwal: string | null, schedule?: 'permenkes2017') => new Set(jadwalReport(workbook(jadwal), { today: '2025-04-10', month: { year: 2025, month: 4 }, generatedAt: '10-04-2025 08:30 WIB', ...(schedule ? { schedule } : {}) }).due.map((e) => e.dose));
    const older = doses('Permenkes 12/2017');
    for (const d of NEW) expect(older.has(d.header)).toBe(false);
    expect(doses(null, 'permenkes2017')).toEqual(older);
    expect([...doses(null)].some((dose) => NEW_HEADERS.has(dose))).toBe(true);
  });
});
