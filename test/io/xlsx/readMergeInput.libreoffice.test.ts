import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DistrictMerge } from '../../../src/domain/merge/districtMerge';
import { readMergeInput } from '../../../src/io/xlsx/readMergeInput';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../../src/sheets/dataLaporanSheet';
import { districtSheets } from '../../../src/sheets/district/districtSheets';
import { convertWithLibreOffice } from '../../../scripts/libreoffice';
import { heldPerRead } from '../../helpers/heldPerRead';

/**
 * A puskesmas report as Dinkes receives it: written by us (inline strings), re-saved by
 * LibreOffice (a shared-string table), or edited in a tool that stores rich text runs. Each is
 * read for the merge into the same report, and what the merge keeps of it holds nothing else.
 */
describe('Dinkes merge input: our report, re-saved by LibreOffice or with rich text, reads the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gabung-lo-'));
  const data = syntheticReport(7, 'P0007', { kelurahan: 6 });
  let ours: Uint8Array;
  let resaved: Uint8Array;

  beforeAll(async () => {
    // The report's tables stand in as the bench makes them: the district sheets of its own data.
    const merge = new DistrictMerge({ tahun: data.tahun, bulan: data.bulan });
    merge.add({ file: 'P0007', fileDate: null, data });
    const tables = districtSheets(merge.result(), { generatedAt: '2026-01-05T10:15:00+07:00' }).slice(0, 4);
    ours = await writeWorkbook([...tables, dataLaporanSheetSpec(data, '2026-01-05T10:15:00+07:00')]);
    writeFileSync(join(dir, 'P0007.xlsx'), ours);
    resaved = new Uint8Array(readFileSync(await convertWithLibreOffice(join(dir, 'P0007.xlsx'), 'xlsx', join(dir, 'lo'))));
  });

  const reportOf = (bytes: Uint8Array, file = 'P0007.xlsx') => {
    const input = readMergeInput(bytes, file, null);
    if (!('report' in input)) throw new Error(input.finding.message);
    if (input.findings) throw new Error(input.findings.map((f) => f.message).join(' '));
    return input.report.data;
  };

  it('LibreOffice\'s re-save (shared strings) gives the report ours gives, which is the report written', () => {
    expect(readFileSync(join(dir, 'lo', 'P0007.xlsx')).includes('sharedStrings')).toBe(true);
    expect(reportOf(ours)).toEqual(data);
    expect(reportOf(resaved)).toEqual(reportOf(ours));
  });

  it('a Nama Puskesmas kept from LibreOffice\'s re-save holds only itself', () => {
    expect(reportOf(resaved).namaPuskesmas.length).toBeGreaterThanOrEqual(13);
    expect(heldPerRead(() => reportOf(resaved).namaPuskesmas, 120)).toBeLessThan(5_000);
  });

  it('identity cells in rich text runs (ExcelJS) read as their plain text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(resaved) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Data Laporan')!;
    let changed = 0;
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (label === 'Nama Puskesmas' || label === 'Kabupaten/Kota') {
        const text = String(row.getCell(2).value);
        row.getCell(2).value = { richText: [{ text: text.slice(0, 4), font: { bold: true } }, { text: text.slice(4), font: { italic: true } }] };
        changed++;
      }
    });
    expect(changed).toBe(2);
    const rich = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = await (await JSZip.loadAsync(rich)).file('xl/sharedStrings.xml')!.async('string');
    expect(table).toMatch(/<si><r><rPr>.*?<b\/>.*?<\/r><r>/);
    expect(reportOf(rich, 'P0007-rich.xlsx')).toEqual(reportOf(ours));
  });
});
