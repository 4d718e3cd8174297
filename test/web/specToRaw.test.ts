import { readFileSync } from 'node:fs';
import { yearlyBiasReport } from '../../src/app/biasReport';
import { monthlyReport } from '../../src/app/monthlyReport';
import { statusReport } from '../../src/app/statusReport';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { SheetSpec } from '../../src/sheets/spec';
import { specToRaw } from '../../src/web/specToRaw';
import { EVERY_FEATURE, SMALL_REPORT } from '../helpers/everySpec';

/**
 * What the page keeps after writing must be what it would read back from the file: every
 * report the page writes, written by the real writer into the sample workbook and read by
 * the real reader, equals specToRaw of its specs.
 */
const SAMPLE = 'templates/contoh-puskesmas.xlsx';

async function roundTrip(specs: readonly SheetSpec[]): Promise<void> {
  const input = new Uint8Array(readFileSync(SAMPLE));
  const { bytes } = await addSheetsToWorkbook(input, specs);
  const read = readWorkbookBytes(bytes);
  const before = readWorkbookBytes(input).sheets.length;
  expect(read.sheets.slice(before)).toEqual(specs.map((s) => specToRaw(s)));
}

describe('specToRaw', () => {
  const workbook = readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)));

  it('equals the monthly report read back from the written file', async () => {
    await roundTrip(monthlyReport(workbook, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' }).specs);
  });

  it('equals the status report (Status T, jadwal, kartu, sertifikat) read back', async () => {
    await roundTrip(statusReport(workbook, { today: '2026-01-05', month: { year: 2025, month: 12 }, generatedAt: '05-01-2026 09:00 WIB' }).specs);
  });

  it('equals the yearly BIAS report read back', async () => {
    await roundTrip(yearlyBiasReport(workbook, { year: 2025, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' }).specs);
  });

  it('equals a sheet using every SheetSpec feature (links, errors, blanks, merges) read back', async () => {
    const spaced: SheetSpec = { name: 'Jarang', role: 'report', values: [['x', null, '  spasi  '], [], [null, 'a\nb', ''], [null, null], []] };
    const specs = [EVERY_FEATURE, SMALL_REPORT, spaced];
    const read = readWorkbookBytes(await writeWorkbook(specs));
    expect(read.sheets).toEqual(specs.map((s) => specToRaw(s)));
  });
});
