import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { ALL_CAPABILITIES } from '../../src/io/office/capabilities';
import { MAX_REQUEST_BYTES, READ_BLOCK_CELLS, SYNC_BUDGET_BYTES } from '../../src/io/office/limits';
import { reportHeader } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';
import { ActionRequest, reportAction } from '../../src/ui/actions';
import { officeHost } from '../../src/ui/officeHost';
import { FakeExcel } from '../helpers/fakeExcel';
import { bayiRows, BAYI_HEADER } from '../helpers/registerRows';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../helpers/workbook';

const META = { generatedAt: '05-11-2025 09:30 WIB', period: 'Oktober 2025', sources: 'Register Bayi' };

/**
 * A report pressed in the pane, end to end through the Office.js adapter: read the registers,
 * compute, write. The stand-in use case makes one sheet of fixed size (per kelurahan) and one
 * list with a row per infant, like the due list.
 */
const report = reportAction('bulanan', 'Buat laporan bulanan', '', (workbook, input) => {
  const { registers, findings } = readRegisters(workbook, { today: input.today });
  const header = reportHeader('RINGKASAN', registers.puskesmas, META);
  const perKelurahan: SheetSpec = { name: 'Ringkasan', role: 'report', values: [...header.rows, ['Kelurahan', 'Bayi'], ...registers.kelurahan.map((k) => [k.nama, registers.bayi.filter((b) => b.kodeKelurahan === k.kode).length])], styles: header.styles };
  const list: SheetSpec = { name: 'Daftar Bayi', role: 'report', values: [...header.rows, ['NIK', 'Nama', 'Tanggal Lahir'], ...registers.bayi.map((b) => [b.nik, b.nama, b.tanggalLahir ? isoDateToSerial(b.tanggalLahir) : null])], styles: [...header.styles, { range: `C6:C${5 + registers.bayi.length}`, style: { numberFormat: 'dd-mm-yyyy' } }] };
  return { specs: [perKelurahan, list], findings };
});

const request: ActionRequest = { year: 2025, month: 10, scheme: 'sheet', now: new Date(Date.UTC(2025, 10, 5, 2, 0)) };

async function press(rows: number) {
  const excel = new FakeExcel([
    { name: 'Puskesmas', rows: PUSKESMAS_ROWS },
    { name: 'Kelurahan', rows: KELURAHAN_ROWS },
    { name: 'Register Bayi', rows: [BAYI_HEADER, ...bayiRows(rows)] },
  ]);
  const outcome = await report.run(request, { host: officeHost(excel.run, ALL_CAPABILITIES), onProgress: () => undefined, confirmRenames: async () => true });
  return { excel, outcome };
}

describe('a report through the Office.js adapter', () => {
  it('costs the same syncs for 200 or 20,000 register rows, but for one per block of data', async () => {
    const small = await press(200);
    const large = await press(20_000);
    expect(large.outcome.write?.written.map((w) => w.name)).toEqual(['Ringkasan', 'Daftar Bayi']);
    expect(large.excel.grid('Daftar Bayi')).toHaveLength(5 + 20_000);
    const cells = 20_001 * BAYI_HEADER.length;
    const written = large.excel.syncs.reduce((n, s) => n + s.requestBytes, 0);
    const blocks = Math.ceil(cells / READ_BLOCK_CELLS) + Math.ceil(written / SYNC_BUDGET_BYTES);
    expect(large.excel.syncCount - small.excel.syncCount).toBeLessThanOrEqual(blocks);
    expect(small.excel.syncCount).toBeLessThanOrEqual(6);
    expect(large.excel.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
    expect(large.excel.largestResponse).toBeLessThan(MAX_REQUEST_BYTES);
  });
});
