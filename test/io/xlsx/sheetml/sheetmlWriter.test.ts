import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { columnLetter, parseRange } from '../../../../src/sheets/a1';
import { isDateFormat } from '../../../../src/sheets/dateSystem';
import { SheetSpec, SpecCell } from '../../../../src/sheets/spec';
import { EVERY_FEATURE, SMALL_REPORT } from '../../../helpers/everySpec';
import { writeWithExcelJs } from '../../../helpers/excelJsWriter/writeWithExcelJs';

/**
 * The sheets written straight from their specs (src/io/xlsx/sheetml) against two references:
 * the spec itself, and the same specs rendered by ExcelJS as the writer did before, both read
 * back by ExcelJS (a reader that is not ours). Every worksheet and styles part is checked
 * against the ECMA-376 SpreadsheetML schema with xmllint.
 */
const SAMPLE = 'templates/contoh-puskesmas.xlsx';
const XSD = 'test/fixtures/ooxml-xsd/sml.xsd';

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A font as it looks: the theme colour and scheme ExcelJS gives its default font change nothing drawn. */
function font(f: Partial<ExcelJS.Font> | undefined) {
  if (!f) return { name: 'Calibri', size: 11 };
  return { name: f.name ?? 'Calibri', size: f.size ?? 11, bold: Boolean(f.bold), italic: Boolean(f.italic), color: f.color?.argb ?? null };
}

function look(cell: ExcelJS.Cell) {
  const s = cell.style;
  return {
    numFmt: s.numFmt ?? 'General',
    font: font(s.font),
    fill: s.fill && s.fill.type === 'pattern' && s.fill.pattern !== 'none' ? s.fill : null,
    border: s.border && Object.keys(s.border).length ? s.border : null,
    alignment: s.alignment && Object.keys(s.alignment).length ? s.alignment : null,
  };
}

/** Every cell either writer wrote, by address: value and look, blank cells of a formatted column as that column's. */
function cells(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet) {
  const addresses = new Set<string>();
  for (const ws of [a, b]) ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void addresses.add(cell.address)));
  const model = (ws: ExcelJS.Worksheet) => Object.fromEntries([...addresses].sort().map((address) => [address, { value: ws.getCell(address).value, look: look(ws.getCell(address)) }]));
  return [model(a), model(b)];
}

/** The sheet's setup; the page only where the spec sets one (else each application's default page). */
function sheetSetup(ws: ExcelJS.Worksheet, printed: boolean) {
  const p = ws.pageSetup;
  return {
    merges: [...ws.model.merges].sort(),
    views: (ws.views ?? []).filter((v) => v.state === 'frozen').map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit ?? 0, ySplit: (v as { ySplit?: number }).ySplit ?? 0 })),
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormats: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    page: printed && { paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, titlesRow: p.printTitlesRow, titlesColumn: p.printTitlesColumn, gridlines: Boolean(p.showGridLines), margins: p.margins },
    rowBreaks: (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id),
    autoFilter: ws.autoFilter,
    tabColor: ws.properties.tabColor,
    heights: [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1).height ?? null),
  };
}

/** What the spec says a cell holds, as ExcelJS gives it back (a date-formatted serial as its UTC date). */
function expected(cell: SpecCell, format: string | undefined): unknown {
  if (cell === null) return null;
  if (typeof cell === 'object') return 'error' in cell ? { error: cell.error } : { text: cell.text, hyperlink: cell.url };
  if (typeof cell === 'number' && isDateFormat(format)) return new Date(Math.round((cell - 25569) * 86_400_000));
  return cell;
}

