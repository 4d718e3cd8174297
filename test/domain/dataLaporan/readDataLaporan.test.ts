import { readFileSync } from 'node:fs';
import { readDataLaporan } from '../../../src/domain/dataLaporan/readDataLaporan';
import { DataLaporan } from '../../../src/domain/dataLaporan/types';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../../src/sheets/dataLaporanSheet';
import { SheetSpec } from '../../../src/sheets/spec';

const data: DataLaporan = {
  format: 'imunisasi-data-laporan',
  version: 2,
  kodePuskesmas: 'P3373020101',
  namaPuskesmas: 'Sidomulyo',
  kabupaten: 'Kota Salatiga',
  provinsi: 'Jawa Tengah',
  tahun: 2025,
  bulan: 12,
  dibuat: '2026-01-05T10:15:00+07:00',
  kelurahan: { K01: 'Kalicacing', K02: 'Mangunsari' },
  rows: [
    { kodeKelurahan: 'K01', indikator: 'bcg', nilai: 12, sasaran: 150 },
    { kodeKelurahan: 'K02', indikator: 'bcg', nilai: 9, sasaran: 170 },
    { kodeKelurahan: 'TOTAL', indikator: 'bcg', nilai: 21, sasaran: 320 },
    { kodeKelurahan: 'TOTAL', indikator: 'stok.BCG.dipakai', nilai: 3, sasaran: null },
  ],
  jumlahError: 0,
  tidakDapatDihitung: [],
};

async function roundTrip(spec: SheetSpec) {
  const raw = readWorkbookBytes(await writeWorkbook([spec]));
  return readDataLaporan(raw.sheets[0]);
}

describe('Data Laporan', () => {
  it('reads back exactly what was written', async () => {
    expect(await roundTrip(dataLaporanSheetSpec(data, '05-01-2026 10:15 WIB'))).toEqual({ ok: true, data });
  });

  it('holds no names or NIK: only codes, counts and sasaran', () => {
    const spec = dataLaporanSheetSpec(data, 'x');
    const text = JSON.stringify(spec.values);
    expect(text).not.toMatch(/\d{16}/);
  });

  it('refuses a sheet that is not this format, or a version it does not know', async () => {
    const other = await roundTrip({ name: 'Data Laporan', role: 'report', values: [['Rekap'], ['Format', 'lain']] });
    expect(other.ok).toBe(false);
    expect(!other.ok && other.findings[0].message).toMatch(/bukan Data Laporan add-in Imunisasi/);
    const future = await roundTrip(dataLaporanSheetSpec({ ...data, version: 9 }, 'x'));
    expect(!future.ok && future.findings[0].message).toMatch(/versi format 9 tidak dikenal/);
  });

  it('refuses rows of another puskesmas or period', async () => {
    const spec = dataLaporanSheetSpec(data, 'x');
    const last = spec.values.length - 1;
    spec.values[last] = ['P9999', 2025, 12, 'TOTAL', null, 'bcg', 1, null];
    const result = await roundTrip(spec);
    expect(!result.ok && result.findings.map((f) => f.row)).toEqual([last + 1]);
  });

  it('version 2 carries the register errors and the figures that cannot be computed: Nilai blank, the reason beside it', async () => {
    const notFinal: DataLaporan = {
      ...data,
      rows: data.rows.filter((r) => r.indikator !== 'bcg' || r.kodeKelurahan === 'K01'),
      jumlahError: 3,
      tidakDapatDihitung: [
        { kodeKelurahan: 'K02', indikator: 'bcg', sasaran: 170, alasan: 'tidak dapat dihitung: error di Register Bayi kolom "BCG" baris 40' },
        { kodeKelurahan: 'TOTAL', indikator: 'bcg', sasaran: 320, alasan: 'tidak dapat dihitung: error di Register Bayi kolom "BCG" baris 40' },
      ],
    };
    const spec = dataLaporanSheetSpec(notFinal, 'x');
    expect(spec.values[2][0]).toMatch(/^BELUM FINAL: 3 error di register/);
    expect(await roundTrip(spec)).toEqual({ ok: true, data: notFinal });
    // No number where the figure could not be computed.
    const blank = spec.values.filter((r) => r[5] === 'bcg' && r[3] !== 'K01');
    expect(blank.map((r) => r[6])).toEqual([null, null]);
  });

  it('still reads a version 1 file (from the add-in before "tidak dapat dihitung"), with a warning that it cannot say whether it is final', () => {
    const raw = readWorkbookBytes(new Uint8Array(readFileSync('test/fixtures/data-laporan-v1.xlsx')));
    const result = readDataLaporan(raw.sheets.find((s) => s.name === 'Data Laporan')!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ version: 1, kodePuskesmas: 'P3373020101', tahun: 2025, bulan: 12, jumlahError: null, tidakDapatDihitung: [] });
    expect(result.data.rows.length).toBeGreaterThan(400);
    expect(result.warnings?.map((w) => w.message)).toEqual([expect.stringMatching(/format versi 1 \(add-in versi lama\).*tidak diketahui apakah laporannya final/)]);
  });
});
