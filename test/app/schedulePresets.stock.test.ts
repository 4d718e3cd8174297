import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { monthlyReport, MonthlyReportResult } from '../../src/app/monthlyReport';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { DataLaporan, TOTAL } from '../../src/domain/dataLaporan/types';
import { DistrictMerge } from '../../src/domain/merge/districtMerge';
import { dosesOf } from '../../src/domain/programme/doseIndex';
import { VACCINES } from '../../src/domain/programme/vaccines';
import { RawWorkbook } from '../../src/domain/raw';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { inEverySchedule } from '../../src/domain/rules/schedules';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { districtSheets } from '../../src/sheets/district/districtSheets';

/*
 * Issue 12 item 2, "reports show a new antigen only where the preset has it", for Kualitas Data,
 * Pemantauan Vaksin, Kebutuhan Vaksin, Data Laporan and the district merge. The generated sample
 * (templates/contoh-puskesmas.xlsx: every antigen given, RV and PCV in stock) is opened with
 * SheetJS, its Jadwal Imunisasi cell set to each preset, and two anomalies of the newer antigens
 * added: RV vials used in December cut to 1 (an impossible IP) and 60 PCV 1 doses from a
 * hospital in June (a monthly outlier). Under "Kemenkes terkini" Kualitas Data finds both; under
 * "Permenkes 12/2017" those doses are not the schedule's, so nothing about them is checked or
 * reported, and the stock of RV and PCV is shown without doses, IP or need — said in notes, and
 * "tidak dilaporkan" at Dinkes rather than 0.
 */
const INFANT_DOSES = dosesOf('bayi');
const NEW = INFANT_DOSES.filter((d) => !inEverySchedule(d.key));
const NEW_HEADERS = NEW.map((d) => d.header);
const NEW_VACCINES = VACCINES.filter((v) => NEW.some((d) => d.vaccine === v.key) && INFANT_DOSES.every((d) => d.vaccine !== v.key || !inEverySchedule(d.key)));
const today = '2026-01-05';
const options = { year: 2025, month: 12, today, generatedAt: '2026-01-05T10:15:00+07:00' } as const;

const SAMPLE = readFileSync('templates/contoh-puskesmas.xlsx');

/** The header row (0-based) of a sheet and the column of each header. */
function headerOf(ws: XLSX.WorkSheet, first: string): { row: number; col: (h: string) => number } {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, blankrows: true });
  const row = rows.findIndex((r) => r[0] === first);
  return { row, col: (h) => (rows[row] as unknown[]).indexOf(h) };
}

