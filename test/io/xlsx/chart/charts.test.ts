import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../../../src/sheets/dataLaporanSheet';
import { SheetSpec } from '../../../../src/sheets/spec';
import { FileWorkbook } from '../../../../src/web/fileWorkbook';
import { runCli } from '../../../helpers/cli';

/*
 * Every file we write carries the report's charts as native chart parts: the CLI's laporan -o,
 * the page's download and gabung -o. Checked from outside our code: each chart and drawing
 * part against the ECMA-376 schema (xmllint, XSDs in test/fixtures/ooxml-xsd), the charts as
 * Debian's openpyxl reads them, and the cells their formulas name as SheetJS reads them.
 */
const CONTOH = 'templates/contoh-puskesmas.xlsx';
const XSD = 'test/fixtures/ooxml-xsd';
const dir = mkdtempSync(join(tmpdir(), 'charts-'));
const contoh = new Uint8Array(readFileSync(CONTOH));
const report = monthlyReport(readWorkbookBytes(contoh), { year: 2025, month: 12, today: '2026-01-15', generatedAt: '2026-01-15T10:00:00+07:00' });
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

interface ReadChart {
  type: string;
  title: string;
  from: { row: number; col: number };
  series: { name: string; categories: string; values: string }[];
}

const outputs: Record<string, { path: string; specs: SheetSpec[] }> = {};

