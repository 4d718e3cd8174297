import JSZip from 'jszip';
import type * as AntigenDosesModule from '../../src/domain/programme/antigenDoses';
import type { Cell, RawSheet } from '../../src/domain/raw';

/*
 * Issue 12 item 3, drop-out pairs from the records: a drop-out pair added PURELY AS DATA — the
 * PCV 3 record given `dropOutFrom: 'pcv1'` by module substitution — shows as a line of its own
 * in Laporan Imunisasi section E, the summary the CLI and page print, the Kualitas Data check
 * list, the district's UCI & Drop Out table and the coverage columns of its Cakupan Puskesmas
 * table after merging two reports, all read back from real xlsx bytes. Only where the schedule has both doses: a report under Permenkes 12/2017
 * (no PCV) has no such line, and the district marks that puskesmas "tidak dilaporkan".
 */

/* eslint-disable @typescript-eslint/no-require-imports -- the app is loaded inside the isolated registry, after the substitution */
type App = {
  generateSample: typeof import('../../src/sample/generateSample').generateSample;
  sampleSpecs: typeof import('../../src/sample/sampleSpecs').sampleSpecs;
  writeWorkbook: typeof import('../../src/io/xlsx/writeWorkbook').writeWorkbook;
  readWorkbookBytes: typeof import('../../src/io/xlsx/readWorkbookBytes').readWorkbookBytes;
  monthlyReport: typeof import('../../src/app/monthlyReport').monthlyReport;
  reportSummary: typeof import('../../src/app/reportSummary').reportSummary;
  mergeReports: typeof import('../../src/app/mergeReports').mergeReports;
  readMergeInput: typeof import('../../src/io/xlsx/readMergeInput').readMergeInput;
};

/** The app as it loads with the actual records, PCV 3 made the last dose of a drop-out pair from PCV 1. */
function loadApp(): App {
  let loaded: App | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/domain/programme/antigenDoses', () => {
      const actual = jest.requireActual<typeof AntigenDosesModule>('../../src/domain/programme/antigenDoses');
      return { ...actual, ANTIGEN_DOSES: actual.ANTIGEN_DOSES.map((d) => (d.sheet === 'bayi' && d.key === 'pcv3' ? { ...d, dropOutFrom: 'pcv1' } : d)) };
    });
    loaded = {
      generateSample: require('../../src/sample/generateSample').generateSample,
      sampleSpecs: require('../../src/sample/sampleSpecs').sampleSpecs,
      writeWorkbook: require('../../src/io/xlsx/writeWorkbook').writeWorkbook,
      readWorkbookBytes: require('../../src/io/xlsx/readWorkbookBytes').readWorkbookBytes,
      monthlyReport: require('../../src/app/monthlyReport').monthlyReport,
      reportSummary: require('../../src/app/reportSummary').reportSummary,
      mergeReports: require('../../src/app/mergeReports').mergeReports,
      readMergeInput: require('../../src/io/xlsx/readMergeInput').readMergeInput,
    };
  });
  return loaded!;
}
/* eslint-enable @typescript-eslint/no-require-imports */

const app = loadApp();
const YEAR = 2025;
const options = { year: YEAR, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:00:00+07:00' };
type Report = ReturnType<App['monthlyReport']>;

/** A generated puskesmas's report of December (the sample follows the current schedule: PCV 1–3 given). */
async function report(seed: number, kode: string, schedule?: 'permenkes2017'): Promise<{ result: Report; bytes: Uint8Array }> {
  const sample = app.generateSample({ seed, year: YEAR, kelurahan: 2, rows: { bayi: 160, bias: 24, wus: 6, caten: 4, bumil: 20 } });
  sample.fields = { ...sample.fields, kode, nama: kode };
  const registers = app.readWorkbookBytes(await app.writeWorkbook(app.sampleSpecs(sample)));
  const result = app.monthlyReport(registers, { ...options, ...(schedule ? { schedule } : {}) });
  return { result, bytes: await app.writeWorkbook(result.specs) };
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));
const sheetOf = (bytes: Uint8Array, name: string): RawSheet => app.readWorkbookBytes(bytes).sheets.find((s) => s.name === name)!;
const total = (r: Report, name: string) => r.model.dataLaporan.rows.find((row) => row.kodeKelurahan === 'TOTAL' && row.indikator === name)!.nilai!;

