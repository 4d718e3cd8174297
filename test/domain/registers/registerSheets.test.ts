import { readFileSync } from 'node:fs';
import { readTargetSheet, TARGET_SHEET } from '../../../src/domain/programme/readTargetSheet';
import { isRegisterSheetName } from '../../../src/domain/registers/registerSheets';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../../../src/io/xlsx/sheetSelection';

describe('isRegisterSheetName', () => {
  it('names the Target sheet under its name and aliases, so the register doors read it whole', () => {
    for (const name of [TARGET_SHEET.name, ...TARGET_SHEET.aliases, 'target']) expect(isRegisterSheetName(name)).toBe(true);
    expect(isRegisterSheetName('Laporan Imunisasi')).toBe(false);
  });

  it("the page's and laporan's reading of the sample holds every target of its Target sheet, as a whole reading does", () => {
    const bytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
    const [selected, whole] = [readWorkbookBytes(bytes, 'contoh.xlsx', REGISTER_SHEETS), readWorkbookBytes(bytes)];
    const target = whole.sheets.find((s) => s.name === TARGET_SHEET.name)!;
    // The sample's Target sheet runs past the 30 rows a report sheet is read to.
    expect(target.rows.length).toBeGreaterThan(30);
    expect(selected.sheets.find((s) => s.name === TARGET_SHEET.name)).toEqual(target);
    expect(readTargetSheet(selected)).toEqual(readTargetSheet(whole));
  });
});
