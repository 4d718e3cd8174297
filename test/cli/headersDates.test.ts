import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, columnLetter } from '../../src/domain/raw';
import { BAYI_SHEET } from '../../src/domain/schema/registers';
import { runCli } from '../helpers/cli';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../helpers/workbook';

/*
 * Issue 11 item 5 through the real CLI, on xlsx files written by ExcelJS as Excel would
 * store them (dates as serials under a dd-mm-yyyy format): helpful headers and plausible dates.
 */

const dir = mkdtempSync(join(tmpdir(), 'headers-dates-'));
const ROOT = join(__dirname, '..', '..');
const HEADERS = BAYI_SHEET.columns.map((c) => c.header);
const col = (key: string) => BAYI_SHEET.columns.findIndex((c) => c.key === key);

type Value = Cell | Date;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One clean baby (row 2) plus whatever `edit` does to the header row and that row. */
async function bayiFile(name: string, edit: (headers: string[], row: Value[], puskesmas: Cell[][]) => void, bayiSheet = 'Register Bayi'): Promise<string> {
  const headers = [...HEADERS];
  const row: Value[] = HEADERS.map(() => null);
  Object.assign(row, {
    [col('nik')]: '3373015001250002',
    [col('nama')]: 'Siti Aminah',
    [col('jk')]: 'P',
    [col('tanggalLahir')]: day('2025-01-10'),
    [col('kodeKelurahan')]: 'K01',
    [col('hb0')]: day('2025-01-10'),
    [col('bcg')]: day('2025-02-12'),
  });
  const puskesmas = PUSKESMAS_ROWS.map((r) => [...r]);
  edit(headers, row, puskesmas);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Puskesmas').addRows(puskesmas);
  wb.addWorksheet('Kelurahan').addRows(KELURAHAN_ROWS);
  const sheet = wb.addWorksheet(bayiSheet);
  sheet.addRow(headers);
  sheet.addRow(row);
  sheet.getRow(2).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
  });
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

interface JsonFinding {
  sheet: string;
  row: number;
  column: string;
  code: string;
  severity: string;
  message: string;
}

async function periksa(file: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const { code, out } = await runCli(['periksa', file, '--tanggal', '2025-12-31', '--json']);
  // Only the register itself: the optional sheets this small workbook leaves out are not the point.
  return { code, findings: (JSON.parse(out) as JsonFinding[]).filter((f) => f.code !== 'SHEET_MISSING') };
}

