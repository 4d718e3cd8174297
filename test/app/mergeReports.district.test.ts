import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { mergeReports, MergeSource } from '../../src/app/mergeReports';
import { monthlyReport } from '../../src/app/monthlyReport';
import { TOTAL } from '../../src/domain/dataLaporan/types';
import { DistrictResult, IndicatorValue } from '../../src/domain/merge/types';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { formatStampId } from '../../src/domain/reports/stamp';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample, SampleWorkbook } from '../../src/sample/generateSample';
import { Random } from '../../src/sample/random';
import { sampleAsOf } from '../../src/sample/asOf';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { columnLetter } from '../../src/sheets/a1';
import { TABLE_HEADER_ROW } from '../../src/sheets/reportTable';
import { SheetSpec } from '../../src/sheets/spec';
import { recountWorkbook } from '../helpers/recount';

/*
 * Issue 6: a district of 12 generated puskesmas (each its own seed and Kode Puskesmas). Six
 * send the monthly report made by the laporan use case — three as the report sheets alone,
 * three as the register workbook with the report added, as `imunisasi laporan` writes them —
 * and six send their full register workbook. They are merged for December 2025 together with
 * one file of every bad kind. Every district number must equal the recount of the 12 register
 * workbooks (test/helpers/recount.ts), whatever the order of the files.
 * (test/domain/merge/districtMerge.test.ts and test/cli/gabung.test.ts test each rule alone.)
 */
const YEAR = 2025;
const MONTH = 12;
/** The day the puskesmas make their reports, and the day Dinkes merges. */
const REPORT_DAY = '2026-01-05';
const MERGE_DAY = '2026-01-15';
const NAMES = ['Sidorejo Lor', 'Cebongan', 'Kalicacing', 'Mangunsari', 'Tegalrejo', 'Kauman Kidul', 'Sidorejo Kidul', 'Tingkir', 'Sidomulyo', 'Argomulyo', 'Bancaan', 'Kecandran'];
const kodeOf = (i: number) => `P33730${String(i + 1).padStart(2, '0')}`;
// The six reports are stamped 04-01 … 09-01-2026 at 09:00 WIB; the deadline is 10-01-2026.
const stamp = (i: number) => `2026-01-${String(4 + i).padStart(2, '0')}T09:00:00+07:00`;
// Register workbooks carry no stamp: dated by their file, 03-01, 05-01 … 13-01-2026.
const fileDate = (i: number) => `2026-01-${String(3 + 2 * (i - 6)).padStart(2, '0')}T16:00:00+07:00`;

interface Puskesmas {
  kode: string;
  nama: string;
  registers: Uint8Array;
  /** The December TOTAL rows recounted from the register workbook. */
  expected: Map<string, IndicatorValue>;
  /** When it counts as received: the report's stamp, else the file's date. */
  dated: string;
}

const period = { tahun: YEAR, bulan: MONTH };
/** Infant doses of December in puskesmas 2's early report (registers of 20-12-2025). */
const DECEMBER_DOSES = ['hb0', 'bcg', 'polio1', 'polio2', 'polio3', 'polio4', 'dpt1', 'dpt2', 'dpt3', 'ipv', 'mr1'];
let earlyDoses = 0;
const options = (generatedAt: string, today = REPORT_DAY, month = MONTH) => ({ year: YEAR, month, today, generatedAt });

/** A report as `imunisasi laporan` writes it: the report sheets alone, or added to the registers. */
async function reportFile(registers: Uint8Array, specs: SheetSpec[], alone: boolean): Promise<Uint8Array> {
  return alone ? writeWorkbook(specs) : (await addSheetsToWorkbook(registers, specs)).bytes;
}


/** A report's specs with its Data Laporan sheet replaced by one made from edited data. */
function withData(specs: SheetSpec[], data: Parameters<typeof dataLaporanSheetSpec>[0]): SheetSpec[] {
  return specs.map((s) => (s.name === 'Data Laporan' ? dataLaporanSheetSpec(data, formatStampId(data.dibuat!)) : s));
}

