import { monthlyReport } from '../../src/app/monthlyReport';
import { TOTAL } from '../../src/domain/dataLaporan/types';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';

/**
 * Last year's December for the puskesmas of templates/contoh-puskesmas.xlsx (seed 1, so the same
 * Kode Puskesmas): the sample generated for 2024 with two kelurahan instead of the contoh's five,
 * so that its figures are far below 2025's and the comparison over time has findings. `registers`:
 * the register workbook itself; `report`: its December 2024 monthly report as the add-in writes
 * it (the report sheets alone, Data Laporan among them).
 */
export async function lastYearFiles(month = 12): Promise<{ registers: Uint8Array; report: Uint8Array }> {
  const registers = await writeWorkbook(sampleSpecs(generateSample({ seed: 1, year: 2024, kelurahan: 2 })));
  const made = monthlyReport(readWorkbookBytes(registers), { year: 2024, month, today: '2025-01-06', generatedAt: '2025-01-06T09:00:00+07:00' });
  return { registers, report: await writeWorkbook(made.specs) };
}

/** Dose key → the report's puskesmas-wide cumulative doses (January … its month), read back from its file. */
export function cumulativeTotals(reportBytes: Uint8Array): Map<string, number> {
  const sheet = readWorkbookBytes(reportBytes).sheets.find((s) => s.name === 'Data Laporan')!;
  const read = readDataLaporan(sheet);
  if (!read.ok) throw new Error('no readable Data Laporan');
  const out = new Map<string, number>();
  for (const row of read.data.rows) {
    const m = /^(.*)_kumulatif$/.exec(row.indikator);
    if (m && row.kodeKelurahan === TOTAL) out.set(m[1], row.nilai);
  }
  return out;
}