/** The sample as a workbook on `jadwal`, with the RV and PCV anomalies; `noNewStock` drops the Stok Vaksin rows of RV and PCV. */
function sample(jadwal: string, noNewStock = false): Uint8Array {
  const wb = XLSX.read(SAMPLE, { type: 'buffer', cellDates: false });
  const pusk = wb.Sheets.Puskesmas;
  const jadwalRow = XLSX.utils.sheet_to_json<unknown[]>(pusk, { header: 1, blankrows: true }).findIndex((r) => r[0] === 'Jadwal Imunisasi');
  pusk[XLSX.utils.encode_cell({ r: jadwalRow, c: 1 })] = { t: 's', v: jadwal };

  const stok = wb.Sheets['Stok Vaksin'];
  const h = headerOf(stok, 'Tahun');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(stok, { header: 1, raw: true, blankrows: true });
  const at = (r: number, header: string) => stok[XLSX.utils.encode_cell({ r, c: h.col(header) })] as XLSX.CellObject;
  const rv = rows.findIndex((r) => r[0] === 2025 && r[1] === 12 && r[2] === 'RV');
  // One vial for the month's RV doses, the balance kept.
  const used = at(rv, 'Dipakai').v as number;
  at(rv, 'Dipakai').v = 1;
  at(rv, 'Stok Akhir').v = (at(rv, 'Stok Akhir').v as number) + used - 1;
  if (noNewStock) {
    const kept = rows.filter((r, i) => i <= h.row || !NEW_VACCINES.some((v) => v.code === r[2]));
    wb.Sheets['Stok Vaksin'] = XLSX.utils.aoa_to_sheet(kept);
  }

  const luar = wb.Sheets['Imunisasi Luar'];
  const l = headerOf(luar, 'Tahun');
  const width = (XLSX.utils.sheet_to_json<unknown[]>(luar, { header: 1 })[l.row] as unknown[]).length;
  const extra: unknown[] = Array.from({ length: width }, () => 0);
  Object.assign(extra, { [l.col('Tahun')]: 2025, [l.col('Bulan')]: 6, [l.col('Kode Kelurahan')]: 'K01', [l.col('Fasilitas')]: 'RS Swasta', [l.col('PCV 1')]: 60 });
  XLSX.utils.sheet_add_aoa(luar, [extra], { origin: -1 });
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

const reports = new Map<string, { workbook: RawWorkbook; result: MonthlyReportResult }>();
function report(jadwal: string, noNewStock = false) {
  const key = `${jadwal}|${noNewStock}`;
  let found = reports.get(key);
  if (!found) {
    const workbook = readWorkbookBytes(sample(jadwal, noNewStock));
    found = { workbook, result: monthlyReport(workbook, options) };
    reports.set(key, found);
  }
  return found;
}

const sheet = (result: MonthlyReportResult, name: string) => result.specs.find((s) => s.name === name)!;
const text = (result: MonthlyReportResult, name: string) => sheet(result, name).values.flat().filter((c): c is string => typeof c === 'string');
const rowOf = (result: MonthlyReportResult, name: string, code: string) => sheet(result, name).values.find((r) => r[1] === code);

async function dataLaporan(result: MonthlyReportResult): Promise<DataLaporan> {
  const back = readDataLaporan(readWorkbookBytes(await writeWorkbook(result.specs)).sheets.find((s) => s.name === 'Data Laporan')!);
  if (!back.ok) throw new Error(JSON.stringify(back.findings));
  return back.data;
}
const totalOf = (data: DataLaporan, name: string) => data.rows.find((r) => r.kodeKelurahan === TOTAL && r.indikator === name)?.nilai;

/** Whether a text names a newer antigen or its vaccine ("RV 1", "PCV (pneumokokus)", "Rotavirus (RV)"). */
const namesNew = (s: string) => NEW_HEADERS.some((h) => new RegExp(`\\b${h}\\b`).test(s)) || NEW_VACCINES.some((v) => s.includes(v.label));

describe('Kualitas Data follows the Jadwal Imunisasi', () => {
  it('the newer antigens are RV, PCV and IPV 2, and RV and PCV vaccines serve no other dose', () => {
    expect(NEW.map((d) => d.key).sort()).toEqual(['ipv2', 'pcv1', 'pcv2', 'pcv3', 'rv1', 'rv2', 'rv3']);
    expect(NEW_VACCINES.map((v) => v.code).sort()).toEqual(['PCV', 'RV']);
  });

  it('under "Kemenkes terkini" it checks RV and PCV: the impossible RV IP and the PCV 1 outlier are found', () => {
    const { quality } = report('Kemenkes terkini').result.model;
    const rv = VACCINES.find((v) => v.code === 'RV')!;
    expect(quality.findings.filter((f) => f.kind === 'ip_mustahil' && f.subject.includes(rv.label)).length).toBeGreaterThan(0);
    expect(quality.findings.some((f) => f.kind === 'pencilan_bulanan' && f.subject.startsWith('PCV 1, Juni 2025'))).toBe(true);
    expect(quality.notes ?? []).toEqual([]);
  });

  it('under "Permenkes 12/2017" nothing of RV, PCV or IPV 2 is checked or reported, and the sheet says why', () => {
    const { result } = report('Permenkes 12/2017');
    const { quality } = result.model;
    expect(quality.findings.filter((f) => [f.subject, f.figures, f.message, f.look].some(namesNew))).toEqual([]);
    // The other checks still run on the schedule's own doses.
    expect(quality.checks.every((c) => c.kind === 'beda_tahun_lalu' || c.ran)).toBe(true);
    const notes = text(result, 'Kualitas Data').filter((s) => s.startsWith('Dosis bayi yang diperiksa'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Jadwal Imunisasi "Permenkes 12/2017" (sheet Puskesmas)');
    for (const h of NEW_HEADERS) expect(notes[0]).toContain(h);
    // The note is the only mention on the sheet.
    expect(text(result, 'Kualitas Data').filter(namesNew)).toEqual(notes);
  });
});

describe('Pemantauan Vaksin and Kebutuhan Vaksin follow the Jadwal Imunisasi', () => {
  it('under "Permenkes 12/2017" RV and PCV in stock show their stock movement, not doses, IP, wastage or need, and a note says so', () => {
    const { result } = report('Permenkes 12/2017');
    for (const v of NEW_VACCINES) {
      const row = rowOf(result, 'Pemantauan Vaksin', v.code)!;
      const stockRow = result.model.stock.lines.find((l) => l.kode === v.code)!.stock!;
      // Stok awal … stok akhir as the Stok Vaksin row has them; dosis, IP, wastage: not computed.
      expect(row.slice(4, 9)).toEqual([stockRow.stokAwal, stockRow.diterima, stockRow.dipakai, stockRow.rusak ?? 0, stockRow.stokAkhir]);
      expect(row.slice(11, 17)).toEqual(Array(6).fill('di luar jadwal'));
      expect(row[18]).toBe('di luar jadwal');
      const need = sheet(result, 'Kebutuhan Vaksin').values.filter((r) => r[1] === v.code);
      // No contact line (section A); one need line (B) with only the stock left.
      expect(need).toHaveLength(1);
      expect(need[0].slice(3)).toEqual(['di luar jadwal', 'di luar jadwal', '-', 'di luar jadwal', stockRow.stokAkhir, 'di luar jadwal']);
    }
    const stockNote = text(result, 'Pemantauan Vaksin').find((s) => s.includes('tidak memuat vaksin ini'))!;
    expect(stockNote).toMatch(/^PCV \(pneumokokus\) \(PCV\), Rotavirus \(RV, tetes\) \(RV\): Jadwal Imunisasi "Permenkes 12\/2017" \(sheet Puskesmas\) tidak memuat vaksin ini\. .*dosis, IP, wastage dan kebutuhannya tidak dihitung .*pilih Jadwal Imunisasi "Kemenkes terkini" di sheet Puskesmas\.$/);
    expect(text(result, 'Kebutuhan Vaksin').some((s) => s.includes('tidak direncanakan karena Jadwal Imunisasi "Permenkes 12/2017"'))).toBe(true);
  });

  it('under "Permenkes 12/2017" IPV counts IPV 1 doses only, and the IPV 2 doses recorded are named in a note', async () => {
    const permenkes = report('Permenkes 12/2017');
    const kemenkes = report('Kemenkes terkini');
    // IPV 2 doses of December and of the year, counted from the registers here (register + Imunisasi Luar).
    const { registers } = readRegisters(permenkes.workbook, { today });
    const ipv2 = (from: number) =>
      registers.bayi.filter((b) => b.doses.ipv2 && b.doses.ipv2 >= `2025-${String(from).padStart(2, '0')}-01` && b.doses.ipv2 <= '2025-12-31').length +
      registers.luar.filter((l) => l.tahun === 2025 && l.bulan !== null && l.bulan >= from).reduce((n, l) => n + (l.counts.ipv2 ?? 0), 0);
    expect(ipv2(1)).toBeGreaterThan(0);
    const [p, k] = [await dataLaporan(permenkes.result), await dataLaporan(kemenkes.result)];
    expect(totalOf(p, 'stok.IPV.dosis')).toBe(totalOf(k, 'stok.IPV.dosis')! - ipv2(12));
    expect(text(permenkes.result, 'Pemantauan Vaksin').some((s) => s.includes(`IPV 2 ${ipv2(1)} dosis (vaksin IPV (polio suntik))`))).toBe(true);
    expect(text(kemenkes.result, 'Pemantauan Vaksin').some((s) => s.includes('tidak dihitung dalam dosis dan IP'))).toBe(false);
  });

  it('under "Kemenkes terkini" RV and PCV have doses, IP and a need like every vaccine', () => {
    const { result } = report('Kemenkes terkini');
    for (const v of NEW_VACCINES) {
      const row = rowOf(result, 'Pemantauan Vaksin', v.code)!;
      expect(typeof row[13]).toBe('number');
      const need = sheet(result, 'Kebutuhan Vaksin').values.filter((r) => r[1] === v.code);
      expect(need.length).toBeGreaterThan(1);
      expect(typeof need[need.length - 1][8]).toBe('number');
    }
    expect(text(result, 'Pemantauan Vaksin').some((s) => s.includes('tidak memuat vaksin ini'))).toBe(false);
  });

  it('under "Permenkes 12/2017" a vaccine without stock rows (the template\'s Vaksin row only) is not on the report at all', async () => {
    const { result } = report('Permenkes 12/2017', true);
    for (const v of NEW_VACCINES) {
      expect(rowOf(result, 'Pemantauan Vaksin', v.code)).toBeUndefined();
      expect(sheet(result, 'Kebutuhan Vaksin').values.some((r) => r[1] === v.code)).toBe(false);
      expect(result.findings.filter((f) => f.code === 'STOCK_MONTH_MISSING' && f.message.includes(` ${v.code} `))).toEqual([]);
    }
    const data = await dataLaporan(result);
    expect(data.rows.filter((r) => NEW_VACCINES.some((v) => r.indikator.startsWith(`stok.${v.code}.`)))).toEqual([]);
  });
});

describe('Data Laporan and the district merge: doses not counted are not reported, never 0', () => {
  it('a Permenkes 12/2017 report carries RV and PCV stock without their doses; at Dinkes they read "tidak dilaporkan"', async () => {
    const p = await dataLaporan(report('Permenkes 12/2017').result);
    const k = await dataLaporan(report('Kemenkes terkini').result);
    for (const v of NEW_VACCINES) {
      expect([v.code, totalOf(p, `stok.${v.code}.akhir`) !== undefined, totalOf(p, `stok.${v.code}.dosis`)]).toEqual([v.code, true, undefined]);
      expect(totalOf(k, `stok.${v.code}.dosis`)).toBeGreaterThan(0);
    }
    const merge = new DistrictMerge({ tahun: 2025, bulan: 12 });
    merge.add({ file: 'lama.xlsx', fileDate: '2026-01-06T08:00:00+07:00', data: { ...p, kodePuskesmas: 'P01', namaPuskesmas: 'Lama' } });
    merge.add({ file: 'baru.xlsx', fileDate: '2026-01-06T08:00:00+07:00', data: { ...k, kodePuskesmas: 'P02', namaPuskesmas: 'Baru' } });
    const result = merge.result();
    const lama = result.puskesmas.find((x) => x.kode === 'P01')!;
    expect([...lama.notReported!].filter((n) => n.startsWith('stok.'))).toEqual(NEW_VACCINES.map((v) => `stok.${v.code}.dosis`).sort());
    for (const v of NEW_VACCINES) {
      expect(result.totals.has(`stok.${v.code}.dosis`)).toBe(false);
      expect(result.notReported!.get(`stok.${v.code}.dosis`)).toBe('tidak dilaporkan oleh Lama');
      // The stock itself is summed over both.
      expect(result.totals.get(`stok.${v.code}.akhir`)?.nilai).toBe(totalOf(p, `stok.${v.code}.akhir`)! + totalOf(k, `stok.${v.code}.akhir`)!);
    }
    expect(result.findings.filter((f) => f.code === 'NOT_REPORTED').map((f) => f.file)).toEqual(['lama.xlsx']);
    const stock = districtSheets(result, { generatedAt: '06-01-2026 08:00 WIB' }).find((s) => s.values.some((r) => r[0] === 'Lama' && r[1] === 'RV'))!;
    const rv = stock.values.find((r) => r[0] === 'Lama' && r[1] === 'RV')!;
    // Dosis diberikan and IP: not reported; the stock columns are the report's.
    expect(rv.slice(-2)).toEqual(['tidak dilaporkan', 'tidak dilaporkan']);
    expect(rv[6]).toBe(totalOf(p, 'stok.RV.akhir'));
  });
});