async function district(): Promise<{ puskesmas: Puskesmas[]; sources: MergeSource[]; bad: Record<string, RegExp> }> {
  const puskesmas: Puskesmas[] = [];
  const samples: SampleWorkbook[] = [];
  const sources: MergeSource[] = [];
  const source = (name: string, bytes: Uint8Array, date: string | null = '2026-01-20T08:00:00+07:00') => sources.push({ name, date, bytes: async () => bytes });
  for (let i = 0; i < 12; i++) {
    const sample = generateSample({ seed: 100 + i, year: YEAR, kelurahan: 3, rows: { bayi: 150, bias: 90, wus: 12, caten: 9, bumil: 60 } });
    sample.fields = { ...sample.fields, kode: kodeOf(i), nama: NAMES[i] };
    samples.push(sample);
    const registers = await writeWorkbook(sampleSpecs(sample));
    const raw = readWorkbookBytes(registers);
    const today = i < 6 ? REPORT_DAY : MERGE_DAY;
    const recount = recountWorkbook(raw, { year: YEAR, month: MONTH, today, uciThreshold: DEFAULT_TARGETS.uciThreshold });
    const expected = new Map([...recount].filter(([key]) => key.startsWith(`${TOTAL}|`)).map(([key, v]) => [key.slice(TOTAL.length + 1), v]));
    puskesmas.push({ kode: kodeOf(i), nama: NAMES[i], registers, expected, dated: i < 6 ? stamp(i) : fileDate(i) });
    if (i >= 6) {
      source(`register-${kodeOf(i)}.xlsx`, registers, fileDate(i));
      continue;
    }
    const report = monthlyReport(raw, options(stamp(i)));
    let specs = report.specs;
    // Puskesmas 3's TOTAL of MR 1 says 7 more than its kelurahan rows: the merge reports it and uses the rows.
    if (i === 2) specs = withData(specs, { ...report.model.dataLaporan, rows: report.model.dataLaporan.rows.map((r) => (r.kodeKelurahan === TOTAL && r.indikator === 'mr1' ? { ...r, nilai: r.nilai + 7 } : r)) });
    source(`laporan-${kodeOf(i)}.xlsx`, await reportFile(registers, specs, i % 2 === 0));
  }

  // One file of every bad kind of issue 6 item 2, among them.
  const bad: Record<string, RegExp> = {};
  const badFile = (name: string, bytes: Uint8Array, problem: RegExp) => {
    source(name, bytes);
    bad[name] = problem;
  };
  const half = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));
  badFile('terpotong.xlsx', half(puskesmas[7].registers), /rusak|tidak dapat dibaca|bukan file spreadsheet/);
  badFile('sandi.xlsx', new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'sandi.xlsx'))), /dilindungi kata sandi/);
  const other = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(other, XLSX.utils.aoa_to_sheet([['Kegiatan', 'Biaya'], ['Posyandu', 1_500_000]]), 'Anggaran');
  badFile('anggaran.xlsx', new Uint8Array(XLSX.write(other, { type: 'buffer', bookType: 'xlsx' }) as Buffer), /bukan laporan bulanan add-in Imunisasi/);
  const future = dataLaporanSheetSpec(syntheticReport(5, 'P3373050'), 'x');
  future.values = future.values.map((row) => (row[0] === 'Versi Format' ? ['Versi Format', 7] : row));
  badFile('versi-baru.xlsx', await writeWorkbook([future]), /versi format 7 tidak dikenal/);
  const november = monthlyReport(readWorkbookBytes(puskesmas[0].registers), options('2025-12-04T09:00:00+07:00', '2025-12-04', 11));
  badFile(`laporan-${kodeOf(0)}-november.xlsx`, await writeWorkbook(november.specs), /untuk November 2025, bukan Desember 2025\. File tidak digabung/);
  // Puskesmas 2 sent December early, from its registers as they stood on 20-12-2025, and again on 05-01-2026.
  const early = monthlyReport(readWorkbookBytes(await writeWorkbook(sampleSpecs(sampleAsOf(samples[1], '2025-12-20')))), options('2025-12-20T10:00:00+07:00', '2025-12-20'));
  earlyDoses = early.model.dataLaporan.rows.filter((r) => r.kodeKelurahan === TOTAL && DECEMBER_DOSES.includes(r.indikator)).reduce((n, r) => n + r.nilai, 0);
  badFile(`laporan-${kodeOf(1)}-awal.xlsx`, await writeWorkbook(early.specs), new RegExp(`diterima lebih dari sekali; dipakai yang terbaru \\(laporan-${kodeOf(1)}\\.xlsx`));
  badFile('laporan-P3373099.xlsx', await writeWorkbook([dataLaporanSheetSpec(syntheticReport(99, 'P3373099'), 'x')]), /tidak ada di sheet Daftar Puskesmas/);
  bad[`laporan-${kodeOf(2)}.xlsx`] = /total Kalicacing tidak sama dengan jumlah baris kelurahannya \(mr1: total \d+, jumlah kelurahan \d+\)/;
  return { puskesmas, sources, bad };
}

