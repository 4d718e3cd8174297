import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { SHEETS } from '../../../src/domain/schema/registers';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { templateBytes, TEMPLATE_PATH } from '../../../scripts/templates';

const committed = () => new Uint8Array(readFileSync(TEMPLATE_PATH));

describe('templates/register-imunisasi.xlsx', () => {
  it('is what the schema generates today, part for part (run `npm run templates` after changing the schema)', async () => {
    // Every part's content, not only the cells: a stale drop-down or format must fail too.
    const parts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      return Object.fromEntries(await Promise.all(Object.keys(zip.files).sort().map(async (p) => [p, await zip.file(p)?.async('string')])));
    };
    expect(await parts(committed())).toEqual(await parts(await templateBytes()));
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
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', ...SHEETS.map((s) => s.name), 'Target']);
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
    // Dates from 1920 to 2099 pass without a warning; the hint is the schema's.
    const hint = SHEETS.find((s) => s.key === 'bayi')!.columns.find((c) => c.header === 'BCG')!.hint;
    expect(bayi.getCell(10, col('BCG')).dataValidation).toMatchObject({ type: 'date', showInputMessage: true, prompt: hint, formulae: [new Date(Date.UTC(1920, 0, 1)), new Date(Date.UTC(2099, 11, 31))] });
    // The drop-downs and hints reach the last prepared row, and no further.
    expect(bayi.getCell(5003, col('Jenis Kelamin')).dataValidation).toMatchObject({ type: 'list' });
    expect(bayi.getCell(5004, col('Jenis Kelamin')).dataValidation).toBeUndefined();
    const bias = wb.getWorksheet('Register BIAS')!;
    const biasCol = (key: string) => SHEETS.find((s) => s.key === 'bias')!.columns.findIndex((c) => c.key === key) + 1;
    expect(bias.getCell(10, biasCol('kelas')).dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5,6"'] });
    expect(bias.getCell(10, biasCol('kodeSekolah')).dataValidation).toMatchObject({ type: 'list', formulae: ['Sekolah!$A$4:$A$3000'] });
    const wus = wb.getWorksheet('Register WUS')!;
    const wusCol = SHEETS.find((s) => s.key === 'wus')!.columns.findIndex((c) => c.type === 'tStatus') + 1;
    expect(wus.getCell(10, wusCol).dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1,2,3,4,5"'] });
    const stok = wb.getWorksheet('Stok Vaksin')!;
    const stokCol = (type: string) => SHEETS.find((s) => s.key === 'stok')!.columns.findIndex((c) => c.type === type || c.ref === type) + 1;
    expect(stok.getCell(10, stokCol('month')).dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5,6,7,8,9,10,11,12"'] });
    expect(stok.getCell(10, stokCol('vaksin')).dataValidation).toMatchObject({ type: 'list', formulae: ['Vaksin!$A$4:$A$300'] });

    const puskesmas = wb.getWorksheet('Puskesmas')!;
    const field = (key: string) => puskesmas.getCell(`B${SHEETS[0].columns.findIndex((c) => c.key === key) + 4}`);
    expect(puskesmas.getCell('A4').value).toBe('Kode Puskesmas');
    expect(field('skema').dataValidation).toMatchObject({ type: 'list', formulae: ['"Td terkini,2005 (TT)"'] });
    expect(field('zona').dataValidation).toMatchObject({ type: 'list', formulae: ['"WIB,WITA,WIT"'] });
    // An 18-digit NIP typed as a number would lose digits; the Tahun must stay a number to pass its check.
    expect(field('nipKepala').numFmt).toBe('@');
    expect(field('tahun').numFmt).not.toBe('@');
    expect(field('tahun').dataValidation).toMatchObject({ type: 'whole', formulae: [1900, 2100] });
  });

  it('explains every sheet and column of the schema on the Petunjuk sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(committed()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Petunjuk')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    for (const sheet of SHEETS) {
      const start = rows.findIndex((r) => r[0].startsWith(`Sheet ${sheet.name}`));
      expect([sheet.name, start >= 0]).toEqual([sheet.name, true]);
      expect(rows[start + 1][0]).toContain(sheet.description);
      const table = rows.slice(start + 3, start + 3 + sheet.columns.length);
      expect(table.map((r) => [r[0], r[3], r[4] ?? ''])).toEqual(sheet.columns.map((c) => [c.header, c.hint, (c.aliases ?? []).join(', ')]));
    }
    expect(rows.some((r) => r[0] === 'Register Bayi' && r[2] === SHEETS.find((s) => s.key === 'bayi')!.description)).toBe(true);
  });
});
