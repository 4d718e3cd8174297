import { SHEETS } from '../../../src/domain/schema/registers';
import { ALL_CAPABILITIES, EXCEL_2019 } from '../../../src/io/office/capabilities';
import { MAX_REQUEST_BYTES, SYNC_BUDGET_BYTES } from '../../../src/io/office/limits';
import { NOTICES, writeSheets } from '../../../src/io/office/writeSheets';
import { GENERATED_MARK, reportHeader } from '../../../src/sheets/reportFrame';
import { SheetSpec, SpecCell } from '../../../src/sheets/spec';
import { registerSheetSpec } from '../../../src/sheets/template/registerSheet';
import { FakeExcel } from '../../helpers/fakeExcel';
import { bayiRows } from '../../helpers/registerRows';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../../helpers/workbook';

const META = { generatedAt: '05-11-2025 09:30 WIB', period: 'Oktober 2025', sources: 'Register Bayi' };
const LONG_URL = `https://wa.me/6281234567890?text=${encodeURIComponent('Ibu, jadwal imunisasi anak Anda: '.repeat(12))}`;

/** A report with one of everything a SheetSpec can hold. */
function reportSpec(name = 'Jadwal Bulan Ini', dataRows = 3): SheetSpec {
  const header = reportHeader('JADWAL IMUNISASI', null, META);
  const table: SpecCell[][] = [['No', 'NIK', 'Nama', 'Tanggal Lahir', 'No HP', 'WhatsApp', 'Cakupan']];
  for (let i = 0; i < dataRows; i++) {
    table.push([i + 1, `33730101012500${String(i % 100).padStart(2, '0')}`, `Anak ${i + 1}`, 45658 + i, `0812${String(i).padStart(8, '0')}`,
      i === 0 ? { text: 'Kirim WA', url: LONG_URL } : { text: 'Kirim WA', url: `https://wa.me/62812${i}` }, 0.5]);
  }
  const first = header.rows.length + 3; // header block, a blank row, the table header
  const last = first + dataRows - 1;
  return {
    name,
    role: 'report',
    values: [...header.rows, [], ...table],
    columnWidths: [5, 18, 24, 12, 14, 12, 10],
    columnFormats: [null, '@', null, null, '@', null, null],
    rowHeights: { 6: 30 },
    styles: [...header.styles, { range: 'A6:G6', style: { bold: true, fill: '#DDEBF7', border: 'thin', wrap: true, horizontal: 'center', vertical: 'middle' } },
      { range: `D${first}:D${last}`, style: { numberFormat: 'dd-mm-yyyy' } }, { range: `G${first}:G${last}`, style: { numberFormat: '0.0%' } }],
    merges: ['A2:G2'],
    freeze: { rows: 6, columns: 2 },
    autoFilter: `A6:G${last}`,
    validations: [{ kind: 'list', range: `C${first}:C${last}`, values: ['L', 'P'], strict: true, prompt: { title: 'Jenis kelamin', text: 'L atau P' } }],
    conditionalFormats: [{ range: `G${first}:G${last}`, rule: { kind: 'cellValue', operator: 'lessThan', values: [0.8] }, style: { fill: '#F8CBAD' } }],
    charts: [{ kind: 'line', title: 'Cakupan', categories: `C${first}:C${last}`, series: [{ name: 'Cakupan', values: `G${first}:G${last}`, color: '#2F75B5' }, { name: 'Target', values: `A${first}:A${last}`, dashed: true }], anchor: { from: 'I6', to: 'P20' }, percent: true }],
    print: { orientation: 'landscape', fitToWidth: true, titleRows: '6:6' },
    rowBreaks: [7],
    tabColor: '#C00000',
  };
}

const PEOPLE = [
  { name: 'Puskesmas', rows: PUSKESMAS_ROWS },
  { name: 'Kelurahan', rows: KELURAHAN_ROWS },
];

/** Everything about a sheet a person fills in, to prove it was left alone. */
const snapshot = (excel: FakeExcel, name: string) => {
  const s = excel.sheet(name);
  return { name: s.name, cells: [...s.cells], settings: [...s.settings], calls: [...s.calls], merges: [...s.merges] };
};

