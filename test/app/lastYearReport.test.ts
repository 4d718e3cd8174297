import { readFileSync } from 'node:fs';
import { LastYearRefusedError } from '../../src/app/lastYearCheck';
import { readLastYearReport } from '../../src/app/lastYearReport';
import { monthlyReport } from '../../src/app/monthlyReport';
import { QualityFinding } from '../../src/domain/quality/types';
import { doseLabel } from '../../src/domain/quality/units';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { templateSpecs } from '../../src/sheets/template/templateSpecs';
import { cumulativeTotals, lastYearFiles } from '../helpers/lastYearReport';

const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
const DECEMBER = { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' } as const;
const want = { tahun: 2024, bulan: 12, today: DECEMBER.today };
const file = (name: string, bytes: Uint8Array) => ({ name, bytes, read: readMergeInput });

/** The comparison's findings with last year's figure read from each. */
function compared(findings: readonly QualityFinding[]) {
  return findings.filter((f) => f.kind === 'beda_tahun_lalu').map((f) => ({ subject: f.subject, lastYear: Number(/· 2024: ([\d.]+) ·/.exec(f.figures)![1].replace(/\./g, '')) }));
}

describe("last year's report for Kualitas Data (one use case for the CLI, the pane and the page)", () => {
  let files: { registers: Uint8Array; report: Uint8Array };
  beforeAll(async () => {
    files = await lastYearFiles();
  });

  it("compares January–December 2025 with last year's report file, figure by figure from its Data Laporan", () => {
    const lastYear = readLastYearReport(file('laporan-2024-12.xlsx', files.report), want);
    expect(lastYear.file).toBe('laporan-2024-12.xlsx');
    const { quality } = monthlyReport(contoh, { ...DECEMBER, lastYear }).model;
    expect(quality.checks.find((c) => c.kind === 'beda_tahun_lalu')).toEqual({ kind: 'beda_tahun_lalu', ran: true, note: 'dibandingkan dengan laporan Desember 2024, batas ±33%' });
    const found = compared(quality.findings);
    // Two kelurahan last year, five this year: well beyond ±33%.
    expect(found.length).toBeGreaterThan(5);
    const totals = cumulativeTotals(files.report);
    for (const f of found) {
      const key = [...totals.keys()].find((k) => f.subject === `${doseLabel(k)}, Januari–Desember`);
      expect(key && totals.get(key)).toBe(f.lastYear);
    }
    // Without it: no comparison, and the check says why and how to add it.
    const without = monthlyReport(contoh, DECEMBER).model.quality;
    expect(compared(without.findings)).toEqual([]);
    expect(without.checks.find((c) => c.kind === 'beda_tahun_lalu')?.note).toBe('laporan Desember 2024 tidak diberikan; untuk membandingkan, pilih file laporan itu di "Laporan bulan yang sama tahun lalu (opsional)" pada panel atau halaman, atau pakai --tahun-lalu <file> pada baris perintah');
  });

  it("counts last year's register workbook on the fly for the month: the same comparison as its report", () => {
    const fromReport = monthlyReport(contoh, { ...DECEMBER, lastYear: readLastYearReport(file('laporan-2024-12.xlsx', files.report), want) }).model.quality.findings;
    const fromRegisters = monthlyReport(contoh, { ...DECEMBER, lastYear: readLastYearReport(file('register-2024.xlsx', files.registers), want) }).model.quality.findings;
    expect(compared(fromRegisters)).toEqual(compared(fromReport));
  });

  it("refuses another month's report, another puskesmas's, and files that are no report, naming the file and what to give instead", async () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(LastYearRefusedError);
        return (error as LastYearRefusedError).problem;
      }
      throw new Error('not refused');
    };
    const november = (await lastYearFiles(11)).report;
    const other = await writeWorkbook([dataLaporanSheetSpec(syntheticReport(7, 'P0000000001', { tahun: 2024, bulan: 12 }), 'x')]);
    const blank = await writeWorkbook(templateSpecs({ year: 2024 }));
    const make = (name: string, bytes: Uint8Array) => () => monthlyReport(contoh, { ...DECEMBER, lastYear: readLastYearReport(file(name, bytes), want) });

    expect(refusal(make('laporan-2024-11.xlsx', november))).toBe('laporan-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024. Pakai laporan Desember 2024 puskesmas ini (bulan yang sama tahun lalu), atau buat laporan tanpa file itu (tanpa perbandingan dengan tahun lalu).');
    expect(refusal(make('laporan-lain.xlsx', other))).toMatch(/^laporan-lain\.xlsx adalah laporan .* \(P0000000001\), bukan puskesmas ini \(P3373020101\)\. Pakai laporan Desember 2024 puskesmas ini/);
    expect(refusal(make('catatan.xlsx', new TextEncoder().encode('bukan spreadsheet')))).toMatch(/^catatan\.xlsx: file tidak dapat dibuka: .* Pakai file laporan bulanan Desember 2024 puskesmas ini \(dengan sheet Data Laporan\) atau buku kerja register tahun 2024\.$/);
    expect(refusal(make('templat.xlsx', blank))).toMatch(/^templat\.xlsx: .*Pakai file laporan bulanan Desember 2024/);
    // What the pane shows: it says the report was not made, and why.
    expect(make('laporan-2024-11.xlsx', november)).toThrow('Laporan belum dibuat: file "Laporan bulan yang sama tahun lalu" tidak dapat dipakai. laporan-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024.');
  });
});
