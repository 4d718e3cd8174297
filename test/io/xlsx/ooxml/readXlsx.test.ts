import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { RawWorkbook } from '../../../../src/domain/raw';
import { readWorkbookBytes, SHEETJS_READ_OPTIONS, workbookToRaw } from '../../../../src/io/xlsx/readWorkbookBytes';
import { DATA_LAPORAN_ONLY, HEAD_ROWS, REGISTER_SHEETS } from '../../../../src/io/xlsx/sheetSelection';
import { writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../../../src/sample/generateSample';
import { sampleSpecs } from '../../../../src/sample/sampleSpecs';
import { buildZip, inflationBomb, minimalXlsx, repeatedDeflate, SHEET_CLOSE, SHEET_OPEN } from '../../../helpers/zipParts';
import { readRefusal } from '../../../helpers/readRefusal';

const ROOT = join(__dirname, '..', '..', '..', '..');
const sheetJsRaw = (bytes: Uint8Array): RawWorkbook => workbookToRaw(XLSX.read(bytes, SHEETJS_READ_OPTIONS));

/**
 * The cells of each sheet at their sheet coordinates, and its merges: what two raw sheets must
 * agree on. (Where a sheet's used range starts may differ: SheetJS starts it where the stored
 * <dimension> says, ours at the first cell present.)
 */
const cellsAt = (raw: RawWorkbook) =>
  raw.sheets.map((s) => ({ name: s.name, merges: s.merges, cells: s.rows.flatMap((row, i) => row.flatMap((v, j) => (v === null ? [] : [[s.firstRow + i, s.firstCol + j, v]]))) }));

const refusal = (bytes: Uint8Array, file = 'uji.xlsx') => readRefusal(bytes, file);

/** Replaces one part of an xlsx package (JSZip, an independent zip writer). */
async function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('own xlsx reader: the same raw sheets as SheetJS where SheetJS is right', () => {
  it.each([
    ['the blank template', () => new Uint8Array(readFileSync(join(ROOT, 'templates/register-imunisasi.xlsx')))],
    ['the sample (contoh-puskesmas.xlsx)', () => new Uint8Array(readFileSync(join(ROOT, 'templates/contoh-puskesmas.xlsx')))],
    ['a generated sample written by our writer (ExcelJS)', () => writeWorkbook(sampleSpecs(generateSample({ seed: 4, year: 2025, kelurahan: 1 })))],
  ])('%s', async (_what, make) => {
    const bytes = await make();
    expect(readWorkbookBytes(bytes)).toEqual(sheetJsRaw(bytes));
  });

  it.each([true, false])('every kind of cell SheetJS writes (shared strings: %s): numbers, text with entities and line ends, booleans, errors, formulas, merges, a hidden sheet', (bookSST) => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([
      ['Nama', 'Angka', 'Benar', 'Teks <&> "kutip"', null, 'baris\r\nbaru'],
      ['Ani', 1.5, true, -0.000123, '', 'tab\there'],
      [null, 45657, false, 'Ünïcödé ✓ 日本', 1e21, 'ctrl\u0001char'],
    ]);
    ws.G2 = { t: 'e', v: 0x07 };
    ws.H2 = { t: 'n', v: 3, f: 'B2*2' };
    ws.I3 = { t: 's', v: 'dari rumus', f: 'A2&""' };
    ws['!ref'] = 'A1:I3';
    ws['!merges'] = [XLSX.utils.decode_range('A1:B1'), XLSX.utils.decode_range('C3:D3')];
    XLSX.utils.book_append_sheet(wb, ws, 'Data & Catatan');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[null], [null, null, 'mulai di C2']]), 'Tersembunyi');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST }) as ArrayBuffer);
    const ours = readWorkbookBytes(bytes);
    expect(ours.sheets[0]).toEqual(sheetJsRaw(bytes).sheets[0]);
    // The hidden sheet's stored range starts at A1, its only cell is C2.
    expect(cellsAt(ours)).toEqual(cellsAt(sheetJsRaw(bytes)));
    expect([ours.sheets[1].firstRow, ours.sheets[1].firstCol, ours.sheets[1].rows]).toEqual([2, 3, [['mulai di C2']]]);
    expect(ours.sheets[0].rows[0][3]).toBe('Teks <&> "kutip"');
    expect(ours.sheets[0].rows[1][6]).toBe('#DIV/0!');
  });

  it('rich text, inline strings and phonetic guides as ExcelJS and Excel store them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Catatan');
    ws.getCell('B2').value = { richText: [{ text: 'tebal ', font: { bold: true } }, { text: 'biasa' }] };
    ws.getCell('C3').value = new Date(Date.UTC(2025, 0, 31));
    ws.mergeCells('B4:D5');
    ws.getCell('B4').value = 'gabungan';
    const excelJs = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(readWorkbookBytes(excelJs)).toEqual(sheetJsRaw(excelJs));
    // Inline strings and a phonetic run, written by hand as Excel writes them.
    const inline = minimalXlsx(
      [{ name: 'Inline', xml: `${SHEET_OPEN}<row r="1"><c r="A1" t="inlineStr"><is><r><t>satu </t></r><r><t>dua</t></r><rPh sb="0" eb="1"><t>abaikan</t></rPh></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" s="3"/></row>${SHEET_CLOSE}` }],
      ['&lt;kode&gt; &amp; _x0009_tab'],
    );
    expect(readWorkbookBytes(inline)).toEqual(sheetJsRaw(inline));
    expect(readWorkbookBytes(inline).sheets[0].rows[0]).toEqual(['satu dua', '<kode> & \ttab', true, '#N/A']);
  });

  it('cells and rows without r, attributes in single quotes, on new lines, with spaces around "=", prefixed elements', () => {
    const xml = `${SHEET_OPEN}<row><c><v>1</v></c><c t="s"><v>0</v></c></row><row r='3'><c r='B3' t='b'><v>1</v></c><c\n r="D3"\n t="str"><v>teks</v></c><c r = "F3"><v>6</v></c><c r ="G3"><v>7</v></c></row><x:row r="4"><x:c r="A4" t="s"><x:v>0</x:v></x:c></x:row>${SHEET_CLOSE}`;
    const raw = readWorkbookBytes(minimalXlsx([{ name: 'Aneh', xml }], ['nol']));
    expect(raw.sheets[0]).toEqual({ name: 'Aneh', firstRow: 1, firstCol: 1, rows: [[1, 'nol'], [], [null, true, null, 'teks', null, 6, 7], ['nol']] });
  });
});

