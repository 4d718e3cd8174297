import JSZip from 'jszip';
import type * as AntigenDosesModule from '../../src/domain/programme/antigenDoses';
import type * as VaccinesModule from '../../src/domain/programme/vaccines';
import type { AntigenDose } from '../../src/domain/programme/antigenDoses';
import type { VaccineRecord } from '../../src/domain/programme/vaccines';

/*
 * Issue 12, done when: a new antigen added PURELY AS DATA — one dose record and its vaccine
 * record — appears everywhere without touching code. "JE" (Japanese encephalitis, given in
 * selected districts, DOMAIN.md) at 10 months is added to the actual records by module
 * substitution; the real pipeline then runs on real xlsx bytes written and read by our writer
 * and reader: template, validation, Jadwal, the monthly report (Laporan Imunisasi, PWS and its
 * chart), stock (Vaksin and Stok Vaksin rows, IP, wastage), vaccine need, Data Laporan, and the
 * district merge of two such reports.
 */

const JE: AntigenDose = {
  key: 'je',
  sheet: 'bayi',
  header: 'JE',
  aliases: ['Japanese Encephalitis'],
  vaccine: 'je',
  sasaran: 'bayi',
  schedule: { age: { amount: 10, unit: 'bulan' }, expiry: null, source: 'uji: antigen rekaan' },
  presets: ['permenkes2017', 'kemenkes2023'],
  indicator: { key: 'je', label: 'JE', target: 0.9, targetSource: 'uji: antigen rekaan', needLabel: 'JE bayi' },
  luar: true,
  pws: true,
};
const JE_VACCINE: VaccineRecord = { key: 'je', code: 'JE', label: 'Japanese Encephalitis (JE)', codes: ['JE', 'JAPANESEENCEPHALITIS'], referenceIp: 4.5, dosesPerVial: 5, sample: { nama: 'JE (Japanese encephalitis)', satuan: 'vial', ip: 4 } };

/* eslint-disable @typescript-eslint/no-require-imports -- the app is loaded inside the isolated registry, after the substitution */
type App = {
  generateSample: typeof import('../../src/sample/generateSample').generateSample;
  sampleSpecs: typeof import('../../src/sample/sampleSpecs').sampleSpecs;
  templateSpecs: typeof import('../../src/sheets/template/templateSpecs').templateSpecs;
  writeWorkbook: typeof import('../../src/io/xlsx/writeWorkbook').writeWorkbook;
  readWorkbookBytes: typeof import('../../src/io/xlsx/readWorkbookBytes').readWorkbookBytes;
  checkWorkbook: typeof import('../../src/app/checkWorkbook').checkWorkbook;
  jadwalReport: typeof import('../../src/app/statusReport').jadwalReport;
  monthlyReport: typeof import('../../src/app/monthlyReport').monthlyReport;
  mergeReports: typeof import('../../src/app/mergeReports').mergeReports;
  readMergeInput: typeof import('../../src/io/xlsx/readMergeInput').readMergeInput;
  BAYI_SHEET: typeof import('../../src/domain/schema/registers').BAYI_SHEET;
};

/** The app as it loads with the actual records plus `dose` and the JE vaccine. */
function loadApp(dose: AntigenDose): App {
  let loaded: App | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/domain/programme/antigenDoses', () => {
      const actual = jest.requireActual<typeof AntigenDosesModule>('../../src/domain/programme/antigenDoses');
      return { ...actual, ANTIGEN_DOSES: [...actual.ANTIGEN_DOSES, dose] };
    });
    jest.doMock('../../src/domain/programme/vaccines', () => {
      const actual = jest.requireActual<typeof VaccinesModule>('../../src/domain/programme/vaccines');
      return { ...actual, VACCINES: [...actual.VACCINES, JE_VACCINE] };
    });
    loaded = {
      generateSample: require('../../src/sample/generateSample').generateSample,
      sampleSpecs: require('../../src/sample/sampleSpecs').sampleSpecs,
      templateSpecs: require('../../src/sheets/template/templateSpecs').templateSpecs,
      writeWorkbook: require('../../src/io/xlsx/writeWorkbook').writeWorkbook,
      readWorkbookBytes: require('../../src/io/xlsx/readWorkbookBytes').readWorkbookBytes,
      checkWorkbook: require('../../src/app/checkWorkbook').checkWorkbook,
      jadwalReport: require('../../src/app/statusReport').jadwalReport,
      monthlyReport: require('../../src/app/monthlyReport').monthlyReport,
      mergeReports: require('../../src/app/mergeReports').mergeReports,
      readMergeInput: require('../../src/io/xlsx/readMergeInput').readMergeInput,
      BAYI_SHEET: require('../../src/domain/schema/registers').BAYI_SHEET,
    };
  });
  return loaded!;
}

