import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { addSheetsToWorkbook, UnsupportedInputError, writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { GENERATED_MARK } from '../../../src/sheets/reportFrame';
import { SheetSpec } from '../../../src/sheets/spec';
import { EVERY_FEATURE, SMALL_REPORT } from '../../helpers/everySpec';
import { personWorkbook } from '../../helpers/personWorkbook';

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) out.set(path, await file.async('nodebuffer'));
  return out;
}

/** ExcelJS keeps loaded conditional formats on the sheet but leaves them out of its typings. */
function conditionalFormats(ws: ExcelJS.Worksheet): { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] {
  return (ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings;
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * Everything ExcelJS sees of a sheet: cell values and styles, merges, views, widths, rules,
 * page setup. Validations are left to the byte comparison for the person's sheets, whose
 * whole-column rule ExcelJS expands into a million entries.
 */
function sheetModel(ws: ExcelJS.Worksheet, withValidations = true) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, style: cell.style };
    }),
  );
  return {
    cells,
    merges: ws.model.merges,
    views: ws.views,
    columns: ws.columns?.map((c) => ({ width: c.width, numFmt: c.numFmt })),
    rows: [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1).height),
    validations: withValidations ? (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model : null,
    conditionalFormats: conditionalFormats(ws),
    pageSetup: ws.pageSetup,
    autoFilter: ws.autoFilter,
    tabColor: ws.properties.tabColor,
  };
}

/** What SheetJS, a second reader, sees of a sheet: every cell's type, value, formula and text. */
function sheetJsCells(bytes: Uint8Array, name: string) {
  const sheet = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true }).Sheets[name];
  const cells = Object.fromEntries(
    Object.entries(sheet)
      .filter(([k]) => !k.startsWith('!'))
      .map(([k, c]) => [k, { t: c.t, v: c.v, f: c.f, w: c.w, z: c.z }]),
  );
  return { cells, merges: sheet['!merges'], cols: sheet['!cols'] };
}

const PERSON_SHEETS = ['Register Bayi', 'Kelurahan', 'Laporan Uji'];
/** The parts an added sheet has to touch: the sheet list, its links, the content types, the styles. */
const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

