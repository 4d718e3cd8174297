import * as XLSX from 'xlsx';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';

/*
 * The doses a vaccine served are the register's dose cells counted again (found by the fuzz test
 * of issue 11): with Register Bayi's HB0 header mistyped, HB0's doses, IP and wastage on
 * Pemantauan Vaksin read "tidak dapat dihitung" and Data Laporan lists stok.HB0.dosis as not
 * computable — before, they were 0 doses and no IP, as if nobody had been vaccinated.
 */
describe('stock figures made from broken dose cells are not computable', () => {
  it('a mistyped HB0 header blocks HB0 served doses, IP and wastage, and nothing of BCG', async () => {
    const sample = generateSample({ seed: 7, year: 2025, kelurahan: 2, rows: { bayi: 60, bias: 20, wus: 6, caten: 3, bumil: 10 } });
    const wb = XLSX.read(await writeWorkbook(sampleSpecs(sample)), { type: 'buffer' });
    const ws = wb.Sheets['Register Bayi'];
    const at = Object.keys(ws).find((a) => !a.startsWith('!') && ws[a].v === 'HB0')!;
    ws[at] = { t: 's', v: 'HBO' };
    const workbook = readWorkbookBytes(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));

    const { specs, model } = monthlyReport(workbook, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
    expect(model.dataLaporan.rows.filter((r) => r.indikator === 'stok.HB0.dosis')).toEqual([]);
    expect(model.dataLaporan.tidakDapatDihitung.filter((r) => r.indikator.startsWith('stok.')).map((r) => r.indikator)).toEqual(['stok.HB0.dosis']);
    expect(model.dataLaporan.rows.some((r) => r.indikator === 'stok.HB0.awal')).toBe(true);

    const rows = specs.find((s) => s.name === 'Pemantauan Vaksin')!.values;
    const line = (code: string) => rows.find((r) => r[1] === code)!;
    // Dosis register, luar, jumlah, IP, wastage; kumulatif jumlah; IP kumulatif; wastage kumulatif.
    const served = [11, 12, 13, 14, 15, 16, 18, 20];
    expect(served.map((c) => line('HB0')[c])).toEqual(served.map(() => 'tidak dapat dihitung'));
    expect(line('HB0')[4]).toEqual(expect.any(Number));
    expect(served.map((c) => line('BCG')[c]).filter((v) => v === 'tidak dapat dihitung')).toEqual([]);
    expect(rows.some((r) => /Dosis vaksin HB0: .*HB0/.test(String(r[0] ?? '')))).toBe(true);
  });
});