let app: App;
beforeAll(() => {
  app = loadApp(JE);
});
/* eslint-enable @typescript-eslint/no-require-imports */

const YEAR = 2025;
const TODAY = '2025-12-20';
const options = { year: YEAR, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:00:00+07:00' };

/** A generated puskesmas's register workbook as xlsx bytes (the sample gives what the records schedule). */
async function registers(seed: number, kode: string, edit?: (rows: unknown[][]) => void): Promise<Uint8Array> {
  const sample = app.generateSample({ seed, year: YEAR, kelurahan: 2, rows: { bayi: 120, bias: 24, wus: 6, caten: 4, bumil: 20 } });
  sample.fields = { ...sample.fields, kode };
  edit?.(sample.tables.bayi);
  return app.writeWorkbook(app.sampleSpecs(sample));
}

const rowsOf = (bytes: Uint8Array, sheet: string) => app.readWorkbookBytes(bytes).sheets.find((s) => s.name === sheet)!.rows;
const texts = (rows: readonly (readonly unknown[])[]) => rows.flat().filter((v): v is string => typeof v === 'string');

describe('a fictitious antigen added as data only (JE at 10 months, vaccine JE)', () => {
  it('has its column in the template (Register Bayi, Imunisasi Luar) and a Target row', async () => {
    const bytes = await app.writeWorkbook(app.templateSpecs({ year: YEAR }));
    expect(texts(rowsOf(bytes, 'Register Bayi'))).toContain('JE');
    expect(texts(rowsOf(bytes, 'Imunisasi Luar'))).toContain('JE');
    expect(texts(rowsOf(bytes, 'Target'))).toContain('JE');
  });

  it('is validated: a bad JE date is a finding naming the JE column', async () => {
    const je = app.BAYI_SHEET.columns.findIndex((c) => c.key === 'je');
    expect(je).toBeGreaterThan(0);
    const bytes = await registers(3, 'P3373001', (rows) => (rows[0][je] = '31-02-2025'));
    const { findings } = app.checkWorkbook(app.readWorkbookBytes(bytes), { today: TODAY });
    const bad = findings.filter((f) => f.sheet === 'Register Bayi' && f.column === 'JE');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0].message).toMatch(/31-02-2025/);
  });

  it('is due on the Jadwal at 10 months', async () => {
    const workbook = app.readWorkbookBytes(await registers(3, 'P3373001'));
    const jadwal = app.jadwalReport(workbook, { today: TODAY, month: { year: YEAR, month: 12 }, generatedAt: '20-12-2025 09:00 WIB' });
    const due = jadwal.due.filter((d) => d.doseKey === 'je');
    expect(due.length).toBeGreaterThan(0);
    expect(texts(jadwal.specs.find((s) => s.name === 'Jadwal Bulan Ini')!.values)).toEqual(expect.arrayContaining([expect.stringMatching(/\bJE\b/)]));
  });

  it('is in the monthly report, PWS with its chart, stock, need and Data Laporan, read back from the written file', async () => {
    const result = app.monthlyReport(app.readWorkbookBytes(await registers(3, 'P3373001')), options);
    const bytes = await app.writeWorkbook(result.specs);
    // Laporan Imunisasi: a JE column with its doses; the sample gave JE at 10 months.
    const lap = rowsOf(bytes, 'Laporan Imunisasi');
    expect(texts(lap)).toContain('JE');
    const data = result.model.dataLaporan.rows;
    const total = (name: string) => data.find((r) => r.kodeKelurahan === 'TOTAL' && r.indikator === name);
    expect(total('je_kumulatif')!.nilai).toBeGreaterThan(0);
    expect(total('je_kumulatif')!.sasaran).toBe(total('dpt1_kumulatif')!.sasaran);
    // PWS: a JE block, and its line chart in the file.
    expect(texts(rowsOf(bytes, 'PWS Imunisasi'))).toEqual(expect.arrayContaining([expect.stringMatching(/\bJE\b/)]));
    const zip = await JSZip.loadAsync(bytes);
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(charts.some((xml) => xml.includes(`Cakupan kumulatif JE ${YEAR}`))).toBe(true);
    // Stock: the JE vial row with its doses served, IP and wastage; need: a JE line.
    const stock = result.model.stock.lines.find((l) => l.kode === 'JE')!;
    expect(stock.group?.key).toBe('je');
    expect(stock.dosisKumulatif.total).toBe(total('je_kumulatif')!.nilai);
    expect(stock.ipKumulatif).toBeGreaterThan(0);
    expect(stock.wastageKumulatif).not.toBeNull();
    expect(texts(rowsOf(bytes, 'Pemantauan Vaksin'))).toEqual(expect.arrayContaining([expect.stringMatching(/^JE/)]));
    // The note's reference IPs come from the vaccine records: JE's is there beside BCG's.
    expect(texts(rowsOf(bytes, 'Pemantauan Vaksin')).filter((t) => t.includes('IP acuan Kemenkes 2013:'))).toEqual([expect.stringMatching(/IP acuan Kemenkes 2013: .*BCG 4, .*Japanese Encephalitis \(JE\) 4,5\./)]);
    expect(texts(rowsOf(bytes, 'Kebutuhan Vaksin'))).toContain('JE bayi');
    // Data Laporan: JE of the month and cumulative, and the JE stock items, as written.
    const names = new Set(texts(rowsOf(bytes, 'Data Laporan')));
    for (const name of ['je', 'je_kumulatif', 'stok.JE.dipakai', 'stok.JE.dosis']) expect([name, names.has(name)]).toEqual([name, true]);
    // Nothing about JE is unknown or missing: no vaccine or target finding names it.
    expect(result.findings.filter((f) => /\bJE\b/.test(f.message)).map((f) => f.code)).toEqual([]);
  });

  it('is merged at the district from two reports', async () => {
    const sources = await Promise.all(
      [['P3373001', 3], ['P3373002', 4]].map(async ([kode, seed]) => {
        const report = app.monthlyReport(app.readWorkbookBytes(await registers(seed as number, kode as string)), options);
        const bytes = await app.writeWorkbook(report.specs);
        return { name: `laporan-${kode}.xlsx`, date: '2026-01-06T08:00:00+07:00', bytes: async () => bytes, je: report.model.dataLaporan.rows.find((r) => r.kodeKelurahan === 'TOTAL' && r.indikator === 'je_kumulatif')!.nilai };
      }),
    );
    const { result, specs } = await app.mergeReports(sources, { tahun: YEAR, bulan: 12, expected: [{ kode: 'P3373001', nama: 'Satu' }, { kode: 'P3373002', nama: 'Dua' }], generatedAt: '15-01-2026 09:00 WIB', today: '2026-01-15', read: app.readMergeInput });
    expect(result.puskesmas).toHaveLength(2);
    expect(result.totals.get('je_kumulatif')?.nilai).toBe(sources[0].je + sources[1].je);
    // PWS Kabupaten: the JE columns (this month, cumulative, coverage) beside the other PWS antigens, read back from the file.
    const written = app.readWorkbookBytes(await app.writeWorkbook(specs));
    const pws = texts(written.sheets.find((s) => s.name === 'PWS Kabupaten')!.rows);
    expect(pws).toEqual(expect.arrayContaining(['JE bulan ini', 'DPT-HB-Hib 1 bulan ini']));
  });
});