describe('addSheetsToWorkbook', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let renamed: { wanted: string; used: string }[];
  let inputBook: ExcelJS.Workbook;
  let outputBook: ExcelJS.Workbook;
  beforeAll(async () => {
    input = await personWorkbook(GENERATED_MARK);
    ({ bytes: output, renamed } = await addSheetsToWorkbook(input, [EVERY_FEATURE, SMALL_REPORT]));
    [inputBook, outputBook] = [await excel(input), await excel(output)];
  });

  it("keeps every part of the person's workbook byte for byte, except the few an added sheet must edit", async () => {
    const before = await parts(input);
    const after = await parts(output);
    // sheet3 is "Laporan Lama", the add-in's own earlier report, which is replaced.
    const replaced = ['xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet3.xml.rels'];
    for (const [path, bytes] of before) {
      if (EDITED.includes(path) || replaced.includes(path)) continue;
      expect([path, after.get(path)?.equals(bytes)]).toEqual([path, true]);
    }
    // Every part of the result is well-formed XML.
    for (const [path, bytes] of after) if (/\.(xml|rels)$/.test(path)) expect([path, XMLValidator.validate(bytes.toString())]).toEqual([path, true]);
    // The parts ExcelJS would drop are among them: the x14 drop-down and the chart.
    expect(after.get('xl/worksheets/sheet1.xml')!.toString()).toContain('<xm:f>Kelurahan!$A$2:$A$3</xm:f>');
    expect(after.has('xl/charts/chart1.xml')).toBe(true);
  });

  it("adds the report's chart under free part names beside the person's own chart, and a re-run replaces it without leftovers", async () => {
    const after = await parts(output);
    const charts = [...after.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
    expect(charts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    // The person has a "Laporan Uji": ours took "Laporan Uji (2)", and the chart names that sheet.
    expect(after.get('xl/charts/chart2.xml')!.toString()).toContain('<c:f>&apos;Laporan Uji (2)&apos;!$C$4:$C$5</c:f>');
    // The drawing that holds our chart is linked from our sheet only, and declared.
    const types = after.get('[Content_Types].xml')!.toString();
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing2.xml"');
    expect(after.get('xl/drawings/_rels/drawing2.xml.rels')!.toString()).toContain('Target="../charts/chart2.xml"');

    const again = (await addSheetsToWorkbook(output, [{ ...EVERY_FEATURE, name: 'Laporan Uji (2)' }])).bytes;
    const rerun = await parts(again);
    expect([...rerun.keys()].filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
    expect(rerun.get('xl/charts/chart1.xml')!.equals(after.get('xl/charts/chart1.xml')!)).toBe(true);
  });

  it('only appends to the parts it edits, so every existing style and name keeps its index', async () => {
    const before = await parts(input);
    const after = await parts(output);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
    const styles = (bytes: Buffer) => parser.parse(bytes.toString()).styleSheet[0];
    const [was, now] = [styles(before.get('xl/styles.xml')!), styles(after.get('xl/styles.xml')!)];
    for (const [section, child] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['dxfs', 'dxf']]) {
      const old = was[section][0][child];
      expect(now[section][0][child].length).toBeGreaterThan(old.length);
      expect(now[section][0][child].slice(0, old.length)).toEqual(old);
      expect(Number(now[section][0]['@_count'])).toBe(now[section][0][child].length);
    }
    const workbook = after.get('xl/workbook.xml')!.toString();
    expect(workbook).toContain('<definedName name="DaftarKelurahan">Kelurahan!$A$2:$A$3</definedName>');
  });

  it("reads the person's sheets exactly as before, in ExcelJS and in SheetJS", async () => {
    const [was, now] = [inputBook, outputBook];
    for (const name of PERSON_SHEETS) {
      expect(sheetModel(now.getWorksheet(name)!, false)).toEqual(sheetModel(was.getWorksheet(name)!, false));
      expect(sheetJsCells(output, name)).toEqual(sheetJsCells(input, name));
    }
    // Spot checks, so that "equal" is known to cover what matters.
    const reg = now.getWorksheet('Register Bayi')!;
    expect(reg.getCell('B2').numFmt).toBe('dd-mm-yyyy');
    expect(reg.getCell('C2').value).toMatchObject({ formula: 'DATE(2025,12,31)-B2' });
    expect(reg.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(reg.getCell('J1').isMerged).toBe(true);
    expect(reg.getCell('E100000').dataValidation).toMatchObject({ type: 'list', formulae: ['"L,P"'] });
  });

  it('writes the generated sheets exactly as in a workbook of their own (styles, rules, links renumbered right)', async () => {
    const alone = await excel(await writeWorkbook([{ ...EVERY_FEATURE, name: 'Laporan Uji (2)' }, SMALL_REPORT]));
    const merged = outputBook;
    for (const name of ['Laporan Uji (2)', 'Laporan Lama']) expect(sheetModel(merged.getWorksheet(name)!)).toEqual(sheetModel(alone.getWorksheet(name)!));
    const sheet = sheetJsCells(output, 'Laporan Uji (2)');
    expect(sheet.cells.B4).toMatchObject({ t: 'n', w: '28-02-2025' });
    expect(sheet.cells.E4).toMatchObject({ v: 'Kirim WA' });
  });

  it("replaces its own earlier report in place and renames around a person's sheet", async () => {
    expect(renamed).toEqual([{ wanted: 'Laporan Uji', used: 'Laporan Uji (2)' }]);
    const wb = outputBook;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register Bayi', 'Kelurahan', 'Laporan Lama', 'Laporan Uji', 'Laporan Uji (2)']);
    const old = wb.getWorksheet('Laporan Lama')!;
    expect(old.getCell('A2').value).toBe('baru');
    // The old report's hyperlink went with it; the new one's print titles replace the old.
    expect(old.getCell('A2').hyperlink).toBeUndefined();
    const workbook = (await parts(output)).get('xl/workbook.xml')!.toString();
    expect(workbook.match(/_xlnm.Print_Titles" localSheetId="2">[^<]*/g)).toEqual(["_xlnm.Print_Titles\" localSheetId=\"2\">&apos;Laporan Lama&apos;!$1:$1"]);
    expect(workbook).toContain('localSheetId="4">&apos;Laporan Uji (2)&apos;!$1:$3');
    expect((await parts(output)).has('xl/worksheets/_rels/sheet3.xml.rels')).toBe(false);
  });

  it('adds again to its own output: replaces, never duplicates, and matches names case-insensitively', async () => {
    const again = await addSheetsToWorkbook(output, [{ ...EVERY_FEATURE, name: 'laporan uji (2)' }, SMALL_REPORT, { name: 'LAPORAN UJI', role: 'report', values: [[GENERATED_MARK]] }]);
    expect(again.renamed).toEqual([{ wanted: 'LAPORAN UJI', used: 'LAPORAN UJI (3)' }]);
    const wb = await excel(again.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register Bayi', 'Kelurahan', 'Laporan Lama', 'Laporan Uji', 'Laporan Uji (2)', 'LAPORAN UJI (3)']);
    expect(sheetModel(wb.getWorksheet('Laporan Uji (2)')!)).toEqual(sheetModel(outputBook.getWorksheet('Laporan Uji (2)')!));
    expect(wb.getWorksheet('Laporan Uji')!.getCell('A1').value).toBe('catatan petugas sendiri');
  });

  it('adds to workbooks written by SheetJS, without a shared-string table and with its own styles part', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['NIK', 'Tanggal'], ['3373015708240001', 45667]]), 'Data');
    const sheetJsInput = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: false }) as Buffer);
    const { bytes } = await addSheetsToWorkbook(sheetJsInput, [EVERY_FEATURE]);
    expect(sheetJsCells(bytes, 'Data')).toEqual(sheetJsCells(sheetJsInput, 'Data'));
    const alone = await excel(await writeWorkbook([EVERY_FEATURE]));
    expect(sheetModel((await excel(bytes)).getWorksheet('Laporan Uji')!)).toEqual(sheetModel(alone.getWorksheet('Laporan Uji')!));
  });

  it("drops Excel's calculation chain only when it names cells of a report it replaces", async () => {
    const withChain = async (cells: string) => {
      const zip = await JSZip.loadAsync(input);
      zip.file('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells}</calcChain>`);
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
      return (await addSheetsToWorkbook(await zip.generateAsync({ type: 'uint8array' }), [SMALL_REPORT])).bytes;
    };
    // Register Bayi (sheetId 1) only: kept as it was.
    const kept = await parts(await withChain('<c r="C2" i="1"/><c r="C3"/>'));
    expect(kept.get('xl/calcChain.xml')!.toString()).toContain('<c r="C2" i="1"/><c r="C3"/>');
    // A formula someone typed into the old report (Laporan Lama, sheetId 3): the chain goes, and every mention of it.
    const dropped = await parts(await withChain('<c r="C2" i="1"/><c r="B9" i="3"/>'));
    expect(dropped.has('xl/calcChain.xml')).toBe(false);
    expect(dropped.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('calcChain');
    expect(dropped.get('[Content_Types].xml')!.toString()).not.toContain('calcChain');
  });

  describe('inputs it cannot add to get a clear message in Bahasa Indonesia', () => {
    const spec: SheetSpec[] = [SMALL_REPORT];
    const sheetJs = (bookType: XLSX.BookType) => {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['a', 1]]), 'S');
      return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
    };
    const refusal = async (bytes: Uint8Array) => {
      const error = await addSheetsToWorkbook(bytes, spec).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UnsupportedInputError);
      return (error as Error).message;
    };

    it.each([
      ['ods', /OpenDocument \(\.ods\)/],
      ['xls', /Excel 97-2003 \(\.xls\)/],
      ['xlsb', /Excel Binary \(\.xlsb\)/],
      ['csv', /bukan buku kerja \.xlsx/],
    ] as const)('%s', async (bookType, reason) => {
      const message = await refusal(sheetJs(bookType));
      expect(message).toMatch(reason);
      expect(message).toContain('Simpan dulu file itu sebagai Buku Kerja Excel (.xlsx)');
      expect(message).toContain('--terpisah');
    });

    it('a zip that is not a workbook, a cut-off xlsx, and no bytes at all', async () => {
      const zip = new JSZip();
      zip.file('catatan.txt', 'halo');
      expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/arsip zip tetapi bukan buku kerja/);
      const xlsx = sheetJs('xlsx');
      expect(await refusal(xlsx.subarray(0, xlsx.length / 2))).toMatch(/rusak atau tidak lengkap/);
      expect(await refusal(new Uint8Array(0))).toMatch(/bukan buku kerja/);
    });

  });
});
