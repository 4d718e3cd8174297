import { Finding } from '../../../src/domain/findings';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, rawSheet, roundTrip } from '../../helpers/workbook';
import { INFANT_DOSES } from '../../../src/domain/antigens';
import { Cell } from '../../../src/domain/raw';

const today = '2025-12-31';
const infantHeader = ['NIK', 'Kode KK', 'No Urut', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Nama Ibu', 'Kode Kelurahan', 'Alamat', 'No HP', ...INFANT_DOSES.map((d) => d.header)];
const codes = (findings: Finding[]) => findings.filter((f) => f.code !== 'SHEET_MISSING').map((f) => `${f.code}@${f.cell ?? f.row}`);

function bayi(...rows: Cell[][]) {
  return roundTrip({ Puskesmas: PUSKESMAS_ROWS, Kelurahan: KELURAHAN_ROWS, 'Register Bayi': [['REGISTER IMUNISASI BAYI 2025'], [], infantHeader, ...rows] });
}

describe('readRegisters', () => {
  it('reads a clean register under a title, with headers in any case, and keeps typed values', () => {
    const wb = bayi(['3373015001250002', null, null, 'Siti Aminah', 'P', 45667, 'Rina', 'k01', 'Jl. Mawar 1', 81234567890, 45667, '1 Februari 2025']);
    const { registers, findings } = readRegisters(wb, { today });
    expect(codes(findings)).toEqual([]);
    expect(registers.puskesmas).toMatchObject({ kode: 'P3373010', skema: 'td', tahun: 2025, zona: 'WIB' });
    expect(registers.bayi).toHaveLength(1);
    expect(registers.bayi[0]).toMatchObject({
      row: 4,
      id: '3373015001250002',
      nama: 'Siti Aminah',
      jk: 'P',
      tanggalLahir: '2025-01-10',
      kodeKelurahan: 'K01',
      noHp: '081234567890',
      doses: { hb0: '2025-01-10', bcg: '2025-02-01' },
    });
  });

  it('flags a dose dated after the reference date and leaves it out of the record, so nothing counts it', () => {
    const wb = bayi(['3373015001250002', null, null, 'Siti Aminah', 'P', '10-01-2025', 'Rina', 'K01', null, null, '10-01-2025', '05-01-2026']);
    const { registers, findings } = readRegisters(wb, { today });
    expect(codes(findings)).toEqual(['DATE_FUTURE@L4']);
    expect(findings.find((f) => f.code === 'DATE_FUTURE')!.message).toMatch(/05-01-2026 ada di masa depan .*tidak dihitung sampai diperbaiki/);
    expect(registers.bayi[0].doses).toEqual({ hb0: '2025-01-10' });
    // The next day it is no longer in the future, and it counts.
    expect(readRegisters(wb, { today: '2026-01-05' }).registers.bayi[0].doses).toEqual({ hb0: '2025-01-10', bcg: '2026-01-05' });
  });

  it('matches columns by alias, in any order, and ignores extra columns', () => {
    const wb = roundTrip({
      Puskesmas: PUSKESMAS_ROWS,
      Kelurahan: KELURAHAN_ROWS,
      'Register Bayi': [
        ['Catatan', 'JK', 'Tgl. Lahir', 'nama', 'KODE KEL', 'nik', 'No KK', 'Urut', ...INFANT_DOSES.map((d) => d.aliases[0] ?? d.header)],
        ['x', 'L', '05-03-2025', 'Budi', 'K02', null, 'KK-7', 3],
      ],
    });
    const { registers, findings } = readRegisters(wb, { today });
    expect(codes(findings)).toEqual([]);
    expect(registers.bayi[0]).toMatchObject({ id: 'KK:KK-7/3', jk: 'L', tanggalLahir: '2025-03-05', kodeKelurahan: 'K02' });
  });

  it('reports each bad cell at its sheet, row and column, in Bahasa Indonesia', () => {
    const wb = bayi(
      ['3373015001250002', null, null, 'Siti', 'X', '31/13/2024', null, 'K09', null, null, 123],
      [null, null, null, 'Tanpa Kunci', 'L', '01-02-24', null, 'K01'],
      ['3373015001250002', null, null, 'Siti', 'P', 45667, null, 'K01', null, null, '#REF!'],
    );
    const { findings } = readRegisters(wb, { today });
    expect(codes(findings)).toEqual([
      'SEX_INVALID@E4',
      'DATE_INVALID@F4',
      'REF_UNKNOWN@H4',
      'DATE_NOT_SERIAL@K4',
      'ID_MISSING@A5',
      'DATE_TWO_DIGIT_YEAR@F5',
      'PERSON_DUPLICATE@A6',
      'CELL_ERROR@K6',
    ]);
    const sex = findings.find((f) => f.code === 'SEX_INVALID')!;
    expect(sex).toMatchObject({ sheet: 'Register Bayi', row: 4, column: 'Jenis Kelamin', severity: 'error' });
    expect(sex.message).toMatch(/^Register Bayi baris 4, kolom "Jenis Kelamin": .*Isi L \(laki-laki\) atau P \(perempuan\)/);
  });

  it('reports a missing required sheet as an error and a missing register as a warning', () => {
    const { findings } = readRegisters({ sheets: [rawSheet('Lain', [['a']])] }, { today });
    const missing = findings.filter((f) => f.code === 'SHEET_MISSING');
    expect(missing.find((f) => f.sheet === 'Puskesmas')?.severity).toBe('error');
    expect(missing.find((f) => f.sheet === 'Register WUS')?.severity).toBe('warning');
  });
});