describe('a dose added without a schedule or a target', () => {
  it('is a finding naming it when the rules and the Target sheet are loaded, not a silent default', async () => {
    const { schedule: _schedule, ...unscheduled } = JE;
    const { target: _target, ...untargeted } = JE.indicator!;
    app = loadApp({ ...unscheduled, indicator: untargeted });
    const { findings } = app.checkWorkbook(app.readWorkbookBytes(await registers(3, 'P3373001')), { today: TODAY });
    const about = findings.filter((f) => f.message.includes('"JE"')).sort((a, b) => a.code.localeCompare(b.code));
    expect(about.map((f) => [f.code, f.sheet])).toEqual([
      ['DOSE_UNSCHEDULED', 'Aturan'],
      ['TARGET_MISSING', 'Target'],
    ]);
    expect(about[0].message).toMatch(/Tambahkan baris "Umur JE" dengan umur pemberiannya .* di sheet Aturan/);
    expect(about[1].message).toMatch(/Tambahkan baris "JE" dengan target setiap tahun di sheet Target/);
    // The records as they are schedule and target every dose: no such finding.
    app = loadApp(JE);
    const clean = app.checkWorkbook(app.readWorkbookBytes(await registers(3, 'P3373001')), { today: TODAY });
    expect(clean.findings.filter((f) => f.code === 'DOSE_UNSCHEDULED' || f.code === 'TARGET_MISSING')).toEqual([]);
  });
});

