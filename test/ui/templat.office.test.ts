import { readTargetSheet } from '../../src/domain/programme/readTargetSheet';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { SHEETS } from '../../src/domain/schema/registers';
import { ALL_CAPABILITIES } from '../../src/io/office/capabilities';
import { ACTIONS, ActionRequest } from '../../src/ui/actions';
import { officeHost } from '../../src/ui/officeHost';
import { FakeExcel } from '../helpers/fakeExcel';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../helpers/workbook';

const templat = ACTIONS.find((a) => a.id === 'templat')!;
const request: ActionRequest = { year: 2026, month: 3, scheme: 'sheet', now: new Date(Date.UTC(2026, 3, 5, 2, 0)) };

/** "Siapkan templat" pressed in Excel: through the Office.js adapter (office-addin-mock objects). */
async function press(excel: FakeExcel) {
  const host = officeHost(excel.run, ALL_CAPABILITIES);
  const outcome = await templat.run(request, { host, onProgress: () => undefined, confirmRenames: async () => true });
  return { outcome, read: await host.read(() => undefined) };
}

describe('Siapkan templat in Excel adds the Target sheet', () => {
  it('adds the missing registers and a Target sheet with the Kemenkes defaults for the chosen year, leaving the other sheets as they were', async () => {
    const excel = new FakeExcel([
      { name: 'Puskesmas', rows: PUSKESMAS_ROWS },
      { name: 'Kelurahan', rows: KELURAHAN_ROWS },
    ]);
    const before = { puskesmas: excel.grid('Puskesmas'), kelurahan: excel.grid('Kelurahan') };
    const { outcome, read } = await press(excel);
    const added = outcome.write!.written.map((w) => w.name);
    expect(added).toEqual([...SHEETS.filter((s) => !['puskesmas', 'kelurahan'].includes(s.key)).map((s) => s.name), 'Target']);
    expect(outcome.summary).toMatch(/^Ditambahkan: .*, Target\. Sheet yang sudah ada tidak diubah\.$/);
    expect(excel.grid('Puskesmas')).toEqual(before.puskesmas);
    expect(excel.grid('Kelurahan')).toEqual(before.kelurahan);
    // Read back from the mock Excel as the reports read it: the 2026 column holds the defaults, nothing is wrong.
    const target = readTargetSheet(read)!;
    expect(target.findings).toEqual([]);
    expect([...target.years.keys()]).toEqual([2026]);
    const column = target.years.get(2026)!;
    expect(column.get('dpt3')?.value).toBe(DEFAULT_TARGETS.annual.dpt3);
    expect(column.get('bumil_t2plus')?.value).toBe(DEFAULT_TARGETS.annual.bumil_t2plus);
    expect(column.get('uciThreshold')?.value).toBe(DEFAULT_TARGETS.uciThreshold);
    expect(column.get('crudeBirthRate')?.value).toBeCloseTo(0.0175, 10);
  });

  it('never touches a Target sheet a person filled in, under any of its names, and adds nothing when all sheets are there', async () => {
    const own = [['Indikator', 'Keterangan', 2026], ['DPT-HB-Hib 3', 'target kabupaten', '95%']];
    const excel = new FakeExcel([...SHEETS.map((s) => ({ name: s.name, rows: [['x']] })), { name: 'Target Tahunan', rows: own }]);
    const before = excel.sheets.map((s) => ({ name: s.name, grid: excel.grid(s.name) }));
    const { outcome } = await press(excel);
    expect(outcome.write).toBeUndefined();
    expect(outcome.summary).toBe('Semua sheet register, master dan Target sudah ada; tidak ada yang ditambahkan.');
    expect(excel.sheets.map((s) => ({ name: s.name, grid: excel.grid(s.name) }))).toEqual(before);
  });
});
