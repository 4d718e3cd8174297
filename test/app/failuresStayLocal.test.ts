import { computeWorkbookStatus } from '../../src/app/status';
import { mergeReports, MergeSource } from '../../src/app/mergeReports';
import { monthlyReport } from '../../src/app/monthlyReport';
import * as infant from '../../src/domain/status/infant';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import * as pwsChart from '../../src/sheets/reports/pwsChartSheet';
import * as reportTable from '../../src/sheets/reportTable';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';
import { handmadeBytes } from '../helpers/handmadeWorkbook';

// Issue 12 item 7: a bug (an exception) in one report sheet or one person's record is a
// finding naming it; everything else is still made. The bugs are injected with jest.spyOn.
const OPTIONS = { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' };
const workbook = () => readWorkbookBytes(handmadeBytes());
const text = (spec: SheetSpec) => spec.values.flat().filter((v) => typeof v === 'string').join(' ');

afterEach(() => jest.restoreAllMocks());

describe('failures stay local', () => {
  it('a broken report sheet is named in a finding and holds only the message; every other sheet is made as before', () => {
    const whole = monthlyReport(workbook(), OPTIONS);
    jest.spyOn(pwsChart, 'pwsChartSheet').mockImplementation(() => {
      throw new Error('injected layout bug');
    });
    const broken = monthlyReport(workbook(), OPTIONS);

    expect(broken.specs.map((s) => s.name)).toEqual(whole.specs.map((s) => s.name));
    for (const [i, spec] of broken.specs.entries()) {
      if (spec.name === pwsChart.PWS_CHART_SHEET) continue;
      expect(spec).toEqual(whole.specs[i]);
    }
    const internal = broken.findings.filter((f) => f.code === 'INTERNAL_ERROR');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ sheet: 'Grafik PWS', severity: 'error' });
    expect(internal[0].message).toMatch(/^kesalahan internal saat menyusun sheet "Grafik PWS" \(injected layout bug\)\. .*laporkan ke pengembang/);
    const stub = broken.specs.find((s) => s.name === 'Grafik PWS')!;
    expect(String(stub.values[0][0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
    expect(text(stub)).toContain('injected layout bug');
    expect(stub.charts ?? []).toEqual([]);
    // The rest of the findings are the same as without the bug.
    expect(broken.findings.filter((f) => f.code !== 'INTERNAL_ERROR')).toEqual(whole.findings);
  });

  it("a bug in one person's record names that person's row; everyone else's status is computed", () => {
    const whole = computeWorkbookStatus(workbook(), { today: OPTIONS.today });
    const victim = whole.persons.find((p) => p.infant !== null)!;
    const row = victim.rows.find((r) => r.sheet === 'bayi')!.row;
    const real = infant.infantStatus;
    jest.spyOn(infant, 'infantStatus').mockImplementation((bayi, ...rest) => {
      if (bayi.row === row) throw new Error('injected status bug');
      return real(bayi, ...rest);
    });
    const broken = computeWorkbookStatus(workbook(), { today: OPTIONS.today });

    expect(broken.persons.map((p) => p.key)).toEqual(whole.persons.filter((p) => p !== victim).map((p) => p.key));
    expect(broken.persons).toEqual(whole.persons.filter((p) => p !== victim));
    const internal = broken.findings.filter((f) => f.code === 'INTERNAL_ERROR');
    expect(internal).toEqual([expect.objectContaining({ sheet: 'Register Bayi', row, severity: 'error' })]);
    expect(internal[0].message).toMatch(new RegExp(`status T orang di baris ${row} \\(injected status bug\\).*orang lain tetap dihitung.*laporkan ke pengembang`));
  });

  it('a broken district sheet is named in Temuan Penggabungan; the other district sheets are made', async () => {
    const report = monthlyReport(workbook(), OPTIONS);
    const bytes = await writeWorkbook(report.specs.filter((s) => s.name === 'Data Laporan'));
    const sources: MergeSource[] = [{ name: 'pkm.xlsx', date: null, bytes: async () => bytes }];
    const run = { tahun: 2025, bulan: 12, today: '2026-01-15', generatedAt: '15-01-2026 09:00 WIB', read: readMergeInput };
    const whole = await mergeReports(sources, run);
    const real = reportTable.reportTableSheet;
    jest.spyOn(reportTable, 'reportTableSheet').mockImplementation((input) => {
      if (input.name === 'UCI & Drop Out') throw new Error('injected district bug');
      return real(input);
    });
    const broken = await mergeReports(sources, run);

    expect(broken.specs.map((s) => s.name)).toEqual(whole.specs.map((s) => s.name));
    for (const [i, spec] of broken.specs.entries()) {
      if (spec.name === 'UCI & Drop Out' || spec.name === 'Temuan Penggabungan') continue;
      expect(spec).toEqual(whole.specs[i]);
    }
    const internal = broken.result.findings.filter((f) => f.code === 'INTERNAL_ERROR');
    expect(internal).toHaveLength(1);
    expect(internal[0].message).toMatch(/^Sheet "UCI & Drop Out": kesalahan internal .*injected district bug.*laporkan ke pengembang/);
    // The frame itself broke here, so the stub is the bare mark and message.
    const stub = broken.specs.find((s) => s.name === 'UCI & Drop Out')!;
    expect(String(stub.values[0][0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
    expect(text(stub)).toContain('injected district bug');
    expect(text(broken.specs.find((s) => s.name === 'Temuan Penggabungan')!)).toContain('UCI & Drop Out');
  });
});