describe('a fictitious second-year dose added as data only (JE Lanjutan at 18 months, sasaran baduta, part of IBL)', () => {
  const JE_BADUTA: AntigenDose = {
    ...JE,
    key: 'jeLanjutan',
    header: 'JE Lanjutan',
    aliases: [],
    sasaran: 'baduta',
    schedule: { age: { amount: 18, unit: 'bulan' }, expiry: null, source: 'uji: antigen rekaan' },
    indicator: { key: 'jeLanjutan', label: 'JE Lanjutan', target: 0.9, targetSource: 'uji: antigen rekaan', needLabel: 'JE Lanjutan (baduta)' },
    ibl: true,
    pws: false,
  };

  it('is named in the Laporan Imunisasi section D note on sasaran baduta and in the district IBL definition', async () => {
    app = loadApp(JE_BADUTA);
    const report = app.monthlyReport(app.readWorkbookBytes(await registers(3, 'P3373001')), options);
    const bytes = await app.writeWorkbook(report.specs);
    const notes = texts(rowsOf(bytes, 'Laporan Imunisasi'));
    expect(notes.filter((t) => t.includes('dibandingkan dengan sasaran baduta'))).toEqual([expect.stringContaining('. DPT-HB-Hib 4, MR 2 dan JE Lanjutan dibandingkan dengan sasaran baduta.')]);
    const { specs } = await app.mergeReports([{ name: 'laporan-P3373001.xlsx', date: '2026-01-06T08:00:00+07:00', bytes: async () => bytes }], {
      tahun: YEAR,
      bulan: 12,
      expected: [{ kode: 'P3373001', nama: 'Satu' }],
      generatedAt: '15-01-2026 09:00 WIB',
      today: '2026-01-15',
      read: app.readMergeInput,
    });
    const coverage = texts(rowsOf(await app.writeWorkbook(specs), 'Cakupan Puskesmas'));
    expect(coverage.filter((t) => t.startsWith('IDL % dari sasaran bayi'))).toEqual([expect.stringContaining('IBL (DPT-HB-Hib 4, MR 2 dan JE Lanjutan sebelum 24 bulan)')]);
  });
});
