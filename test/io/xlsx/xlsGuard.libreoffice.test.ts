import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice } from '../../../scripts/libreoffice';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { readWithSheetJs } from '../../../src/io/xlsx/sheetJsRead';
import { EVERY_SHEET } from '../../../src/io/xlsx/sheetSelection';
import { checkXlsStream } from '../../../src/io/xlsx/xlsGuard';
import { workbookStream } from '../../helpers/xlsRecords';
import { cfbRootStream } from '../../../src/io/xlsx/cfbStream';

const ROOT = join(__dirname, '..', '..', '..');

describe('.xls as LibreOffice writes it (shared strings over CONTINUE records, MULRK rows)', () => {
  it('the sample passes the count, reads exactly as SheetJS reads it, and the count is SheetJS\'s, cell for cell', async () => {
    const xls = new Uint8Array(readFileSync(await convertWithLibreOffice(join(ROOT, 'templates', 'contoh-puskesmas.xlsx'), 'xls', mkdtempSync(join(tmpdir(), 'xls-')))));
    expect(Buffer.from(cfbRootStream(xls, ['Workbook', 'Book']) as Uint8Array).equals(workbookStream(xls))).toBe(true);
    const bySheetJs = readWithSheetJs(xls, EVERY_SHEET).sheets;
    expect(readWorkbookBytes(xls, 'contoh.xls').sheets).toEqual(bySheetJs);
    let cells = 0;
    for (const sheet of bySheetJs) for (const row of sheet.rows) for (const cell of row) if (cell !== null && cell !== undefined) cells++;
    const tally = checkXlsStream(xls, 'contoh.xls')!;
    expect([tally.problem, tally.cells]).toEqual([null, cells]);
    expect(tally.strings).toBeGreaterThan(1000);
  });
});
