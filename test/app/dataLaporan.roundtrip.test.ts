import { monthlyReport, registersToDataLaporan } from '../../src/app/monthlyReport';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { DistrictMerge } from '../../src/domain/merge/districtMerge';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { handmadeBytes } from '../helpers/handmadeWorkbook';

const options = { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00' };
const result = monthlyReport(readWorkbookBytes(handmadeBytes()), options);

describe('Data Laporan of the monthly report, read back', () => {
  it('round-trips through an xlsx file: the reader gives back exactly the model', async () => {
    const written = readWorkbookBytes(await writeWorkbook(result.specs));
    const back = readDataLaporan(written.sheets.find((s) => s.name === 'Data Laporan')!);
    expect(back).toEqual({ ok: true, data: result.model.dataLaporan });
  });

  it('is accepted by the Dinkes merge: totals equal their kelurahan rows, stamp dates the report; not final, as its registers hold errors', async () => {
    const input = readMergeInput(await writeWorkbook(result.specs), 'pkm-kalicacing.xlsx', null);
    if (!('report' in input)) throw new Error(input.finding.message);
    const merge = new DistrictMerge({ tahun: 2025, bulan: 3 });
    merge.add(input.report);
    const district = merge.result();
    // The hand-made registers hold 5 errors (K02's blank sasaran, two unknown codes), none in a counted cell:
    // every figure is there, but the report is not final.
    expect(district.findings.map((f) => [f.code, f.message])).toEqual([['REPORT_NOT_FINAL', expect.stringMatching(/^pkm-kalicacing\.xlsx: laporan Kalicacing \(P3373010\) BELUM FINAL: 5 error di register\./)]]);
    expect(district.blocked.size).toBe(0);
    expect(district.puskesmas[0]).toMatchObject({ kode: 'P3373010', dated: '2025-04-10T08:30:00+07:00', datedBy: 'stamp', onTime: true });
    expect(district.totals.get('hb0_kumulatif')).toEqual({ nilai: 5, sasaran: 240 });
    expect(district.totals.get('bias_dt_k1')).toEqual({ nilai: 3, sasaran: 15 });
    // The targets the report was made with travel along, apart from the counts: the Kemenkes defaults here, as Dinkes's.
    expect(district.puskesmas[0].targets).toMatchObject({ dpt3: 0.9, bumil_t2plus: 0.8, bias_dt_k1: 1, uciThreshold: 0.8, dropOutThreshold: 0.05 });
    expect([...district.totals.keys()].filter((k) => k.startsWith('target.'))).toEqual([]);
  });

  it('is made on the fly from a register workbook given to the merge, with the same numbers, dated by its file', () => {
    const input = readMergeInput(handmadeBytes(), 'register-kalicacing.xlsx', null, registersToDataLaporan(options));
    if (!('report' in input)) throw new Error(input.finding.message);
    expect(input.report.data).toEqual({ ...result.model.dataLaporan, dibuat: null });
  });
});
