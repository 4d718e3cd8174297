import { readFileSync } from 'node:fs';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readLastYearReport } from '../../src/app/lastYearReport';
import { Cell, RawWorkbook } from '../../src/domain/raw';
import { ALL_CAPABILITIES } from '../../src/io/office/capabilities';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { ACTIONS, ActionRequest } from '../../src/ui/actions';
import { explainError } from '../../src/ui/explainError';
import { officeHost } from '../../src/ui/officeHost';
import { FakeExcel, SheetInput } from '../helpers/fakeExcel';
import { lastYearFiles } from '../helpers/lastYearReport';

const bulanan = ACTIONS.find((a) => a.id === 'bulanan')!;
const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
// 05-01-2026 09:00 WIB: the December 2025 report, made early in January.
const request: ActionRequest = { year: 2025, month: 12, scheme: 'sheet', now: new Date(Date.UTC(2026, 0, 5, 2, 0)) };

/** The file's sheets as Excel holds them, from A1. */
function fakeSheets(raw: RawWorkbook): SheetInput[] {
  return raw.sheets.map((s) => ({ name: s.name, rows: [...Array<Cell[]>(s.firstRow - 1).fill([]), ...s.rows.map((r) => [...Array<Cell>(s.firstCol - 1).fill(null), ...r])] }));
}

/** "Buat laporan bulanan" pressed in Excel (office-addin-mock objects), with a last-year file picked or not. */
async function press(picked?: { name: string; bytes: Uint8Array }) {
  const excel = new FakeExcel(fakeSheets(contoh));
  const lastYear = picked ? { lastYear: { name: picked.name, bytes: async () => picked.bytes } } : {};
  let readerLoaded = 0;
  const reportReader = async () => {
    readerLoaded++;
    return readMergeInput;
  };
  const host = officeHost(excel.run, ALL_CAPABILITIES);
  const outcome = await bulanan.run({ ...request, ...lastYear }, { host, onProgress: () => undefined, confirmRenames: async () => true, reportReader }).catch((error: unknown) => ({ error }));
  return { excel, outcome, readerLoaded };
}

/** The Kualitas Data sheet as Excel now shows it, one line of text per row. */
const qualityText = (excel: FakeExcel) => excel.grid('Kualitas Data').map((row) => row.filter((c) => c !== null).join(' | '));

describe('Buat laporan bulanan in Excel with "Laporan bulan yang sama tahun lalu (opsional)"', () => {
  let files: { registers: Uint8Array; report: Uint8Array };
  beforeAll(async () => {
    files = await lastYearFiles();
  });

  it("writes Kualitas Data compared with last year's report, as the use case makes it, and says so", async () => {
    const { excel, outcome, readerLoaded } = await press({ name: 'laporan-2024-12.xlsx', bytes: files.report });
    if ('error' in outcome) throw outcome.error;
    expect(readerLoaded).toBe(1);
    const text = qualityText(excel);
    expect(text).toContainEqual(expect.stringMatching(/^• Jauh berbeda dari tahun lalu: \d+ temuan \(dibandingkan dengan laporan Desember 2024, batas ±33%\)\.$/));
    // Row by row what the use case gives for the same registers, day and last-year report.
    const lastYear = readLastYearReport({ name: 'laporan-2024-12.xlsx', bytes: files.report, read: readMergeInput }, { tahun: 2024, bulan: 12, today: '2026-01-05' });
    const expected = monthlyReport(contoh, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00', lastYear }).model.quality.findings.filter((f) => f.kind === 'beda_tahun_lalu');
    expect(expected.length).toBeGreaterThan(0);
    const rows = text.filter((line) => line.includes('| Jauh berbeda dari tahun lalu |'));
    expect(rows.map((line) => line.split(' | ').slice(2, 5))).toEqual(expected.map((f) => [f.place, f.subject, f.figures]));
    expect(outcome.summary).toContain(`Kualitas Data dibandingkan dengan laporan Desember 2024: ${expected.length} angka jauh berbeda dari tahun lalu.`);
  });

  it('without it, Kualitas Data and the outcome say the comparison was not made and how to add it; the reader is not even loaded', async () => {
    const { excel, outcome, readerLoaded } = await press();
    if ('error' in outcome) throw outcome.error;
    expect(readerLoaded).toBe(0);
    expect(qualityText(excel)).toContain('• Jauh berbeda dari tahun lalu: tidak diperiksa — laporan Desember 2024 tidak diberikan; untuk membandingkan, pilih file laporan itu di "Laporan bulan yang sama tahun lalu (opsional)" pada panel atau halaman, atau pakai --tahun-lalu <file> pada baris perintah.');
    expect(outcome.summary).toContain('Kualitas Data tanpa perbandingan dengan tahun lalu: pilih laporan Desember 2024 di "Laporan bulan yang sama tahun lalu (opsional)" untuk membandingkannya.');
  });

  it("refuses another month's report in plain words naming the file, and writes no sheet", async () => {
    const november = (await lastYearFiles(11)).report;
    const { excel, outcome } = await press({ name: 'laporan-2024-11.xlsx', bytes: november });
    expect('error' in outcome).toBe(true);
    const shown = explainError((outcome as { error: unknown }).error);
    expect(shown).toEqual({
      message:
        'Laporan belum dibuat: file "Laporan bulan yang sama tahun lalu" tidak dapat dipakai. laporan-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024. Pakai laporan Desember 2024 puskesmas ini (bulan yang sama tahun lalu), atau buat laporan tanpa file itu (tanpa perbandingan dengan tahun lalu).',
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(contoh.sheets.map((s) => s.name));
  });

  it('is read by "Buat laporan bulanan" alone: the other report buttons make their sheets without touching the picked file', async () => {
    const reads: string[] = [];
    const picked = { name: 'laporan-2024-12.xlsx', bytes: async () => (reads.push('bytes'), files.report) };
    const reportReader = async () => (reads.push('reader'), readMergeInput);
    for (const action of ACTIONS.filter((a) => a.id === 'statusT' || a.id === 'bias')) {
      const host = officeHost(new FakeExcel(fakeSheets(contoh)).run, ALL_CAPABILITIES);
      const outcome = await action.run({ ...request, lastYear: picked }, { host, onProgress: () => undefined, confirmRenames: async () => true, reportReader });
      expect({ action: action.id, written: outcome.write!.written.length > 0, reads }).toEqual({ action: action.id, written: true, reads: [] });
    }
    const host = officeHost(new FakeExcel(fakeSheets(contoh)).run, ALL_CAPABILITIES);
    await bulanan.run({ ...request, lastYear: picked }, { host, onProgress: () => undefined, confirmRenames: async () => true, reportReader });
    expect(reads.sort()).toEqual(['bytes', 'reader']);
  });

  it('refuses a file that is no spreadsheet with the reason and what to pick instead', async () => {
    const { outcome } = await press({ name: 'catatan.xlsx', bytes: new TextEncoder().encode('Catatan rapat, bukan laporan.\n') });
    expect(explainError((outcome as { error: unknown }).error).message).toMatch(/^Laporan belum dibuat: .* catatan\.xlsx: file tidak dapat dibuka: .* Pakai file laporan bulanan Desember 2024 puskesmas ini \(dengan sheet Data Laporan\)/);
  });
});