describe('periksa: helpful headers and plausible dates (issue 11 item 5)', () => {
  it('reads the clean file without a finding (the baseline every case below changes one thing of)', async () => {
    const { code, findings } = await periksa(await bayiFile('bersih.xlsx', () => {}));
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('flags a birth date typed as text "01-01-1800", showing it as typed', async () => {
    const file = await bayiFile('lahir-1800.xlsx', (_, row) => {
      // Known by Kode KK + No Urut: a NIK would also disagree with the year (NIK_BIRTHDATE_MISMATCH).
      Object.assign(row, { [col('nik')]: null, [col('kodeKK')]: 'KK01', [col('noUrut')]: 1, [col('tanggalLahir')]: '01-01-1800' });
    });
    const { code, findings } = await periksa(file);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual(['DATE_IMPLAUSIBLE@2/Tanggal Lahir']);
    expect(findings[0].message).toMatch(/^Register Bayi baris 2, kolom "Tanggal Lahir": tanggal lahir 01-01-1800 terlalu lama: bayi di register ini lahir sesudah program imunisasi \(PPI\) dimulai tahun 1977\. Periksa tahunnya\.$/);
  });

  it('reads an Excel date 01-01-2100 (serial 73051) as that date, in the future, not as "angka 73051 bukan tanggal"', async () => {
    const file = await bayiFile('bcg-2100.xlsx', (_, row) => (row[col('bcg')] = day('2100-01-01')));
    const { code, findings } = await periksa(file);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual(['DATE_FUTURE@2/BCG']);
    expect(findings[0].message).toMatch(/tanggal 01-01-2100 ada di masa depan \(hari ini 31-12-2025\)/);
    expect(findings[0].message).not.toMatch(/73051/);
  });

  it('finds a header with a zero-width space in it: the user sees "NIK", so does the reader', async () => {
    const file = await bayiFile('nik-zwsp.xlsx', (headers) => (headers[col('nik')] = 'N\u200BIK\u00A0'));
    const { code, findings } = await periksa(file);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
    // The column is really read: a NIK that is not 16 digits is found in it.
    const short = await bayiFile('nik-zwsp-pendek.xlsx', (headers, row) => {
      headers[col('nik')] = '\uFEFFNIK\u200D';
      row[col('nik')] = '33730150012500';
    });
    const bad = await periksa(short);
    expect(bad.findings.map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual(['NIK_FORMAT@2/NIK']);
  });

  it('asks "maksudnya \'Tanggal Lahir\'?" for the header "Tangal Lahir", with its sheet and cell', async () => {
    const file = await bayiFile('tangal-lahir.xlsx', (headers) => (headers[col('tanggalLahir')] = 'Tangal Lahir'));
    const { code, findings } = await periksa(file);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual(['COLUMN_MISSING@1/Tanggal Lahir']);
    expect(findings[0].message).toBe(
      'Register Bayi sel F1: kolom "Tangal Lahir" — maksudnya "Tanggal Lahir"? Kolom wajib "Tanggal Lahir" tidak ditemukan dan kolom "Tangal Lahir" tidak dibaca. Ganti judul di sel F1 menjadi "Tanggal Lahir".',
    );
  });

  it('asks the same of a misspelt label in the Puskesmas sheet, and of an optional column (a warning)', async () => {
    const file = await bayiFile('kecamatn.xlsx', (headers, _, puskesmas) => {
      puskesmas[3][0] = 'Kecamatn';
      headers[col('alamat')] = 'Alamt';
    });
    const { code, findings } = await periksa(file);
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.code}@${f.row}/${f.column}/${f.severity}`)).toEqual(['FIELD_MISSING@4/Kecamatan/error', 'HEADER_NEAR_MISS@1/Alamat/warning']);
    expect(findings[0].message).toBe('Puskesmas sel A4: keterangan "Kecamatn" — maksudnya "Kecamatan"? Keterangan wajib "Kecamatan" tidak ditemukan dan nilai di samping "Kecamatn" tidak dibaca. Ganti teks di sel A4 menjadi "Kecamatan".');
    // The column stands where the template puts Alamat (after the optional Posyandu column since issue 12).
    const at = `${columnLetter(col('alamat') + 1)}1`;
    expect(findings[1].message).toBe(`Register Bayi sel ${at}: kolom "Alamt" — maksudnya "Alamat"? Kolom "Alamat" tidak ditemukan dan kolom "Alamt" tidak dibaca. Ganti judul di sel ${at} menjadi "Alamat".`);
  });

  it('asks the same of a misspelt sheet name', async () => {
    const { code, out } = await runCli(['periksa', await bayiFile('regiser.xlsx', () => {}, 'Regiser\u200B Bayi'), '--tanggal', '2025-12-31', '--json']);
    const missing = (JSON.parse(out) as JsonFinding[]).filter((f) => f.sheet === 'Register Bayi');
    expect(code).toBe(1);
    expect(missing.map((f) => `${f.code}/${f.severity}`)).toEqual(['SHEET_MISSING/error']);
    expect(missing[0].message).toBe('Register Bayi: sheet "Regiser Bayi" — maksudnya "Register Bayi"? Sheet "Register Bayi" tidak ditemukan dan sheet "Regiser Bayi" tidak dibaca. Ganti nama sheet "Regiser Bayi" menjadi "Register Bayi".');
  });

  it('prints the same through the built command, bin/imunisasi.js', async () => {
    const built = join(ROOT, 'dist', 'node', 'cli', 'run.js');
    if (!existsSync(built)) throw new Error('Run npm run build:node first: this test runs the compiled CLI');
    const file = await bayiFile('tangal-lahir-bin.xlsx', (headers) => (headers[col('tanggalLahir')] = 'Tangal Lahir'));
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'imunisasi.js'), 'periksa', file, '--tanggal', '2025-12-31'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ERROR\s+Register Bayi\s+1\s+Tanggal Lahir\s+COLUMN_MISSING\n\s+Register Bayi sel F1: kolom "Tangal Lahir" — maksudnya "Tanggal Lahir"\?/);
  });
});
