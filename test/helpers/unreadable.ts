import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';

/** A file that cannot be read as a workbook, and the reason the reader must give. */
export interface UnreadableCase {
  what: string;
  file: string;
  bytes: Uint8Array;
  reason: 'empty-file' | 'too-large' | 'not-spreadsheet' | 'password' | 'corrupt' | 'no-data';
}

/** A real workbook made 50 MB by an embedded picture (random bytes barely compress). */
async function fiftyMegabytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Register Bayi');
  ws.addRow(['Nama']);
  const image = wb.addImage({ buffer: randomBytes(50 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'B2:D8');
  return new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as unknown as ExcelJS.XlsxWriteOptions));
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));

/**
 * Every kind of file the issue says must get one clear line instead of a crash. The
 * password-protected ones are real: LibreOffice saved them with the password "rahasia"
 * (scripts/password-fixtures.py).
 */
export async function unreadableCases(): Promise<UnreadableCase[]> {
  const whole = await writeWorkbook([{ name: 'A', role: 'report', values: [['x']] }]);
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  return [
    { what: 'a 0-byte file', file: 'kosong.xlsx', bytes: new Uint8Array(), reason: 'empty-file' },
    { what: 'random bytes named .xlsx', file: 'acak.xlsx', bytes: new Uint8Array(randomBytes(20_000)), reason: 'not-spreadsheet' },
    { what: 'a corrupted zip (a real xlsx cut in half)', file: 'rusak.xlsx', bytes: whole.slice(0, Math.floor(whole.length / 2)), reason: 'corrupt' },
    { what: 'an empty workbook', file: 'buku-kosong.xlsx', bytes: new Uint8Array(await empty.xlsx.writeBuffer()), reason: 'no-data' },
    { what: 'a password-protected xlsx', file: 'sandi.xlsx', bytes: fixture('sandi.xlsx'), reason: 'password' },
    { what: 'a password-protected xls', file: 'sandi.xls', bytes: fixture('sandi.xls'), reason: 'password' },
    { what: 'a password-protected ods', file: 'sandi.ods', bytes: fixture('sandi.ods'), reason: 'password' },
    { what: 'a 50 MB workbook', file: 'besar.xlsx', bytes: await fiftyMegabytes(), reason: 'too-large' },
  ];
}