/** Section E of Laporan Imunisasi: its two header rows (group labels and single headers, then the grouped columns' headers) and its total row. */
function sectionE(bytes: Uint8Array): { groups: Cell[]; headers: Cell[]; total: Cell[] } {
  const rows = sheetOf(bytes, 'Laporan Imunisasi').rows;
  const start = rows.findIndex((r) => text(r[0]).startsWith('E. Drop-out'));
  const headerAt = rows.findIndex((r, i) => i > start && text(r[0]) === 'No');
  return { groups: rows[headerAt], headers: rows[headerAt + 1], total: rows.find((r, i) => i > headerAt && text(r[2]) === 'Jumlah puskesmas')! };
}

describe('a drop-out pair added as data only (PCV 1 → PCV 3)', () => {
  let current: { result: Report; bytes: Uint8Array };
  beforeAll(async () => {
    current = await report(3, 'P3373001');
  });

  it('has its line in Laporan Imunisasi section E, beside the two pairs of today, with its counts and rate', () => {
    const e = sectionE(current.bytes);
    const groups = e.groups.map(text);
    expect(groups.filter((g) => g.includes('→'))).toEqual(['DPT1 → DPT3', 'PCV1 → PCV3', 'DPT1 → MR1']);
    const pcv1 = total(current.result, 'pcv1_kumulatif');
    const pcv3 = total(current.result, 'pcv3_kumulatif');
    expect(pcv1).toBeGreaterThan(pcv3);
    expect(pcv3).toBeGreaterThan(0);
    // The doses it compares have their count columns, and its rate and flag sit under its label.
    expect(e.total[groups.indexOf('PCV 1')]).toBe(pcv1);
    expect(e.total[groups.indexOf('PCV 3')]).toBe(pcv3);
    const at = groups.indexOf('PCV1 → PCV3');
    expect(text(e.headers[at])).toBe('Drop-out');
    expect(e.total[at]).toBeCloseTo((pcv1 - pcv3) / pcv1, 10);
    expect(['Baik', 'Tinggi']).toContain(text(e.total[at + 1]));
    // Data Laporan, as written, carries both counts the district computes the line from.
    const names = new Set(sheetOf(current.bytes, 'Data Laporan').rows.map((r) => text(r[5])));
    expect(['pcv1_kumulatif', 'pcv3_kumulatif'].filter((n) => names.has(n))).toEqual(['pcv1_kumulatif', 'pcv3_kumulatif']);
    // The pairs of today are still computed as before.
    const dpt1 = total(current.result, 'dpt1_kumulatif');
    expect(e.total[groups.indexOf('DPT1 → MR1')]).toBeCloseTo((dpt1 - total(current.result, 'mr1_kumulatif')) / dpt1, 10);
  });

  it('is in the summary line and in the Kualitas Data check list', () => {
    const pcv1 = total(current.result, 'pcv1_kumulatif');
    const rate = (((pcv1 - total(current.result, 'pcv3_kumulatif')) / pcv1) * 100).toFixed(1).replace('.', ',');
    const line = app.reportSummary(current.result).find((l) => l.startsWith('Drop-out'))!;
    expect(line).toMatch(/^Drop-out DPT-HB-Hib 1→3: [^;]+; PCV 1→3: [^;]+; DPT-HB-Hib 1→MR 1: [^;]+\.$/);
    expect(line).toContain(`PCV 1→3: ${rate}%`);
    const checks = current.result.model.quality.checks;
    expect(JSON.stringify(checks)).toContain('DPT-HB-Hib 1 – DPT-HB-Hib 3, PCV 1 – PCV 3 dan DPT-HB-Hib 1 – MR 1');
  });

  it('shows nowhere under a schedule without PCV (Permenkes 12/2017)', async () => {
    const old = await report(3, 'P3373001', 'permenkes2017');
    expect(sectionE(old.bytes).groups.map(text).filter((g) => g.includes('→'))).toEqual(['DPT1 → DPT3', 'DPT1 → MR1']);
    expect(app.reportSummary(old.result).find((l) => l.startsWith('Drop-out'))).toMatch(/^Drop-out DPT-HB-Hib 1→3: [^;]+; DPT-HB-Hib 1→MR 1: [^;]+\.$/);
  });

  const source = (kode: string, r: { bytes: Uint8Array }) => ({ name: `laporan-${kode}.xlsx`, date: '2026-01-06T08:00:00+07:00', bytes: async () => r.bytes });
  const merge = (reports: [string, { bytes: Uint8Array }][]) =>
    app.mergeReports(
      reports.map(([kode, r]) => source(kode, r)),
      { tahun: YEAR, bulan: 12, expected: reports.map(([kode]) => ({ kode, nama: kode })), generatedAt: '15-01-2026 09:00 WIB', today: '2026-01-15', read: app.readMergeInput },
    );

  it('is in the district UCI & Drop Out table after merging two reports, from their Data Laporan sums; a puskesmas without PCV is "tidak dilaporkan"', async () => {
    const second = await report(4, 'P3373002');
    const third = await report(5, 'P3373003', 'permenkes2017');
    const { result, specs } = await merge([
      ['P3373001', current],
      ['P3373002', second],
    ]);
    expect(result.puskesmas).toHaveLength(2);
    const uci = sheetOf(await app.writeWorkbook(specs), 'UCI & Drop Out').rows;
    const headerAt = uci.findIndex((r) => text(r[0]) === 'Puskesmas');
    const headers = uci[headerAt].map(text);
    expect(headers.filter((h) => h.startsWith('DO '))).toEqual(['DO DPT1→DPT3', 'DO PCV1→PCV3', 'DO DPT1→MR1']);
    const col = headers.indexOf('DO PCV1→PCV3');
    const sum = (name: string) => total(current.result, name) + total(second.result, name);
    const districtRow = uci.find((r) => text(r[0]) === 'JUMLAH KABUPATEN/KOTA')!;
    expect(districtRow[col]).toBeCloseTo((sum('pcv1_kumulatif') - sum('pcv3_kumulatif')) / sum('pcv1_kumulatif'), 10);
    expect(uci.find((r) => text(r[0]) === 'P3373002')![col]).toBeCloseTo((total(second.result, 'pcv1_kumulatif') - total(second.result, 'pcv3_kumulatif')) / total(second.result, 'pcv1_kumulatif'), 10);

    // A puskesmas under Permenkes 12/2017 reports no PCV: its PCV line says so, never 0 or a rate.
    const mixed = await merge([
      ['P3373001', current],
      ['P3373003', third],
    ]);
    const rows = sheetOf(await app.writeWorkbook(mixed.specs), 'UCI & Drop Out').rows;
    const noPcv = rows.find((r) => text(r[0]) === 'P3373003')!;
    expect([text(noPcv[col]), text(noPcv[col + 1])]).toEqual(['tidak dilaporkan', 'tidak dilaporkan']);
    expect(typeof noPcv[headers.indexOf('DO DPT1→DPT3')]).toBe('number');
  });

  it('gives the district Cakupan Puskesmas a coverage column for each dose the lines compare, the IDL chart still on its target column', async () => {
    const second = await report(4, 'P3373002');
    const third = await report(5, 'P3373003', 'permenkes2017');
    const { specs } = await merge([
      ['P3373001', current],
      ['P3373002', second],
      ['P3373003', third],
    ]);
    const bytes = await app.writeWorkbook(specs);
    const rows = sheetOf(bytes, 'Cakupan Puskesmas').rows;
    const headers = rows[rows.findIndex((r) => text(r[0]) === 'Peringkat')].map(text);
    expect(headers.filter((h) => h.endsWith(' %'))).toEqual(['IDL %', 'DPT-HB-Hib 1 %', 'DPT-HB-Hib 3 %', 'PCV 1 %', 'PCV 3 %', 'MR 1 %', 'IBL %', 'Imunisasi rutin lengkap %']);
    // Each puskesmas's PCV 3 coverage is its own cumulative count over its sasaran bayi; none for the one without PCV.
    const line = (kode: string) => rows.find((r) => text(r[1]) === kode)!;
    const pcv3 = headers.indexOf('PCV 3 %');
    const sasaran = current.result.model.dataLaporan.rows.find((r) => r.kodeKelurahan === 'TOTAL' && r.indikator === 'pcv3_kumulatif')!.sasaran!;
    expect(line('P3373001')[pcv3]).toBeCloseTo(total(current.result, 'pcv3_kumulatif') / sasaran, 10);
    expect(text(line('P3373003')[pcv3])).toBe('tidak dilaporkan');
    expect(typeof line('P3373003')[headers.indexOf('MR 1 %')]).toBe('number');
    // The chart's target series reads the "Garis target IDL" column, wherever the dose columns put it.
    const zip = await JSZip.loadAsync(bytes);
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const chart = charts.find((xml) => xml.includes('Cakupan IDL kumulatif per puskesmas'))!;
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    const column = (i: number) => String.fromCharCode(65 + i);
    expect(refs.filter((r) => !r.includes(`$${column(1)}$`))).toEqual([expect.stringContaining(`$${column(headers.indexOf('IDL %'))}$`), expect.stringContaining(`$${column(headers.indexOf('Garis target IDL'))}$`)]);
  });
});
