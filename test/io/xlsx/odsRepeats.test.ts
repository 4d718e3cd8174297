import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertAllWithLibreOffice } from '../../../scripts/libreoffice';
import { XmlScanner } from '../../../src/io/xlsx/ooxml/xmlScanner';
import { OdsCellCounter } from '../../../src/io/xlsx/odsCells';
import { READ_LIMITS } from '../../../src/io/xlsx/readLimits';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import * as sheetJsModule from '../../../src/io/xlsx/sheetJs';
import { readWithSheetJs } from '../../../src/io/xlsx/sheetJsRead';
import { EVERY_SHEET } from '../../../src/io/xlsx/sheetSelection';
import { contentXml, editContent, inSheet, repeatedCellBomb, withTrailingRows } from '../../helpers/odsContent';
import { filledCells, readRefusal } from '../../helpers/readRefusal';

const ROOT = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ods-ulang-'));

const refusal = (bytes: Uint8Array, name = 'bom.ods') => readRefusal(bytes, name);

function counted(xml: string): OdsCellCounter {
  const counter = new OdsCellCounter({ cells: READ_LIMITS.cells, textChars: READ_LIMITS.cellText });
  new XmlScanner(counter).feed(xml);
  return counter;
}

describe('.ods repeated cells: counted before SheetJS parses the file', () => {
  let ods: Uint8Array;
  let fods: Uint8Array;
  let sheetJsCalls: jest.SpyInstance;
  beforeAll(async () => {
    // The sample register as LibreOffice saves it: its empty rows repeated to row 1 048 576,
    // empty columns to XFD, the validated empty rows of each register repeated 5000 times.
    const [odsFile, fodsFile] = await Promise.all([
      convertAllWithLibreOffice([join(ROOT, 'templates', 'contoh-puskesmas.xlsx')], 'ods', dir),
      convertAllWithLibreOffice([join(ROOT, 'templates', 'contoh-puskesmas.xlsx')], 'fods', mkdtempSync(join(tmpdir(), 'fods-'))),
    ]);
    ods = new Uint8Array(readFileSync(odsFile[0]));
    fods = new Uint8Array(readFileSync(fodsFile[0]));
  });
  beforeEach(() => {
    sheetJsCalls = jest.spyOn(sheetJsModule, 'sheetJs');
  });
  afterEach(() => sheetJsCalls.mockRestore());

  it('the sample saved by LibreOffice (.ods and .fods) reads exactly as SheetJS reads it, and the count is SheetJS\'s own', () => {
    const xml = contentXml(ods);
    // LibreOffice's own repeats are there: empty rows to the end of the grid, empty columns to XFD.
    expect(xml).toMatch(/table:number-rows-repeated="104\d{4}"/);
    expect(xml).toMatch(/<table:table-cell table:number-columns-repeated="163\d\d"\/>/);
    const bySheetJs = readWithSheetJs(ods, EVERY_SHEET).sheets;
    const read = readWorkbookBytes(ods, 'contoh.ods');
    expect(read.sheets).toEqual(bySheetJs);
    expect(read.sheets.find((s) => s.name === 'Register Bayi')!.rows.length).toBeGreaterThan(100);
    // The same workbook saved flat (.fods) reads to the same sheets.
    expect(readWorkbookBytes(fods, 'contoh.fods').sheets).toEqual(bySheetJs);
    // What the counter finds is what SheetJS builds, cell for cell.
    expect(counted(xml).cells).toBe(filledCells(bySheetJs));
    expect(counted(xml).problem).toBeNull();
  });

  it('a value repeated over the empty rows to the end of the sheet (32 million cells) is refused before SheetJS is loaded, naming sheet, cells and what to delete', () => {
    const bomb = repeatedCellBomb(ods);
    expect(bomb.length).toBeLessThan(ods.length * 1.1);
    const error = refusal(bomb);
    expect(sheetJsCalls).not.toHaveBeenCalled();
    expect([error.reason, error.message]).toEqual([
      'too-large',
      'bom.ods: file terlalu besar untuk dibuka: di sheet "Register Bayi", isi sel A5004 diulang ke 1.043.572 baris × 31 kolom (A5004:AE1048575), sehingga buku kerja berisi lebih dari 5.000.000 sel berisi (batas seluruh buku kerja). Buka file di LibreOffice, hapus baris/kolom yang tidak dipakai di akhir sheet itu (A5004:AE1048575), lalu simpan ulang.',
    ]);
  });

  it('the whole grid of one repeated text cell (16 384 × 1 048 576) is refused the same way; a fods the same', () => {
    const wholeGrid = '<table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>';
    const bomb = editContent(ods, (xml) => inSheet(xml, 'Target', (table) => table.replace(/<table:table-row[\s\S]*$/, wholeGrid)));
    expect(refusal(bomb).message).toMatch(/^bom\.ods: file terlalu besar untuk dibuka: di sheet "Target", isi sel A1 diulang ke 1\.048\.576 baris × 16\.384 kolom \(A1:XFD1048576\)/);
    const flat = new TextEncoder().encode(inSheet(new TextDecoder().decode(fods), 'Target', (table) => table.replace(/<table:table-row[\s\S]*$/, wholeGrid)));
    expect(refusal(flat, 'bom.fods').message).toMatch(/^bom\.fods: file terlalu besar untuk dibuka: di sheet "Target", isi sel A1 diulang ke 1\.048\.576 baris/);
    expect(sheetJsCalls).not.toHaveBeenCalled();
  });

  it('empty cells repeated to the end, styled or not, self-closing or not, cost SheetJS nothing and are read as before', () => {
    const lastRow = '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const styled = editContent(ods, (xml) => {
      expect(xml).toContain(lastRow);
      return withTrailingRows(xml, 'Register Bayi', () => '<table:table-cell table:style-name="ce1" table:number-columns-repeated="16384"/>').replace(lastRow, '<table:table-row table:style-name="ro1"><table:table-cell table:style-name="ce1" table:number-columns-repeated="16384"></table:table-cell></table:table-row>');
    });
    expect(readWorkbookBytes(styled, 'rapi.ods').sheets).toEqual(readWorkbookBytes(ods, 'rapi.ods').sheets);
    expect(sheetJsCalls).toHaveBeenCalled();
  });

  it('spellings SheetJS also expands are counted: another prefix, capital letters, single quotes, "1e9" rows', () => {
    const row = (cell: string, rows = '1043572') => `<table:table-row table:number-rows-repeated="${rows}">${cell}</table:table-row>`;
    const cases = [
      row('<t:table-cell xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0" o:value-type="float" t:number-columns-repeated="31"><text:p>0</text:p></t:table-cell>'),
      row('<table:table-cell office:value-type="float" table:NUMBER-COLUMNS-REPEATED="31"><text:p>0</text:p></table:table-cell>'),
      row("<table:table-cell office:value-type='float' table:number-columns-repeated='31'><text:p>0</text:p></table:table-cell>"),
      row('<table:table-cell_x table:number-columns-repeated="31"><text:p>0</text:p></table:table-cell_x>'),
      row('<table:table-cell table:number-columns-repeated="31"><text:p>0</text:p></table:table-cell>', '1e6'),
    ];
    for (const cell of cases) expect(counted(`<table:table table:name="S">${cell}</table:table>`).problem).toMatchObject({ kind: 'cells', sheet: 'S' });
    // A repeat beyond the grid puts cells where no sheet has them (SheetJS then walks a billion rows).
    const beyond = counted('<table:table table:name="S"><table:table-row table:number-rows-repeated="1e9"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>');
    expect(beyond.problem).toMatchObject({ kind: 'outside', block: { sheet: 'S', row: 1_000_000_001, col: 1 } });
  });

  it('text that SheetJS copies into every repeat, or spaces it writes out (<text:s text:c>), is bounded too', () => {
    const long = 'x'.repeat(1000);
    // 500 000 cells (well under the cell limit), each a copy of 1000 characters: 500 million.
    const copies = editContent(ods, (xml) => withTrailingRows(xml, 'Register Bayi', () => `<table:table-cell office:value-type="string" table:number-columns-repeated="5"><text:p>${long}</text:p></table:table-cell>`).replace('number-rows-repeated="1043572"><table:table-cell office:value-type="string"', 'number-rows-repeated="100000"><table:table-cell office:value-type="string"'));
    expect(refusal(copies).message).toBe(
      'bom.ods: file terlalu besar untuk dibuka: di sheet "Register Bayi", teks sel A5004 (1.000 karakter) diulang ke 100.000 baris × 5 kolom (A5004:E105003), sehingga teks buku kerja menjadi lebih dari 400.000.000 karakter saat dibuka (batas seluruh buku kerja). Buka file di LibreOffice, hapus baris/kolom yang tidak dipakai di akhir sheet itu (A5004:E105003), lalu simpan ulang.',
    );
    const spaces = editContent(ods, (xml) => inSheet(xml, 'Target', (table) => table.replace(/<table:table-row[\s\S]*$/, '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="500000000"/>b</text:p></table:table-cell></table:table-row>')));
    expect(refusal(spaces).message).toMatch(/^bom\.ods: file terlalu besar untuk dibuka: di sheet "Target", teks sel A1 menjadi 500\.000\.00\d karakter saat dibuka \(batas teks seluruh buku kerja 400\.000\.000 karakter\)\. Periksa asal file, kosongkan sel itu di LibreOffice, lalu simpan ulang\.$/);
    expect(sheetJsCalls).not.toHaveBeenCalled();
  });
});
