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
    expect(outcome.summary).toBe('2 dari 3 puskesmas digabung (menurut sheet Daftar Puskesmas), 2 tepat waktu. Target yang dipakai: target bawaan Kemenkes (Dinkes tidak memberi sheet Target). Kualitas Data Kabupaten tanpa perbandingan dengan tahun lalu: pilih laporan Desember 2024 di "Laporan bulan yang sama tahun lalu (opsional)" untuk membandingkannya.');
    expect(outcome.specs.map((s) => s.name)).toContain('Kelengkapan & Ketepatan');
    expect(stages).toEqual(expect.arrayContaining(['Membaca laporan p01.xlsx', 'Membaca laporan p02.xlsx', 'Menggabungkan']));
  });

  it('without an open workbook expects the puskesmas received, and names a file that is no report', async () => {
    const junk: PickedFile = { name: 'foto.xlsx', lastModified: 0, bytes: async () => new Uint8Array(3000).fill(9) };
    const outcome = await runMerge([await picked('p01.xlsx', 1, 'P01'), junk], { year: 2025, month: 12, now: new Date() }, null, () => undefined);
    expect(outcome.summary).toMatch(/^1 dari 1 puskesmas digabung \(tanpa sheet Daftar Puskesmas/);
    expect(outcome.fileFindings.map((f) => [f.file, f.severity])).toEqual([['foto.xlsx', 'error']]);
  });

  it("draws the district tables against the open workbook's Target sheet, and names a report made with other targets", async () => {
    const host = new MemoryHost({
      sheets: [
        rawSheet('Daftar Puskesmas', [['Kode Puskesmas', 'Nama Puskesmas'], ['P01', 'Satu'], ['P02', 'Dua']]),
        rawSheet('Target', [['Indikator', 'Keterangan', 2025], ['DPT-HB-Hib 3', 'Dinkes', '95%'], ['Batas UCI', 'Dinkes', '85%']]),
      ],
    });
    // P02's report was made with its own targets (its Data Laporan's target rows): DPT-HB-Hib 3 90%, UCI 80%.
    const own = { ...syntheticReport(2, 'P02'), targets: { dpt3: 0.9, hb0: 0.9, uciThreshold: 0.8 } };
    const p02: PickedFile = { name: 'p02.xlsx', lastModified: Date.UTC(2026, 0, 5, 2, 0), bytes: async () => writeWorkbook([dataLaporanSheetSpec(own, 'x')]) };
    const outcome = await runMerge([await picked('p01.xlsx', 1, 'P01'), p02], { year: 2025, month: 12, now: new Date(Date.UTC(2026, 0, 6)) }, host, () => undefined);
    const source = 'Target yang dipakai: target kabupaten/kota (sheet Target, kolom tahun 2025) untuk DPT-HB-Hib 3, Batas UCI; selebihnya target bawaan Kemenkes.';
    expect(outcome.summary).toContain(source);
    const pws = outcome.specs.find((s) => s.name === 'PWS Kabupaten')!;
    const header = pws.values.findIndex((r) => r[0] === 'Puskesmas');
    const column = (label: string) => pws.values[header].indexOf(label);
    const line = pws.values.find((r) => r[0] === 'Garis target')!;
    expect(line[column('DPT-HB-Hib 3 %')]).toBeCloseTo(0.95, 12);
    expect(line[column('HB0 %')]).toBeCloseTo(0.9, 12);
    for (const name of ['PWS Kabupaten', 'Cakupan Puskesmas', 'UCI & Drop Out', 'TT Bumil Kabupaten', 'BIAS Kabupaten']) {
      expect(outcome.specs.find((s) => s.name === name)!.values.flat()).toContain(source);
    }
    expect(outcome.specs.find((s) => s.name === 'UCI & Drop Out')!.values.flat().join(' ')).toContain('IDL kumulatif ≥ 85% sasaran bayi');
    const differs = outcome.fileFindings.filter((f) => f.code === 'TARGET_DIFFERS');
    expect(differs.map((f) => [f.file, f.severity])).toEqual([['p02.xlsx', 'warning']]);
    expect(differs[0].message).toBe('p02.xlsx: laporan ' + own.namaPuskesmas + ' (P02) dibuat dengan target yang berbeda dari target kabupaten/kota: DPT-HB-Hib 3 90% (kabupaten/kota 95%); Batas UCI 80% (kabupaten/kota 85%). Tabel kabupaten/kota memakai target kabupaten/kota; garis target, status desa dan desa UCI di laporan puskesmas itu mengikuti targetnya sendiri. Samakan sheet Target puskesmas dengan target kabupaten/kota lalu minta laporan ulang.');
  });

  it("compares Kualitas Data Kabupaten with last year's reports picked in the pane, and names one of another month that was not used", async () => {
    const lastYear = async (name: string, seed: number, kode: string, bulan: number): Promise<PickedFile> => {
      const bytes = await writeWorkbook([dataLaporanSheetSpec(syntheticReport(seed, kode, { tahun: 2024, bulan }), 'x')]);
      return { name, lastModified: Date.UTC(2025, 0, 6), bytes: async () => bytes };
    };
    const files = [await picked('p01.xlsx', 1, 'P01'), await picked('p02.xlsx', 2, 'P02')];
    const outcome = await runMerge(files, { year: 2025, month: 12, now: new Date(Date.UTC(2026, 0, 6)) }, null, () => undefined, [await lastYear('p01-2024-12.xlsx', 5, 'P01', 12), await lastYear('p02-2024-11.xlsx', 6, 'P02', 11)]);
    expect(outcome.summary).toMatch(/ Kualitas Data Kabupaten dibandingkan dengan tahun lalu \(1 puskesmas dengan laporan Desember 2024, batas ±33%\): (tidak ada angka yang|\d+ angka) jauh berbeda\.$/);
    expect(outcome.qualityNotes).toEqual(['Tahun lalu: p02-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024; tidak dibandingkan.']);
    const sheet = outcome.specs.find((s) => s.name === 'Kualitas Data Kabupaten')!.values.flat();
    expect(sheet).toContainEqual(expect.stringMatching(/^• Jauh berbeda dari tahun lalu: \d+ temuan \(1 puskesmas dengan laporan Desember 2024, batas ±33%\)\.$/));
    expect(sheet).toContain('Tahun lalu: p02-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024; tidak dibandingkan.');

    const without = await runMerge(files, { year: 2025, month: 12, now: new Date(Date.UTC(2026, 0, 6)) }, null, () => undefined);
    expect(without.summary.endsWith(' Kualitas Data Kabupaten tanpa perbandingan dengan tahun lalu: pilih laporan Desember 2024 di "Laporan bulan yang sama tahun lalu (opsional)" untuk membandingkannya.')).toBe(true);
    expect(without.specs.find((s) => s.name === 'Kualitas Data Kabupaten')!.values.flat()).toContain(
      '• Jauh berbeda dari tahun lalu: tidak diperiksa — laporan Desember 2024 tidak diberikan; untuk membandingkan, pilih file laporan itu di "Laporan bulan yang sama tahun lalu (opsional)" pada panel atau halaman, atau pakai --tahun-lalu <file/folder> pada baris perintah.',
    );
  });

  it("does not take a puskesmas register's own Target sheet for the district's targets, and says so", async () => {
    const host = new MemoryHost({
      sheets: [
        rawSheet('Register Bayi', [['NIK', 'Nama Bayi', 'Tanggal Lahir']]),
        rawSheet('Target', [['Indikator', 'Keterangan', 2025], ['DPT-HB-Hib 3', 'Puskesmas', '99%']]),
      ],
    });
    const outcome = await runMerge([await picked('p01.xlsx', 1, 'P01')], { year: 2025, month: 12, now: new Date(Date.UTC(2026, 0, 6)) }, host, () => undefined);
    expect(outcome.summary).toBe(
      '1 dari 1 puskesmas digabung (tanpa sheet Daftar Puskesmas: yang diharapkan = yang diterima), 1 tepat waktu. Target yang dipakai: target bawaan Kemenkes (Dinkes tidak memberi sheet Target). Sheet Target di buku kerja yang terbuka tidak dipakai: buku kerja itu berisi register puskesmas, bukan buku kerja Dinkes. Kualitas Data Kabupaten tanpa perbandingan dengan tahun lalu: pilih laporan Desember 2024 di "Laporan bulan yang sama tahun lalu (opsional)" untuk membandingkannya.',
    );
  });
});