beforeAll(async () => {
  outputs.laporan = { path: join(dir, 'laporan.xlsx'), specs: report.specs };
  const cli = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '-o', outputs.laporan.path]);
  expect(cli.err).not.toMatch(/Error/);

  const page = new FileWorkbook('contoh-puskesmas.xlsx', contoh);
  await page.write(report.specs, { onProgress: () => undefined, confirmRenames: async () => true });
  outputs.halaman = { path: join(dir, 'halaman.xlsx'), specs: report.specs };
  writeFileSync(outputs.halaman.path, page.result().bytes);

  const inbox = join(dir, 'masuk');
  mkdirSync(inbox);
  for (const [i, kode] of ['P01', 'P02', 'P03'].entries()) writeFileSync(join(inbox, `${kode}.xlsx`), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(i + 1, kode), 'x')]));
  outputs.gabung = { path: join(dir, 'gabung.xlsx'), specs: [] };
  const gabung = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', outputs.gabung.path]);
  expect(gabung.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chartsOf = (path: string): Record<string, ReadChart[]> => JSON.parse(execFileSync('/usr/bin/python3', ['test/helpers/openpyxl_charts.py', path]).toString());

/** The cells a formula such as 'Grafik PWS'!$B$9:$B$20 names, as SheetJS reads them from the file. */
function cellsAt(book: XLSX.WorkBook, formula: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (!m) throw new Error(`Unexpected reference ${formula}`);
  const sheet = book.Sheets[m[1].replace(/''/g, "'")];
  const range = XLSX.utils.decode_range(`${m[2]}${m[3]}:${m[4]}${m[5]}`);
  const cells: unknown[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) for (let c = range.s.c; c <= range.e.c; c++) cells.push(sheet[XLSX.utils.encode_cell({ r, c })]?.v ?? null);
  return cells;
}

describe('native charts in the files we write', () => {
  it.each(['laporan', 'halaman'])('%s: every chart of the report, anchored where the pane draws it, named by its title', (name) => {
    const read = chartsOf(outputs[name].path);
    const expected = outputs[name].specs.filter((s) => s.charts?.length);
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(read).sort()).toEqual(expected.map((s) => s.name).sort());
    for (const spec of expected) {
      const charts = read[spec.name];
      expect(charts.map((c) => c.title)).toEqual(spec.charts!.map((c) => c.title));
      spec.charts!.forEach((chart, i) => {
        const from = XLSX.utils.decode_cell(chart.anchor.from);
        expect(charts[i].from).toEqual({ row: from.r, col: from.c });
        expect(charts[i].type).toBe({ line: 'LineChart', bar: 'BarChart', column: 'BarChart+LineChart' }[chart.kind]);
        expect(charts[i].series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
      });
    }
    // Seven antigens' cumulative coverage and the ranked kelurahan.
    expect(read['Grafik PWS']).toHaveLength(8);
  });

  it.each(['laporan', 'halaman'])('%s: the PWS charts read the months, the coverage and the target line from the table', (name) => {
    const book = XLSX.read(readFileSync(outputs[name].path));
    const charts = chartsOf(outputs[name].path)['Grafik PWS'];
    for (const chart of charts.filter((c) => c.type === 'LineChart')) {
      const [coverage, target] = chart.series;
      expect(cellsAt(book, coverage.categories)).toEqual(MONTHS);
      const targets = cellsAt(book, target.values) as number[];
      // The straight target line: annual target × month / 12.
      targets.forEach((t, m) => expect(t).toBeCloseTo((targets[11] * (m + 1)) / 12, 6));
      const values = cellsAt(book, coverage.values) as number[];
      for (let m = 1; m < 12; m++) expect(values[m]).toBeGreaterThanOrEqual(values[m - 1]);
      expect(values[11]).toBeGreaterThan(0.5);
    }
    const ranked = charts.find((c) => c.type === 'BarChart')!;
    const kelurahan = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Kelurahan, { header: 1 }).slice(1).map((r) => r[1]);
    const names = cellsAt(book, ranked.series[0].categories) as string[];
    expect(names.length).toBeGreaterThan(2);
    for (const n of names) expect(kelurahan).toContain(n);
    const coverage = cellsAt(book, ranked.series[0].values) as number[];
    expect([...coverage].sort((a, b) => b - a)).toEqual(coverage);

    // PWS per antigen: the kelurahan of the table, their cumulative coverage and one target line.
    const pws = chartsOf(outputs[name].path)['PWS Imunisasi'];
    expect(pws.length).toBe(7);
    for (const chart of pws) {
      expect(chart.type).toBe('BarChart+LineChart');
      const [cumulative, target] = chart.series;
      expect((cellsAt(book, cumulative.categories) as string[]).sort()).toEqual([...names].sort());
      const header = XLSX.utils.decode_range(cumulative.values.split('!')[1].replace(/\$/g, ''));
      const above = (col: number, back: number) => book.Sheets['PWS Imunisasi'][XLSX.utils.encode_cell({ r: header.s.r - back, c: col })]?.v;
      // The % column under "Kumulatif Jan–Des" and the Garis target column of the same table.
      expect(above(header.s.c, 1)).toBe('%');
      expect(String(above(header.s.c - 1, 2))).toMatch(/^Kumulatif Jan/);
      expect(above(header.s.c + 1, 2)).toBe('Garis target');
      for (const v of cellsAt(book, cumulative.values)) expect(typeof v === 'number' || v === '-').toBe(true);
      expect(new Set(cellsAt(book, target.values)).size).toBe(1);
    }
  });

  it('gabung: the district coverage chart names the puskesmas and their IDL coverage against the target line', () => {
    const read = chartsOf(outputs.gabung.path);
    expect(Object.keys(read)).toEqual(['Cakupan Puskesmas']);
    const [chart] = read['Cakupan Puskesmas'];
    expect(chart.type).toBe('BarChart+LineChart');
    const book = XLSX.read(readFileSync(outputs.gabung.path));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Cakupan Puskesmas'], { header: 1 });
    const header = rows.findIndex((r) => r[1] === 'Puskesmas');
    const body = rows.slice(header + 1, header + 4);
    expect(cellsAt(book, chart.series[0].categories)).toEqual(body.map((r) => r[1]));
    expect(cellsAt(book, chart.series[0].values)).toEqual(body.map((r) => r[2]));
    expect(new Set(cellsAt(book, chart.series[1].values)).size).toBe(1);
    expect(rows[header][2]).toBe('IDL %');
    expect(rows[header].slice(6, 9)).toEqual(['IBL %', 'Imunisasi rutin lengkap %', 'Garis target IDL']);
    // The target line series reads the Garis target IDL column.
    expect(cellsAt(book, chart.series[1].values)).toEqual(body.map((r) => r[8]));
  });

  it.each(['laporan', 'halaman', 'gabung'])('%s: chart and drawing parts are valid against the ECMA-376 schema, their caches equal the cells', async (name) => {
    const zip = await JSZip.loadAsync(readFileSync(outputs[name].path));
    const parts = zip.file(/^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/);
    expect(parts.length).toBeGreaterThan(1);
    const partDir = join(dir, `parts-${name}`);
    mkdirSync(partDir);
    for (const part of parts) writeFileSync(join(partDir, part.name.replace(/\//g, '_')), await part.async('string'));
    const files = readdirSync(partDir);
    const validate = (schema: string, prefix: string) => {
      const chosen = files.filter((f) => f.startsWith(prefix)).map((f) => join(partDir, f));
      expect(chosen.length).toBeGreaterThan(0);
      // xmllint exits non-zero and names the element when a part breaks the schema.
      execFileSync('xmllint', ['--noout', '--schema', join(XSD, schema), ...chosen], { stdio: 'pipe' });
    };
    validate('dml-chart.xsd', 'xl_charts_');
    validate('dml-spreadsheetDrawing.xsd', 'xl_drawings_');
    // The sheets that hold a drawing or column breaks: each element where the schema puts it.
    // Attributes of the namespaces a part marks mc:Ignorable (x14ac) are dropped first, as Excel does.
    for (const sheet of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const xml = await sheet.async('string');
      if (!/<drawing |<colBreaks /.test(xml)) continue;
      const path = join(partDir, `ws-${sheet.name.replace(/\//g, '_')}`);
      writeFileSync(path, xml.replace(/ (?:x14ac|mc):[A-Za-z]+="[^"]*"/g, ''));
      execFileSync('xmllint', ['--noout', '--schema', join(XSD, 'sml.xsd'), path], { stdio: 'pipe' });
    }

    const book = XLSX.read(readFileSync(outputs[name].path));
    for (const part of parts.filter((p) => p.name.includes('charts/'))) {
      const xml = await part.async('string');
      for (const m of xml.matchAll(/<c:numRef><c:f>([^<]*)<\/c:f><c:numCache>([\s\S]*?)<\/c:numCache>/g)) {
        const formula = m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&');
        const cached = [...m[2].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map(([, i, v]) => [Number(i), Number(v)] as const);
        const cells = cellsAt(book, formula);
        expect(cached.length).toBe(cells.filter((c) => typeof c === 'number').length);
        for (const [i, v] of cached) expect(cells[i]).toBeCloseTo(v, 9);
      }
    }
  });

  it('no grey note stands where a chart is', async () => {
    for (const { path } of Object.values(outputs)) {
      const book = XLSX.read(readFileSync(path));
      for (const name of book.SheetNames) expect(JSON.stringify(XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 }))).not.toMatch(/tidak dapat disimpan dalam file ini/);
    }
  });
});

