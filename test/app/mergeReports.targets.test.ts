import { mergeReports, MergeSource } from '../../src/app/mergeReports';
import { defaultDistrictTargets } from '../../src/domain/merge/districtTargets';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { NO_TARGET } from '../../src/sheets/district/districtSheets';

const source = (name: string, seed: number, kode: string): MergeSource => ({ name, date: null, bytes: () => writeWorkbook([dataLaporanSheetSpec(syntheticReport(seed, kode), 'x')]) });

describe('district merge: an indicator without a target', () => {
  it('is marked where its target line would be and named in a TARGET_MISSING finding, never drawn at 0,9', async () => {
    const targets = defaultDistrictTargets(2025);
    const annual = { ...targets.targets.annual };
    delete annual.idl;
    delete annual.bumil_t1;
    const { result, specs } = await mergeReports([source('p01.xlsx', 1, 'P01'), source('p02.xlsx', 2, 'P02')], {
      tahun: 2025,
      bulan: 12,
      generatedAt: '05-01-2026 09:00 WIB',
      today: '2026-01-05',
      read: readMergeInput,
      targets: { ...targets, targets: { ...targets.targets, annual } },
    });
    const sheet = (name: string) => specs.find((s) => s.name === name)!.values;
    const coverage = sheet('Cakupan Puskesmas');
    const header = coverage.findIndex((r) => r[1] === 'Puskesmas');
    const body = coverage.slice(header + 1, header + 3);
    const [line, verdict] = [coverage[header].indexOf('Garis target IDL'), coverage[header].indexOf('Keterangan')];
    expect(body.map((r) => [r[line], r[verdict]])).toEqual([
      [NO_TARGET, NO_TARGET],
      [NO_TARGET, NO_TARGET],
    ]);
    const pws = sheet('PWS Kabupaten');
    const pwsHeader = pws.findIndex((r) => r[0] === 'Puskesmas');
    const pwsLine = pws.find((r) => r[0] === 'Garis target')!;
    expect(pwsLine[pws[pwsHeader].indexOf('IDL %')]).toBe(NO_TARGET);
    expect(pwsLine[pws[pwsHeader].indexOf('BCG %')]).toBeCloseTo(0.9, 12);
    expect(sheet('TT Bumil Kabupaten').flat()).toContain(`Target tahunan: T1 bumil ${NO_TARGET}, T2+ bumil 80%.`);
    const missing = result.findings.filter((f) => f.code === 'TARGET_MISSING').map((f) => f.message);
    expect(missing).toEqual([expect.stringContaining('indikator "IDL" tidak punya target tahun 2025'), expect.stringContaining('indikator "Td1 bumil" tidak punya target tahun 2025')]);
    expect(specs.find((s) => s.name === 'Temuan Penggabungan')!.values.flat().join('\n')).toContain('indikator "IDL" tidak punya target tahun 2025');
  });
});