describe('writeSheets (Office.js adapter, through office-addin-mock)', () => {
  it('writes values as the SheetSpec says: text stays text, dates and numbers stay numbers, links show their text', async () => {
    const excel = new FakeExcel(PEOPLE);
    const spec = reportSpec();
    const result = await writeSheets(excel.run, [spec], { capabilities: ALL_CAPABILITIES });
    expect(result).toMatchObject({ written: [{ name: 'Jadwal Bulan Ini', kind: 'create' }], notices: [], cancelled: false });
    const expected = spec.values.map((row) => row.map((c) => (c !== null && typeof c === 'object' && 'text' in c ? c.text : c)));
    expect(excel.grid('Jadwal Bulan Ini')).toEqual(expected);
    // NIK and phone numbers would become numbers, dd-mm-yyyy text a date, if written unprotected.
    expect(excel.value('Jadwal Bulan Ini', 'B7')).toBe('3373010101250000');
    expect(excel.value('Jadwal Bulan Ini', 'E7')).toBe('081200000000');
    expect(excel.value('Jadwal Bulan Ini', 'D7')).toBe(45658);
    expect(excel.value('Jadwal Bulan Ini', 'A1')).toMatch(new RegExp(`^${GENERATED_MARK}`));
    expect(excel.setting('Jadwal Bulan Ini', 'range:F7', 'hyperlink')).toEqual({ address: LONG_URL, textToDisplay: 'Kirim WA' });
    expect(excel.active).toBe('Jadwal Bulan Ini');
  });

  it('writes formats in whole blocks, then charts, validation, conditional formats and page layout', async () => {
    const excel = new FakeExcel(PEOPLE);
    await writeSheets(excel.run, [reportSpec()], { capabilities: ALL_CAPABILITIES });
    const at = (target: string, path: string) => excel.setting('Jadwal Bulan Ini', target, path);
    expect(at('range:D7:D9', 'numberFormat')).toEqual([['dd-mm-yyyy']]);
    expect(at('range:G7:G9', 'numberFormat')).toEqual([['0.0%']]);
    expect(at('range:B:B', 'numberFormat')).toEqual([['@']]);
    expect(at('range:A6:G6', 'format.fill.color')).toBe('#DDEBF7');
    expect(at('range:A6:G6', 'format.font.bold')).toBe(true);
    expect(at('range:A6:G6', 'format.horizontalAlignment')).toBe('Center');
    expect(at('range:A6:G6', 'format.borders.InsideVertical.weight')).toBe('Thin');
    expect(at('range:A1', 'format.font.italic')).toBe(true);
    expect(at('range:A:A', 'format.columnWidth')).toBeCloseTo((5 * 7 + 5) * 0.75);
    expect(at('range:6:6', 'format.rowHeight')).toBe(30);
    expect(at('sheet', 'tabColor')).toBe('#C00000');
    expect(excel.sheet('Jadwal Bulan Ini').merges).toEqual(['A2:G2']);
    expect(excel.calls('Jadwal Bulan Ini', 'freezePanes.freezeAt')[0].args).toEqual(['A1:B6']);
    expect(excel.calls('Jadwal Bulan Ini', 'autoFilter.apply')[0].args).toEqual(['A6:G9']);
    expect(at('range:C7:C9', 'dataValidation.rule')).toEqual({ list: { inCellDropDown: true, source: 'L,P' } });
    expect(at('range:C7:C9', 'dataValidation.errorAlert')).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(at('cf:0:G7:G9', 'cellValue.rule')).toEqual({ formula1: '0.8', operator: 'LessThan' });
    expect(at('cf:0:G7:G9', 'cellValue.format.fill.color')).toBe('#F8CBAD');
    expect(excel.calls('Jadwal Bulan Ini', 'charts.add')[0].args).toEqual(['Line', 'G7:G9', 'Columns']);
    expect(at('chart:0', 'title.text')).toBe('Cakupan');
    expect(at('chart:0', 'axes.valueAxis.numberFormat')).toBe('0%');
    expect(excel.calls('Jadwal Bulan Ini', 'setPosition')[0].args).toEqual(['I6', 'P20']);
    expect(excel.calls('Jadwal Bulan Ini', 'setXAxisValues').map((c) => c.args)).toEqual([['C7:C9'], ['C7:C9']]);
    expect(excel.calls('Jadwal Bulan Ini', 'setValues').map((c) => c.args)).toEqual([['A7:A9']]);
    expect(at('chart:0/series:1', 'format.line.lineStyle')).toBe('Dash');
    expect(at('chart:0/series:0', 'format.line.color')).toBe('#2F75B5');
    expect(at('sheet', 'pageLayout.orientation')).toBe('Landscape');
    expect(at('sheet', 'pageLayout.zoom')).toEqual({ horizontalFitToPages: 1 });
    expect(excel.calls('Jadwal Bulan Ini', 'pageLayout.setPrintTitleRows')[0].args).toEqual(['$6:$6']);
    // A page ends after row 7: Excel breaks before the range given.
    expect(excel.calls('Jadwal Bulan Ini', 'horizontalPageBreaks.add').map((c) => c.args)).toEqual([['A8']]);
    // Values first: no format reaches the sheet before the last value block.
    const order = excel.sheet('Jadwal Bulan Ini').settings.map((s) => s.path);
    expect(order.lastIndexOf('values')).toBeLessThan(order.indexOf('numberFormat'));
  });

  it('draws the target line of a column chart as a dashed line over the columns, as the file writer does', async () => {
    const excel = new FakeExcel(PEOPLE);
    const base = reportSpec();
    const chart = { ...base.charts![0], kind: 'column' as const };
    await writeSheets(excel.run, [{ ...base, charts: [chart] }], { capabilities: ALL_CAPABILITIES });
    const at = (target: string, path: string) => excel.setting('Jadwal Bulan Ini', target, path);
    expect(excel.calls('Jadwal Bulan Ini', 'charts.add')[0].args[0]).toBe('ColumnClustered');
    expect(at('chart:0/series:1', 'chartType')).toBe('Line');
    expect(at('chart:0/series:1', 'format.line.lineStyle')).toBe('Dash');
    expect(at('chart:0/series:0', 'chartType')).toBeUndefined();
  });

  it('prints a wide table across pages at a fixed scale: column breaks and repeated columns', async () => {
    const excel = new FakeExcel(PEOPLE);
    const spec = { ...reportSpec(), print: { orientation: 'landscape' as const, fitToWidth: false, scale: 90, titleRows: '6:6', titleColumns: 'A:B', columns: 'A:H' }, columnBreaks: [5] };
    await writeSheets(excel.run, [spec], { capabilities: ALL_CAPABILITIES });
    const at = (target: string, path: string) => excel.setting('Jadwal Bulan Ini', target, path);
    expect(at('sheet', 'pageLayout.zoom')).toEqual({ scale: 90 });
    expect(excel.calls('Jadwal Bulan Ini', 'pageLayout.setPrintTitleColumns')[0].args).toEqual(['$A:$B']);
    // The columns right of the print area show on screen only.
    expect(excel.calls('Jadwal Bulan Ini', 'pageLayout.setPrintArea')[0].args).toEqual(['$A:$H']);
    // The table's right-hand part is printed right after its left-hand part.
    expect(at('sheet', 'pageLayout.printOrder')).toBe('OverThenDown');
    // A page ends after column E: Excel breaks before the range given.
    expect(excel.calls('Jadwal Bulan Ini', 'verticalPageBreaks.add').map((c) => c.args)).toEqual([['F1']]);
  });

  it('on Excel 2019 (ExcelApi 1.7) leaves out what it cannot do, says so, and still writes every value', async () => {
    const excel = new FakeExcel(PEOPLE);
    const spec = reportSpec();
    const result = await writeSheets(excel.run, [spec], { capabilities: EXCEL_2019 });
    expect(result.notices.sort()).toEqual([NOTICES.autoFilter, NOTICES.chartAxisFormat, NOTICES.dataValidation, NOTICES.pageLayout].sort());
    expect(excel.grid('Jadwal Bulan Ini')).toEqual(spec.values.map((row) => row.map((c) => (c !== null && typeof c === 'object' && 'text' in c ? c.text : c))));
    const paths = excel.settings('Jadwal Bulan Ini').map((s) => s.path);
    expect(paths.some((p) => p.startsWith('dataValidation') || p.startsWith('pageLayout') || p === 'axes.valueAxis.numberFormat')).toBe(false);
    expect(excel.calls('Jadwal Bulan Ini', 'autoFilter.apply')).toHaveLength(0);
    expect(excel.calls('Jadwal Bulan Ini', 'horizontalPageBreaks.add')).toHaveLength(0);
    expect(excel.calls('Jadwal Bulan Ini', 'charts.add')).toHaveLength(1);
    expect(excel.settings('Jadwal Bulan Ini', (s) => s.path === 'cellValue.rule')).toHaveLength(1);
  });

  it("replaces its own sheet whole, in the same place, and never touches people's sheets", async () => {
    const old = reportSpec('Jadwal Bulan Ini', 40).values as (string | number | null)[][];
    const excel = new FakeExcel([PEOPLE[0], { name: 'Jadwal Bulan Ini', rows: old.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? null : c))) }, PEOPLE[1]]);
    const before = PEOPLE.map((p) => snapshot(excel, p.name));
    await writeSheets(excel.run, [reportSpec('jadwal bulan ini', 2)], { capabilities: ALL_CAPABILITIES });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Puskesmas', 'Jadwal Bulan Ini', 'Kelurahan']);
    expect(excel.grid('Jadwal Bulan Ini')).toHaveLength(8); // 40 old rows gone: header block, blank, table header, 2 rows
    expect(PEOPLE.map((p) => snapshot(excel, p.name))).toEqual(before);
  });

  it("asks before giving a report another name when a person's sheet holds its name, and writes nothing if refused", async () => {
    const person = { name: 'Jadwal Bulan Ini', rows: [['Catatan bidan'], ['jangan dihapus']] };
    const asked: unknown[] = [];
    const refuse = new FakeExcel([...PEOPLE, person]);
    const before = refuse.sheets.map((s) => snapshot(refuse, s.name));
    const refused = await writeSheets(refuse.run, [reportSpec()], { capabilities: ALL_CAPABILITIES, confirmRenames: async (r) => (asked.push(r), false) });
    expect(asked).toEqual([[{ wanted: 'Jadwal Bulan Ini', used: 'Jadwal Bulan Ini (2)' }]]);
    expect(refused.cancelled).toBe(true);
    expect(refuse.sheets.map((s) => snapshot(refuse, s.name))).toEqual(before);

    const accept = new FakeExcel([...PEOPLE, person]);
    const kept = snapshot(accept, 'Jadwal Bulan Ini');
    const accepted = await writeSheets(accept.run, [reportSpec()], { capabilities: ALL_CAPABILITIES, confirmRenames: async () => true });
    expect(accepted.written).toEqual([{ name: 'Jadwal Bulan Ini (2)', kind: 'create' }]);
    expect(snapshot(accept, 'Jadwal Bulan Ini')).toEqual(kept);
    // Made again, the report replaces its own "(2)" rather than adding "(3)".
    await writeSheets(accept.run, [reportSpec()], { capabilities: ALL_CAPABILITIES, confirmRenames: async () => true });
    expect(accept.sheets.map((s) => s.name)).toEqual(['Puskesmas', 'Kelurahan', 'Jadwal Bulan Ini', 'Jadwal Bulan Ini (2)']);
  });

  it('adds only missing register sheets and leaves existing ones exactly as they are', async () => {
    const excel = new FakeExcel(PEOPLE);
    const before = PEOPLE.map((p) => snapshot(excel, p.name));
    const specs = SHEETS.filter((s) => ['puskesmas', 'kelurahan', 'vaksin'].includes(s.key)).map((s) => registerSheetSpec(s));
    const result = await writeSheets(excel.run, specs, { capabilities: ALL_CAPABILITIES });
    expect(result.skipped).toEqual(['Puskesmas', 'Kelurahan']);
    expect(result.written).toEqual([{ name: 'Vaksin', kind: 'create' }]);
    expect(PEOPLE.map((p) => snapshot(excel, p.name))).toEqual(before);
    expect(excel.grid('Vaksin')[2]).toEqual(SHEETS.find((s) => s.key === 'vaksin')!.columns.map((c) => c.header));
  });

  it('refuses a report spec without the generated mark before touching the workbook', async () => {
    const excel = new FakeExcel(PEOPLE);
    const unmarked: SheetSpec = { name: 'Laporan', role: 'report', values: [['Laporan tanpa tanda']] };
    await expect(writeSheets(excel.run, [unmarked], { capabilities: ALL_CAPABILITIES })).rejects.toThrow(/GENERATED_MARK/);
    expect(excel.syncCount).toBe(0);
  });

  it('syncs by data volume, not by rows, and keeps every request under 4 MB for a 20,000-row register', async () => {
    const write = async (rows: number) => {
      const excel = new FakeExcel(PEOPLE);
      const bayi = SHEETS.find((s) => s.key === 'bayi')!;
      await writeSheets(excel.run, [registerSheetSpec(bayi, { rows: bayiRows(rows) }), reportSpec('Jadwal Bulan Ini', rows)], { capabilities: ALL_CAPABILITIES });
      expect(excel.grid('Register Bayi')).toHaveLength(rows + 3);
      expect(excel.grid('Jadwal Bulan Ini')).toHaveLength(rows + 6 - 0);
      return excel;
    };
    const small = await write(100);
    const large = await write(20_000);
    expect(large.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
    const bytes = large.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    // One sync per ~2 MB block of data beyond the fixed ones, however many rows.
    expect(large.syncCount).toBeLessThanOrEqual(small.syncCount + Math.ceil(bytes / SYNC_BUDGET_BYTES) + 1);
    expect(small.syncCount).toBeLessThanOrEqual(4);
  });
});
