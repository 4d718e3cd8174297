import { readFileSync } from 'node:fs';
import { yearlyBiasReport } from '../../src/app/biasReport';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { monthlyReport } from '../../src/app/monthlyReport';
import { statusReport } from '../../src/app/statusReport';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { SHEETS } from '../../src/domain/schema/registers';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { ACTIONS, ActionRequest, checkSummary, ReportInput, reportAction, ScheduleChoice, STAGE_CHECK, STAGE_COMPUTE } from '../../src/ui/actions';
import { MemoryHost, progressLog } from '../helpers/memoryHost';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, rawSheet } from '../helpers/workbook';

const action = (id: string) => ACTIONS.find((a) => a.id === id)!;
// 16:30 UTC on 31 Oct 2025: still 31 Oct in WIB (UTC+7), already 1 Nov in WITA (UTC+8).
const NOW = new Date(Date.UTC(2025, 9, 31, 16, 30));
const request: ActionRequest = { year: 2025, month: 10, scheme: 'sheet', now: NOW };
const witaPuskesmas = [...PUSKESMAS_ROWS, ['Zona Waktu', 'WITA']];

describe('pane actions', () => {
  it('Periksa data reads the workbook and returns the findings of the complete check, for today on the puskesmas clock', async () => {
    const workbook = { sheets: [rawSheet('Puskesmas', witaPuskesmas), rawSheet('Kelurahan', KELURAHAN_ROWS)] };
    const host = new MemoryHost(workbook);
    const outcome = await action('periksa').run(request, { host, onProgress: progressLog(host), confirmRenames: async () => true });
    expect(outcome.findings).toEqual(checkWorkbook(workbook, { today: '2025-11-01' }).findings);
    expect(outcome.summary).toBe(checkSummary(outcome.findings));
    expect(outcome.summary).toMatch(/^Pemeriksaan selesai: \d+ error, \d+ peringatan\./);
    expect(host.written).toEqual([]);
    expect(host.stages).toContain(STAGE_CHECK);
  });

  it('Siapkan templat adds only the sheets missing, recognising sheets by their other names', async () => {
    const host = new MemoryHost({ sheets: [rawSheet('Identitas Puskesmas', PUSKESMAS_ROWS), rawSheet('Data Kelurahan', KELURAHAN_ROWS), rawSheet('Catatan', [['x']])] });
    const outcome = await action('templat').run(request, { host, onProgress: progressLog(host), confirmRenames: async () => true });
    expect(host.written.map((s) => s.name)).toEqual([...SHEETS.filter((s) => !['puskesmas', 'kelurahan'].includes(s.key)).map((s) => s.name), 'Target']);
    expect(host.written.every((s) => s.role === 'register')).toBe(true);
    expect(outcome.summary).toMatch(/^Ditambahkan: Sekolah, Vaksin, Register Bayi/);

    const complete = new MemoryHost({ sheets: [...SHEETS.map((s) => rawSheet(s.name, [['x']])), rawSheet('Target', [['x']])] });
    const nothing = await action('templat').run(request, { host: complete, onProgress: () => undefined, confirmRenames: async () => true });
    expect(complete.written).toEqual([]);
    expect(nothing.summary).toMatch(/sudah ada/);
  });

  it('a report button hands its use case the period, today, the stamp on the puskesmas clock and the picked scheme, then writes its sheets', async () => {
    const seen: ReportInput[] = [];
    const schemes: unknown[] = [];
    const report = reportAction('bulanan', 'Buat laporan bulanan', '', (workbook, input) => {
      seen.push(input);
      schemes.push(readRegisters(workbook, { today: input.today, scheme: input.scheme }).registers.puskesmas?.skema);
      return { specs: [{ name: 'Laporan Bulanan', role: 'report', values: [[`${GENERATED_MARK} pada ${input.stamp.human}`]] }], findings: [], summary: 'Laporan Oktober 2025 selesai.' };
    });
    const host = new MemoryHost({ sheets: [rawSheet('Puskesmas', witaPuskesmas)] });
    const outcome = await report.run({ ...request, scheme: 'tt2005' }, { host, onProgress: progressLog(host), confirmRenames: async () => true });
    expect(seen).toEqual([{ year: 2025, month: 10, today: '2025-11-01', stamp: { human: '01-11-2025 00:30 WITA', iso: '2025-11-01T00:30:00+08:00' }, kartu: [], scheme: 'tt2005', lastYear: expect.any(Function) }]);
    // Nothing picked: last year's report reads as none.
    await expect(seen[0].lastYear()).resolves.toBeUndefined();
    expect(host.written.map((s) => s.name)).toEqual(['Laporan Bulanan']);
    expect(outcome.summary).toBe('Laporan Oktober 2025 selesai. Sheet: Laporan Bulanan.');
    expect(host.stages).toContain(STAGE_COMPUTE);

    await report.run(request, { host, onProgress: () => undefined, confirmRenames: async () => true });
    // The picked scheme for that run only; "sesuai sheet" keeps the Puskesmas sheet's own.
    expect(schemes).toEqual(['tt2005', 'td']);
  });

  it('the picked immunization schedule travels to the use case like the scheme, and "sesuai sheet" keeps the Jadwal Imunisasi cell', async () => {
    const jadwal: unknown[] = [];
    const report = reportAction('bulanan', 'Buat laporan bulanan', '', (workbook, input) => {
      jadwal.push(readRegisters(workbook, { today: input.today, schedule: input.schedule }).registers.puskesmas?.jadwal);
      return { specs: [], findings: [] };
    });
    const host = new MemoryHost({ sheets: [rawSheet('Puskesmas', [...witaPuskesmas, ['Jadwal Imunisasi', 'Permenkes 12/2017']])] });
    const run = (schedule: ScheduleChoice | undefined) => report.run({ ...request, ...(schedule ? { schedule } : {}) }, { host, onProgress: () => undefined, confirmRenames: async () => true });
    await run('kemenkes2023');
    await run('sheet');
    await run(undefined);
    expect(jadwal).toEqual(['kemenkes2023', 'permenkes2017', 'permenkes2017']);
  });

  it('a report whose sheet name is taken by a person is not written when the person says no', async () => {
    const report = reportAction('bulanan', 'Buat laporan bulanan', '', () => ({ specs: [{ name: 'Laporan Bulanan', role: 'report', values: [[GENERATED_MARK]] }], findings: [] }));
    const host = new MemoryHost({ sheets: [rawSheet('Laporan Bulanan', [['punya bidan']])] });
    const outcome = await report.run(request, { host, onProgress: () => undefined, confirmRenames: async () => false });
    expect(host.written).toEqual([]);
    expect(outcome.summary).toMatch(/^Dibatalkan/);
  });

  describe('the report buttons on the sample workbook (templates/contoh-puskesmas.xlsx)', () => {
    const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    // 05-01-2026 09:00 WIB: the December 2025 report, made early in January.
    const january: ActionRequest = { year: 2025, month: 12, scheme: 'sheet', now: new Date(Date.UTC(2026, 0, 5, 2, 0)) };
    const stamp = { today: '2026-01-05', iso: '2026-01-05T09:00:00+07:00', human: '05-01-2026 09:00 WIB' };

    it.each([
      ['bulanan', () => monthlyReport(contoh, { year: 2025, month: 12, today: stamp.today, generatedAt: stamp.iso })],
      ['statusT', () => statusReport(contoh, { today: stamp.today, month: { year: 2025, month: 12 }, generatedAt: stamp.human })],
      ['bias', () => yearlyBiasReport(contoh, { year: 2025, today: stamp.today, generatedAt: stamp.iso })],
    ])('%s writes exactly the sheets of its use case, the registers untouched', async (id, useCase) => {
      const host = new MemoryHost(contoh);
      const outcome = await action(id).run(january, { host, onProgress: progressLog(host), confirmRenames: async () => true });
      const expected = useCase();
      expect(host.written).toEqual(expected.specs);
      expect(host.written.every((s) => s.role !== 'register')).toBe(true);
      expect(outcome.findings).toEqual(expected.findings);
      expect(outcome.summary).toMatch(/\. Sheet: /);
      expect(outcome.summary.endsWith(`Sheet: ${expected.specs.map((s) => s.name).join(', ')}.`)).toBe(true);
    });

    it('Status & jadwal T also makes a Kartu TT for the persons typed in the pane, and names those not found', async () => {
      const { persons } = statusReport(contoh, { today: stamp.today, month: { year: 2025, month: 12 }, generatedAt: stamp.human });
      const chosen = persons.find((p) => !p.lengkap && p.nik !== null)!;
      const host = new MemoryHost(contoh);
      const outcome = await action('statusT').run({ ...january, kartu: [chosen.nik!, '9999999999999999'] }, { host, onProgress: () => undefined, confirmRenames: async () => true });
      const expected = statusReport(contoh, { today: stamp.today, month: { year: 2025, month: 12 }, generatedAt: stamp.human, kartuFor: [chosen.nik!, '9999999999999999'] });
      expect(host.written).toEqual(expected.specs);
      expect(expected.summary.kartu).toBe(persons.filter((p) => p.lengkap).length + 1);
      expect(outcome.summary).toMatch(new RegExp(`; ${expected.summary.kartu} Kartu TT\\. Tidak ditemukan di register: 9999999999999999\\.`));
      const kartuSheet = host.written.find((s) => s.name === 'Kartu TT')!;
      expect(kartuSheet.values.some((row) => row.some((c) => typeof c === 'string' && c.includes(chosen.nama)))).toBe(true);
    });
  });
});