const run = (sources: MergeSource[], list: Puskesmas[]) =>
  mergeReports(sources, { ...period, expected: list.map((p) => ({ kode: p.kode, nama: p.nama })), generatedAt: '15-01-2026 09:00 WIB', today: MERGE_DAY, read: readMergeInput });

/** Sums as the district adds them up: counts and sasaran (unknown sasaran only when all are). */
function sumOf(maps: Map<string, IndicatorValue>[]): Map<string, IndicatorValue> {
  const out = new Map<string, IndicatorValue>();
  for (const m of maps) {
    for (const [name, v] of m) {
      const cur = out.get(name);
      out.set(name, cur ? { nilai: cur.nilai + v.nilai, sasaran: cur.sasaran === null && v.sasaran === null ? null : (cur.sasaran ?? 0) + (v.sasaran ?? 0) } : { ...v });
    }
  }
  return out;
}

const sorted = (m: Map<string, IndicatorValue>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = new Random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('the Dinkes merge of a district of 12 generated puskesmas, December 2025', () => {
  let puskesmas: Puskesmas[];
  let sources: MergeSource[];
  let bad: Record<string, RegExp>;
  let result: DistrictResult;
  let specs: SheetSpec[];

  beforeAll(async () => {
    ({ puskesmas, sources, bad } = await district());
    ({ result, specs } = await run(sources, puskesmas));
  }, 60_000);

  it('takes all 12, report files and register workbooks alike', () => {
    expect(sources).toHaveLength(19);
    expect(result.puskesmas.map((p) => [p.kode, p.file])).toEqual(puskesmas.map((p, i) => [p.kode, i < 6 ? `laporan-${p.kode}.xlsx` : `register-${p.kode}.xlsx`]));
  });

  it('each puskesmas row equals the recount of its register workbook, every indicator', () => {
    for (const p of puskesmas) {
      const got = result.puskesmas.find((r) => r.kode === p.kode)!;
      expect([p.kode, sorted(got.totals)]).toEqual([p.kode, sorted(p.expected)]);
    }
    // The recounts are not empty: every puskesmas vaccinated, reached IDL and T2+ bumil in the year.
    for (const p of puskesmas) for (const name of ['dpt1_kumulatif', 'idl_kumulatif', 'bumil_t2plus_kumulatif', 'bias_dt_k1']) expect([p.kode, name, p.expected.get(name)!.nilai > 0]).toEqual([p.kode, name, true]);
  });

  it('the district total equals the sum of the 12 recounts, every indicator', () => {
    const total = sumOf(puskesmas.map((p) => p.expected));
    expect(sorted(result.totals)).toEqual(sorted(total));
    expect(total.get('desa')!.nilai).toBe(36);
  });

  it('reports every bad file by its name and merges the rest', () => {
    const found = result.findings.map((f) => [f.file, f.code]);
    expect(found).toEqual([
      ['anggaran.xlsx', 'NOT_A_REPORT'],
      [`laporan-${kodeOf(0)}-november.xlsx`, 'WRONG_PERIOD'],
      [`laporan-${kodeOf(1)}-awal.xlsx`, 'DUPLICATE_PUSKESMAS'],
      [`laporan-${kodeOf(2)}.xlsx`, 'TOTAL_MISMATCH'],
      ['laporan-P3373099.xlsx', 'NOT_IN_LIST'],
      ['sandi.xlsx', 'FILE_UNREADABLE'],
      ['terpotong.xlsx', 'FILE_UNREADABLE'],
      ['versi-baru.xlsx', 'NOT_A_REPORT'],
    ]);
    for (const f of result.findings) expect(f.message).toMatch(new RegExp(`^${f.file.replace(/\./g, '\\.')}: .*${bad[f.file].source}`));
    for (const f of result.findings) expect(f.message).toMatch(/[^.]\.$/);
    // The newer report of puskesmas 2 is the one kept: the early one lacks late-December doses.
    const fullDoses = DECEMBER_DOSES.reduce((n, key) => n + puskesmas[1].expected.get(key)!.nilai, 0);
    expect([earlyDoses > 0, earlyDoses < fullDoses]).toEqual([true, true]);
    for (const key of DECEMBER_DOSES) expect(result.puskesmas[1].totals.get(key)).toEqual(puskesmas[1].expected.get(key));
  });

  it('dates reports by their stamp and register workbooks by their file: on time up to 10-01-2026', () => {
    expect(result.puskesmas.map((p) => [p.kode, p.dated, p.datedBy, p.onTime])).toEqual(puskesmas.map((p, i) => [p.kode, p.dated, i < 6 ? 'stamp' : 'file', p.dated.slice(0, 10) <= '2026-01-10']));
    expect(result.puskesmas.filter((p) => p.onTime)).toHaveLength(10);
  });

  it('writes the district sheets from the same numbers', async () => {
    const wb = XLSX.read(await writeWorkbook(specs), { type: 'buffer' });
    const rows = (sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet], { header: 1, raw: true, defval: null });
    const rowOf = (sheet: string, name: string) => rows(sheet).find((r) => r[0] === name)!;
    const all = [...puskesmas.map((p) => ({ name: p.nama, values: p.expected })), { name: 'JUMLAH KABUPATEN/KOTA', values: sumOf(puskesmas.map((p) => p.expected)) }];
    for (const { name, values } of all) {
      const v = (key: string) => values.get(key)!;
      const pct = (key: string) => v(key).nilai / v(key).sasaran!;
      const pws = rowOf('PWS Kabupaten', name);
      const expected = [name, v('bcg_kumulatif').sasaran, ...['hb0', 'bcg', 'polio4', 'dpt1', 'dpt3', 'mr1', 'idl'].flatMap((k) => [v(k).nilai, v(`${k}_kumulatif`).nilai, pct(`${k}_kumulatif`)])];
      expect(pws.map(round)).toEqual(expected.map(round));
      const uci = rowOf('UCI & Drop Out', name);
      expect(uci.slice(0, 3)).toEqual([name, v('desa').nilai, v('desa_uci').nilai]);
      const tt = rowOf('TT Bumil Kabupaten', name);
      expect(tt.map(round)).toEqual([name, v('bumil_t1_kumulatif').sasaran, v('bumil_t1').nilai, v('bumil_t1_kumulatif').nilai, pct('bumil_t1_kumulatif'), v('bumil_t2plus').nilai, v('bumil_t2plus_kumulatif').nilai, pct('bumil_t2plus_kumulatif')].map(round));
    }
    const timely = rows('Kelengkapan & Ketepatan');
    expect(timely.some((r) => r[0] === 'Kelengkapan' && r[1] === '12 dari 12 (100,0%)')).toBe(true);
    expect(timely.some((r) => r[0] === 'Ketepatan' && r[1] === '10 dari 12 (83,3%)')).toBe(true);
    // Each puskesmas's row says when its report was made, as people write it, and by what.
    const first = timely.find((r) => r[0] === puskesmas[0].kode)!;
    expect(first.slice(2, 6)).toEqual(['Diterima', formatStampId(puskesmas[0].dated), 'cap waktu laporan', 'Ya']);
    expect(String(first[3])).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d WIB$/);
  });

  it('lays the sheets out so that no text in a table is cut at its column border', () => {
    for (const spec of specs) {
      const widths = spec.columnWidths!;
      const wraps = (col: number) => spec.styles!.some((s) => s.style.wrap && s.range.startsWith(`${columnLetter(col + 1)}${TABLE_HEADER_ROW + 1}:`));
      const end = spec.values.findIndex((r, i) => i >= TABLE_HEADER_ROW && r.length === 0);
      spec.values.slice(TABLE_HEADER_ROW, end).forEach((row) =>
        row.forEach((cell, col) => {
          if (typeof cell !== 'string' || wraps(col)) return;
          // A column's width counts digits; capitals (the bold total row) run about a fifth wider.
          const needed = cell.length + 0.2 * (cell.match(/[A-Z]/g) ?? []).length;
          expect({ sheet: spec.name, cell, fits: needed <= widths[col] }).toEqual({ sheet: spec.name, cell, fits: true });
        }),
      );
    }
    // Messages wrap in their column instead.
    const findings = specs.find((s) => s.name === 'Temuan Penggabungan')!;
    expect(findings.values.slice(TABLE_HEADER_ROW).some((r) => typeof r[3] === 'string' && r[3].length > findings.columnWidths![3])).toBe(true);
  });

  it('gives the same result whatever the order of the files', async () => {
    for (const seed of [1, 2]) {
      const again = await run(shuffled(sources, seed), puskesmas);
      expect(again.result).toEqual(result);
      expect(again.specs).toEqual(specs);
    }
  }, 60_000);
});

const round = (c: unknown) => (typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c);
