import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { PickedFile, runMerge } from '../../src/ui/mergeAction';
import { MemoryHost } from '../helpers/memoryHost';
import { rawSheet } from '../helpers/workbook';

const picked = async (name: string, seed: number, kode: string, lastModified = Date.UTC(2026, 0, 5, 2, 0)): Promise<PickedFile> => {
  const bytes = await writeWorkbook([dataLaporanSheetSpec(syntheticReport(seed, kode), 'x')]);
  return { name, lastModified, bytes: async () => bytes };
};

describe('runMerge (Gabung laporan puskesmas in the pane)', () => {
  it("expects the puskesmas of the open workbook's Daftar Puskesmas sheet and reports who is missing", async () => {
    const host = new MemoryHost({ sheets: [rawSheet('Daftar Puskesmas', [['Kode Puskesmas', 'Nama Puskesmas'], ['P01', 'Satu'], ['P02', 'Dua'], ['P09', 'Sembilan']])] });
    const stages: string[] = [];
    const outcome = await runMerge([await picked('p01.xlsx', 1, 'P01'), await picked('p02.xlsx', 2, 'P02')], { year: 2025, month: 12, now: new Date(Date.UTC(2026, 0, 6)) }, host, (p) => stages.push(p.stage));
    expect(outcome.summary).toBe('2 dari 3 puskesmas digabung (menurut sheet Daftar Puskesmas), 2 tepat waktu.');
    expect(outcome.specs.map((s) => s.name)).toContain('Kelengkapan & Ketepatan');
    expect(stages).toEqual(expect.arrayContaining(['Membaca laporan p01.xlsx', 'Membaca laporan p02.xlsx', 'Menggabungkan']));
  });

  it('without an open workbook expects the puskesmas received, and names a file that is no report', async () => {
    const junk: PickedFile = { name: 'foto.xlsx', lastModified: 0, bytes: async () => new Uint8Array(3000).fill(9) };
    const outcome = await runMerge([await picked('p01.xlsx', 1, 'P01'), junk], { year: 2025, month: 12, now: new Date() }, null, () => undefined);
    expect(outcome.summary).toMatch(/^1 dari 1 puskesmas digabung \(tanpa sheet Daftar Puskesmas/);
    expect(outcome.fileFindings.map((f) => [f.file, f.severity])).toEqual([['foto.xlsx', 'error']]);
  });
});
