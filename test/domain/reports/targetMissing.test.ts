import { monthlyReportFromRegisters } from '../../../src/app/monthlyReport';
import { DEFAULT_REPORT_SETTINGS, ReportSettings } from '../../../src/domain/reports/settings';
import { immunizationReport } from '../../../src/domain/reports/immunization';
import { kelurahanSasaran } from '../../../src/domain/reports/sasaran';
import { targetFindings } from '../../../src/domain/reports/targetFindings';
import { vaccineNeedReport } from '../../../src/domain/reports/vaccineNeed';
import { vaccineStockReport } from '../../../src/domain/reports/vaccineStock';
import { Rec, statusOf } from '../../helpers/registers';

const child = (i: number, doses: Rec): Rec => ({ kodeKK: `A${i}`, noUrut: 3, nama: `Anak ${i}`, jk: 'L', tanggalLahir: '2025-01-10', namaSuami: `Ibu ${i}`, kodeKelurahan: 'K01', ...doses });

describe('a dose without a target (issue 12 item 4)', () => {
  const { registers, findings, persons } = statusOf({ bayi: [child(1, { dpt1: '2025-03-10', dpt2: '2025-04-10', dpt3: '2025-05-10' })] }, '2025-06-30');
  const { dpt3: _dropped, ...annual } = DEFAULT_REPORT_SETTINGS.annual;
  const settings: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, annual };

  it('has no target line and no desa status, never a 100% line', () => {
    const sasaran = kelurahanSasaran(registers, 2025, settings).list;
    const report = immunizationReport(registers, sasaran, 2025, 6, settings);
    expect(report.total.lines.dpt3.targetLine).toBeNull();
    expect(report.rows.map((r) => r.lines.dpt3.status)).toEqual(report.rows.map(() => null));
    expect(report.series.find((s) => s.key === 'dpt3')!.target).toEqual(Array(12).fill(null));
    expect(report.total.lines.dpt1.targetLine).toBeCloseTo(0.45, 12);
  });

  it('is a TARGET_MISSING finding naming the indicator, and its vaccine need is not computed', () => {
    const out = targetFindings(registers, settings, 2025, ['dpt1', 'dpt3'], 'td');
    expect(out.map((f) => [f.code, f.sheet, f.severity])).toEqual([['TARGET_MISSING', 'Target', 'warning']]);
    expect(out[0].message).toContain('indikator "DPT-HB-Hib 3" tidak punya target tahun 2025');
    const vaksin = [{ row: 2, kode: 'DPT-HB-HIB', nama: 'DPT-HB-Hib', satuan: 'vial', dosisPerKemasan: 5 }, { row: 3, kode: 'BCG', nama: 'BCG', satuan: 'ampul', dosisPerKemasan: 20 }];
    const stock = vaccineStockReport({ ...registers, vaksin }, 2025, 6);
    const need = vaccineNeedReport(registers, stock.lines, 2025, 'td', settings);
    const dpt = need.lines.find((l) => l.kode === 'DPT-HB-HIB')!;
    expect(dpt.lines.find((l) => l.target === 'dpt3')).toMatchObject({ targetValue: null, contacts: null });
    expect([dpt.contacts, dpt.vials, dpt.kebutuhan]).toEqual([null, null, null]);
    expect(need.lines.find((l) => l.kode === 'BCG')!.contacts).not.toBeNull();
  });

  it('the defaults hold a target for every dose the report shows, so a normal report has no TARGET_MISSING', () => {
    const report = monthlyReportFromRegisters(registers, findings, { year: 2025, month: 6, today: '2025-06-30', generatedAt: '2025-06-30T10:00:00+07:00' }, persons);
    expect(report.findings.filter((f) => f.code === 'TARGET_MISSING')).toEqual([]);
    expect(report.model.settings.targetSource).toEqual({ sheet: null, year: 2025, fromSheet: [] });
  });
});