describe('own xlsx reader: every cell present is read, whatever the file says about itself', () => {
  it('reads the rows after a stale stored sheet size (<dimension>) that SheetJS drops', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Anak ${i + 1}`, i + 1, 45000 + i]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Nama', 'No', 'Tanggal'], ...rows]), 'Register Bayi');
    const honest = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const stale = await withPart(honest, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:K10"/>'));
    // The case is real: SheetJS takes the stored size for the sheet's range.
    expect(XLSX.read(stale, SHEETJS_READ_OPTIONS).Sheets['Register Bayi']['!ref']).toBe('A1:K10');
    const ours = readWorkbookBytes(stale);
    expect(ours.sheets[0].rows).toHaveLength(501);
    expect(ours.sheets[0].rows[500]).toEqual(['Anak 500', 500, 45499]);
    expect(ours).toEqual(readWorkbookBytes(honest));
  });

  it('also in .xlsb (read by SheetJS), whose stored sheet size (BrtWsDim) can be as stale', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Nama', 'No'], ...Array.from({ length: 500 }, (_, i) => [`Anak ${i + 1}`, i + 1])]), 'Register Bayi');
    const honest = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsb' }) as ArrayBuffer);
    const zip = await JSZip.loadAsync(honest);
    const sheet = Buffer.from(await zip.file('xl/worksheets/sheet1.bin')!.async('uint8array'));
    // Record 0x94 (two-byte type 94 01), 16 bytes: first row, last row, first column, last column.
    const at = sheet.indexOf(Buffer.from([0x94, 0x01, 0x10]));
    expect(sheet.readInt32LE(at + 7)).toBe(500);
    sheet.writeInt32LE(9, at + 7);
    zip.file('xl/worksheets/sheet1.bin', sheet);
    const stale = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(XLSX.read(stale, SHEETJS_READ_OPTIONS).Sheets['Register Bayi']['!ref']).toBe('A1:B10');
    const rows = readWorkbookBytes(stale, 'uji.xlsb').sheets[0].rows;
    expect(rows).toHaveLength(501);
    expect(rows[500]).toEqual(['Anak 500', 500]);
  });

  it('reads a sheet only to its first rows when the command does not need it, and skips it when asked', async () => {
    const specs = sampleSpecs(generateSample({ seed: 2, year: 2025, kelurahan: 1 }));
    const mine = { name: 'Catatan Saya', role: 'report' as const, values: Array.from({ length: 3000 }, (_, i) => [`catatan ${i}`, i]) };
    const bytes = await writeWorkbook([...specs, mine]);
    const whole = readWorkbookBytes(bytes);
    const registers = readWorkbookBytes(bytes, 'uji.xlsx', REGISTER_SHEETS);
    expect(registers.sheets.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
    const own = registers.sheets.find((s) => s.name === 'Catatan Saya')!;
    expect(own.partial).toBe(true);
    expect(own.rows).toEqual(whole.sheets.find((s) => s.name === 'Catatan Saya')!.rows.slice(0, HEAD_ROWS));
    // Every register sheet is read whole, as before.
    for (const sheet of registers.sheets.filter((s) => s.name !== 'Catatan Saya' && !s.partial)) expect(sheet).toEqual(whole.sheets.find((s) => s.name === sheet.name));
    expect(registers.sheets.find((s) => s.name === 'Register Bayi')!.partial).toBeUndefined();
    // Data Laporan only: nothing else comes back.
    expect(readWorkbookBytes(bytes, 'uji.xlsx', DATA_LAPORAN_ONLY).sheets).toEqual([]);
  });
});

describe('own xlsx reader: limits and files that are no workbook', () => {
  it('refuses a small file that inflates to more than a gigabyte before inflating it, in plain words', () => {
    const bomb = inflationBomb(1.2);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const error = refusal(bomb, 'bom.xlsx');
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/^bom\.xlsx: file terlalu besar untuk dibuka: isinya 1\.229 MB setelah diekstrak \(batas 1\.000 MB\)\./);
  });

  it('never inflates a part beyond what it declares (a lying directory is a damaged file) nor far beyond any real sheet', () => {
    const error = refusal(inflationBomb(0.05, 1_000_000));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/file rusak dan tidak dapat dibuka/);
    // Declared just under the part limit, inflating to 1,2 GB: stopped once it is plainly a bomb.
    const lying = refusal(inflationBomb(1.2, 399 * 1024 * 1024), 'bom.xlsx');
    expect([lying.reason, lying.message]).toEqual(['too-large', expect.stringMatching(/^bom\.xlsx: file terlalu besar untuk dibuka: sheet "Register Bayi" mengembang lebih dari 100 kali ukurannya/)]);
  });

  it('refuses a part declared larger than 400 MB and a workbook of more than 5 million cells, naming the sheet', () => {
    const big = refusal(minimalXlsx([{ name: 'Register Bayi', xml: repeatedDeflate(SHEET_OPEN, '<row><c><v>1</v></c></row>', 40_000, 500, SHEET_CLOSE) }]));
    expect(big.message).toMatch(/sheet "Register Bayi" berisi 49[0-9],[0-9] MB setelah diekstrak \(batas 400 MB\)/);
    // 20 cells a row, 260 000 rows: 5,2 million cells. Values vary as real ones do, so the
    // part deflates like a real sheet (not like a bomb): a block of 1000 rows, repeated.
    let seed = 7;
    const value = () => (seed = (seed * 48271) % 2147483647) % 100000;
    const block = Array.from({ length: 1000 }, () => `<row>${Array.from({ length: 20 }, () => `<c><v>${value()}</v></c>`).join('')}</row>`).join('');
    const cells = refusal(minimalXlsx([{ name: 'Sheet Saya', xml: repeatedDeflate(SHEET_OPEN, block, 1, 260, SHEET_CLOSE) }]));
    expect(cells.reason).toBe('too-large');
    expect(cells.message).toMatch(/sheet "Sheet Saya" membuat jumlah sel berisi melebihi 5\.000\.000/);
  });

  it('a text file named .xlsx, a zip with no workbook in it: "tidak dapat dibuka"; csv text stays readable', () => {
    const text = new TextEncoder().encode('Ini catatan rapat, bukan register.\nBaris kedua.\n');
    const named = refusal(text, 'register.xlsx');
    expect([named.reason, named.message]).toEqual(['not-spreadsheet', 'register.xlsx: file tidak dapat dibuka: bukan file spreadsheet (isinya teks biasa, bukan buku kerja .xlsx). Buka file aslinya di Excel lalu simpan sebagai .xlsx.']);
    const docx = refusal(buildZip([{ name: 'word/document.xml', data: '<w:document/>' }, { name: '[Content_Types].xml', data: '<Types/>' }]), 'surat.xlsx');
    expect([docx.reason, docx.message]).toEqual(['not-spreadsheet', expect.stringMatching(/^surat\.xlsx: file tidak dapat dibuka: bukan file spreadsheet \(arsip zip tanpa buku kerja di dalamnya\)/)]);
    expect(readWorkbookBytes(new TextEncoder().encode('Nama,Umur\nAni,3\n'), 'data.csv').sheets[0].rows).toEqual([['Nama', 'Umur'], ['Ani', '3']]);
  });
});
