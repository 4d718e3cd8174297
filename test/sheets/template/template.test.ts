import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { SHEETS } from '../../../src/domain/schema/registers';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { templateSpecs } from '../../../src/sheets/template/templateSpecs';
import { TEMPLATE_DATE, TEMPLATE_PATH } from '../../../scripts/templates';

const committed = () => new Uint8Array(readFileSync(TEMPLATE_PATH));

describe('templates/register-imunisasi.xlsx', () => {
  it('is what the schema generates today (run `npm run templates` after changing the schema)', async () => {
    const fresh = await writeWorkbook(templateSpecs(), { created: TEMPLATE_DATE });
    const cells = (bytes: Uint8Array) => {
      const wb = XLSX.read(bytes, { type: 'array' });
      return wb.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json(wb.Sheets[n], { header: 1, raw: true })]);
    };
    expect(cells(committed())).toEqual(cells(fresh));
  });

  it('reads back through our reader with every standard sheet and column; only the blank identity is reported', () => {
    const { findings } = readRegisters(readWorkbookBytes(committed()), { today: '2025-12-31' });
    const required = SHEETS[0].columns.filter((c) => c.need === 'value').map((c) => c.header);
    expect(findings.map((f) => `${f.sheet}/${f.code}/${f.column}`)).toEqual(required.map((h) => `Puskesmas/REQUIRED_EMPTY/${h}`));
    expect(findings.find((f) => f.column === 'Kode Puskesmas')?.cell).toBe('B4');
  });

  it('has the standard headers in schema order, bold and frozen, with formats and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(committed()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', ...SHEETS.map((s) => s.name)]);
    for (const schema of SHEETS.filter((s) => s.layout === 'table')) {
      const ws = wb.getWorksheet(schema.name)!;
      const headers = (ws.getRow(3).values as unknown[]).slice(1);
      expect(headers).toEqual(schema.columns.map((c) => c.header));
      expect(ws.getCell('A3').font.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    }
    const bayi = wb.getWorksheet('Register Bayi')!;
    const col = (header: string) => SHEETS.find((s) => s.key === 'bayi')!.columns.findIndex((c) => c.header === header) + 1;
    expect(bayi.getColumn(col('NIK')).numFmt).toBe('@');
    expect(bayi.getColumn(col('BCG')).numFmt).toBe('dd-mm-yyyy');
    expect(bayi.getCell(10, col('Jenis Kelamin')).dataValidation).toMatchObject({ type: 'list', formulae: ['"L,P"'] });
    expect(bayi.getCell(10, col('Kode Kelurahan')).dataValidation).toMatchObject({ type: 'list', formulae: ['Kelurahan!$A$4:$A$2000'] });
    expect(bayi.getCell(10, col('BCG')).dataValidation).toMatchObject({ type: 'date', showInputMessage: true });
    const puskesmas = wb.getWorksheet('Puskesmas')!;
    expect(puskesmas.getCell('A4').value).toBe('Kode Puskesmas');
    const skemaRow = SHEETS[0].columns.findIndex((c) => c.key === 'skema') + 4;
    expect(puskesmas.getCell(`B${skemaRow}`).dataValidation).toMatchObject({ type: 'list', formulae: ['"Td terkini,2005 (TT)"'] });
  });
});