function validate(parts: Map<string, string>): void {
  const dir = mkdtempSync(join(tmpdir(), 'sheetml-'));
  const chosen = [...parts].filter(([path]) => /^xl\/(worksheets\/sheet\d+|styles|workbook)\.xml$/.test(path));
  expect(chosen.length).toBeGreaterThan(1);
  const files = chosen.map(([path, text]) => {
    const file = join(dir, path.replace(/\//g, '_'));
    writeFileSync(file, withoutIgnorable(text));
    return file;
  });
  // xmllint exits non-zero and names the element when a part breaks the schema.
  execFileSync('xmllint', ['--noout', '--schema', XSD, ...files], { stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * A part without the attributes its producer marked ignorable (mc:Ignorable: Excel's x14ac
 * extensions in the person's styles part), which the ECMA schema does not list.
 */
function withoutIgnorable(xml: string): string {
  const prefixes = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/\s(?:mc:Ignorable|xmlns:mc)="[^"]*"/g, '');
  for (const p of prefixes) out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  return out;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) out.set(path, await file.async('string'));
  return out;
}

describe('sheets written straight from their specs', () => {
  const workbook = readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)));
  const specs: SheetSpec[] = [...monthlyReport(workbook, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' }).specs, EVERY_FEATURE, SMALL_REPORT];
  let written: Uint8Array;
  let ours: ExcelJS.Workbook;
  let reference: ExcelJS.Workbook;
  beforeAll(async () => {
    written = await writeWorkbook(specs);
    ours = await excel(written);
    reference = await excel(await writeWithExcelJs(specs));
  });

  it('the monthly report has every feature the writer must carry', () => {
    const used = (key: keyof SheetSpec) => specs.filter((s) => s.name !== EVERY_FEATURE.name && s[key] !== undefined && (!Array.isArray(s[key]) || (s[key] as unknown[]).length > 0)).length;
    for (const key of ['styles', 'merges', 'columnWidths', 'rowHeights', 'freeze', 'print', 'conditionalFormats', 'charts'] as const) expect([key, used(key) > 0]).toEqual([key, true]);
  });

  it('validates every worksheet, the styles part and the workbook part against the SpreadsheetML schema', async () => {
    validate(await parts(written));
    const input = new Uint8Array(readFileSync(SAMPLE));
    // Into a person's workbook: the sheets we wrote and the merged styles part (the person's own sheets are theirs).
    const before = await parts(input);
    const after = await parts((await addSheetsToWorkbook(input, specs)).bytes);
    const changed = new Map([...after].filter(([path, text]) => before.get(path) !== text));
    expect([...changed.keys()].filter((p) => p.startsWith('xl/worksheets/sheet')).length).toBe(specs.length);
    validate(changed);
  });

  it.each(specs.map((s) => [s.name]))('%s: values, number formats, fonts, fills, borders and alignment as ExcelJS rendered them', (name) => {
    const [mine, theirs] = cells(ours.getWorksheet(name)!, reference.getWorksheet(name)!);
    expect(mine).toEqual(theirs);
  });

  it.each(specs.map((s) => [s.name]))('%s: merges, panes, validations, conditional formats, print setup as ExcelJS rendered them', (name) => {
    const printed = Boolean(specs.find((s) => s.name === name)!.print);
    expect(sheetSetup(ours.getWorksheet(name)!, printed)).toEqual(sheetSetup(reference.getWorksheet(name)!, printed));
  });

  it.each(specs.map((s) => [s.name]))('%s: every value and column width the spec gives', (name) => {
    const spec = specs.find((s) => s.name === name)!;
    const ws = ours.getWorksheet(name)!;
    const covered = new Set<string>();
    for (const m of spec.merges ?? []) {
      const { top, left, bottom, right } = parseRange(m);
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${columnLetter(c)}${r}`);
    }
    spec.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = `${columnLetter(c + 1)}${r + 1}`;
        if (covered.has(address)) return;
        const cell = ws.getCell(address);
        expect([address, cell.value]).toEqual([address, expected(value, cell.numFmt)]);
      }),
    );
    (spec.columnWidths ?? []).forEach((width, i) => width > 0 && expect([i, ws.getColumn(i + 1).width]).toEqual([i, width]));
  });

  it('reads the same in SheetJS: every cell typed and formatted as the ExcelJS rendering', async () => {
    const read = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array' });
    const [mine, theirs] = [read(written), read(await writeWithExcelJs(specs))];
    for (const { name } of specs) {
      const strip = (sheet: XLSX.WorkSheet) => Object.fromEntries(Object.entries(sheet).filter(([k, c]) => !k.startsWith('!') && c.v !== undefined).map(([k, c]) => [k, { t: c.t, v: c.v, w: c.w }]));
      expect([name, strip(mine.Sheets[name])]).toEqual([name, strip(theirs.Sheets[name])]);
    }
  });
});
