import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { convertWithLibreOffice } from '../../scripts/libreoffice';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { runCli } from '../helpers/cli';

const CONTOH = 'templates/contoh-puskesmas.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'gabung-'));
const inbox = join(dir, 'masuk');
mkdirSync(inbox);

async function reportFile(name: string, ...args: Parameters<typeof syntheticReport>) {
  writeFileSync(join(inbox, name), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(...args), 'x')]));
}

beforeAll(async () => {
  await reportFile('p01.xlsx', 1, 'P01');
  await reportFile('p02.xlsx', 2, 'P02');
  await reportFile('p02-lama.xlsx', 3, 'P02', { dibuat: '2026-01-03T08:00:00+07:00' });
  await reportFile('p03-november.xlsx', 4, 'P03', { bulan: 11 });
  const future = dataLaporanSheetSpec(syntheticReport(5, 'P04'), 'x');
  future.values = future.values.map((row) => (row[0] === 'Versi Format' ? ['Versi Format', 7] : row));
  writeFileSync(join(inbox, 'p04-versi-baru.xlsx'), await writeWorkbook([future]));
  writeFileSync(join(inbox, 'acak.xlsx'), randomBytes(5000));
  // A puskesmas's full register workbook, sent instead of its report; dated by its file (08-01-2026 WIB).
  copyFileSync(CONTOH, join(inbox, 'register-saja.xlsx'));
  utimesSync(join(inbox, 'register-saja.xlsx'), new Date('2026-01-08T02:00:00Z'), new Date('2026-01-08T02:00:00Z'));
  // The same registers with the Kode Puskesmas left blank: nobody can tell whose they are.
  const anonymous = XLSX.read(readFileSync(CONTOH), { type: 'buffer' });
  const identity = anonymous.Sheets.Puskesmas;
  const kode = Object.keys(identity).find((a) => identity[a].v === 'Kode Puskesmas')!;
  delete identity[kode.replace(/^A/, 'B')];
  writeFileSync(join(inbox, 'register-tanpa-kode.xlsx'), XLSX.write(anonymous, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  writeFileSync(join(inbox, 'catatan.txt'), 'bukan spreadsheet, dilewati');
});

describe('imunisasi gabung', () => {
  it('merges a folder, reports every bad file by name and goes on', async () => {
    const out = join(dir, 'kab.xlsx');
    const { code, out: text, err } = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(1);
    // P01, P02 and the register workbook of Sidomulyo.
    expect(text).toMatch(/Gabungan Desember 2025: 3 dari 3 puskesmas digabung, 3 tepat waktu/);
    expect(err).toMatch(/Selesai: 8 file dibaca/);
    for (const [file, problem] of [
      ['acak.xlsx', /bukan file spreadsheet/],
      ['register-tanpa-kode.xlsx', /register puskesmas tanpa identitas: Kode Puskesmas di sheet "Puskesmas" kosong/],
      ['p03-november.xlsx', /untuk November 2025, bukan Desember 2025\. File tidak digabung/],
      ['p04-versi-baru.xlsx', /versi format 7 tidak dikenal/],
      ['p02-lama.xlsx', /diterima lebih dari sekali; dipakai yang terbaru \(p02\.xlsx, dibuat 05-01-2026 10:15 WIB\), file ini \(dibuat 03-01-2026 08:00 WIB\) diabaikan\./],
    ] as const) {
      expect(text).toMatch(new RegExp(`${file.replace('.', '\\.')}: .*${problem.source}`));
    }
    expect(text).not.toMatch(/register-saja\.xlsx/);
    const wb = XLSX.read(readFileSync(out), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['PWS Kabupaten', 'Cakupan Puskesmas', 'UCI & Drop Out', 'TT Bumil Kabupaten', 'BIAS Kabupaten', 'Stok Vaksin Kabupaten', 'Kelengkapan & Ketepatan', 'Kualitas Data Kabupaten', 'Faktor Verifikasi', 'Temuan Penggabungan']);
  });

  it('merges a full register workbook on the fly, dated by its file, and copies no name or NIK', async () => {
    const out = join(dir, 'kab-register.xlsx');
    const { out: printed } = await runCli(['gabung', join(inbox, 'register-saja.xlsx'), join(inbox, 'p01.xlsx'), '--bulan', '2025-12', '-o', out, '--json']);
    const json = JSON.parse(printed);
    expect(json.temuan).toEqual([]);
    const sidomulyo = json.puskesmas.find((p: { kode: string }) => p.kode === 'P3373020101');
    expect(sidomulyo).toMatchObject({ file: 'register-saja.xlsx', dibuat: '2026-01-08T09:00:00+07:00', tepatWaktu: true });
    expect(sidomulyo.indikator.desa.nilai).toBe(5);

    const { registers } = readRegisters(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), { today: '2026-01-15' });
    const people = [...registers.bayi, ...registers.bias, ...registers.wus, ...registers.caten, ...registers.bumil];
    const niks = new Set(people.flatMap((p) => (p.nik ? [p.nik] : [])));
    const names = new Set(people.flatMap((p) => [p.nama, 'namaIbu' in p ? p.namaIbu : null, 'namaSuami' in p ? p.namaSuami : null]).filter((n): n is string => !!n));
    expect([niks.size > 1000, names.size > 500]).toEqual([true, true]);
    const written = XLSX.read(readFileSync(out), { type: 'buffer' });
    const cells = written.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(written.Sheets[name], { header: 1, raw: true, defval: null }).flat());
    const text = cells.filter((c) => c !== null).map(String);
    expect(text.some((t) => t.includes('Sidomulyo'))).toBe(true);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const aName = new RegExp(`(?<![\\p{L}])(${[...names].map(escape).join('|')})(?![\\p{L}])`, 'u');
    expect(text.filter((t) => aName.test(t))).toEqual([]);
    expect(text.filter((t) => [...t.matchAll(/\d{16}/g)].some((m) => niks.has(m[0])))).toEqual([]);
  });

  it('prints the district numbers as JSON, equal to the sums of the accepted reports', async () => {
    const { out } = await runCli(['gabung', join(inbox, 'p01.xlsx'), join(inbox, 'p02.xlsx'), '--bulan', '2025-12', '--json']);
    const json = JSON.parse(out);
    const total = (seed: number, kode: string, name: string) => syntheticReport(seed, kode).rows.find((r) => r.kodeKelurahan === 'TOTAL' && r.indikator === name)!.nilai;
    for (const name of ['mr1_kumulatif', 'bumil_t1', 'stok.TD.dipakai']) expect(json.total[name].nilai).toBe(total(1, 'P01', name) + total(2, 'P02', name));
    expect(json.diterima).toBe(2);
  });

  it('checks against the district list in --daftar', async () => {
    const daftar = join(dir, 'daftar.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Kode Puskesmas', 'Nama Puskesmas'], ['P01', 'Satu'], ['P05', 'Lima']]), 'Daftar Puskesmas');
    writeFileSync(daftar, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { out } = await runCli(['gabung', join(inbox, 'p01.xlsx'), join(inbox, 'p02.xlsx'), '--bulan', '2025-12', '--daftar', daftar, '--json']);
    const json = JSON.parse(out);
    expect(json.diharapkan).toBe(2);
    expect(json.puskesmas.map((p: { kode: string }) => p.kode)).toEqual(['P01']);
    expect(json.temuan.map((t: { code: string }) => t.code).sort()).toEqual(['NOT_IN_LIST', 'NOT_RECEIVED']);
  });

  it('writes a district workbook that LibreOffice opens and reads the same', async () => {
    const out = join(dir, 'kab-lo.xlsx');
    await runCli(['gabung', join(inbox, 'p01.xlsx'), join(inbox, 'p02.xlsx'), '--bulan', '2025-12', '-o', out]);
    // LibreOffice re-saves it as xlsx (SheetJS misreads "&" in ODS sheet names).
    const resaved = await convertWithLibreOffice(out, 'xlsx', mkdtempSync(join(dir, 'lo-')));
    const ours = XLSX.read(readFileSync(out), { type: 'buffer' });
    const theirs = XLSX.read(readFileSync(resaved), { type: 'buffer' });
    for (const name of ['PWS Kabupaten', 'Kelengkapan & Ketepatan']) {
      // LibreOffice keeps 15 significant digits, as Excel does; compare at 12.
      const rows = (wb: XLSX.WorkBook) =>
        XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, raw: true, defval: null }).slice(5, 9).map((r) => r.map((c) => (typeof c === 'number' ? Number(c.toPrecision(12)) : c)));
      expect(rows(theirs)).toEqual(rows(ours));
    }
  });

  it('refuses a missing --bulan with the usage line', async () => {
    const { code, err } = await runCli(['gabung', inbox, '-o', join(dir, 'x.xlsx')]);
    expect(code).toBe(2);
    expect(err).toMatch(/Pemakaian: imunisasi gabung/);
  });
});
