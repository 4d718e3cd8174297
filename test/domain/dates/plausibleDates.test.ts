import { isImplausible, plausibleWindow } from '../../../src/domain/dates/plausibleDates';
import { isoDateToSerial } from '../../../src/domain/dates/excelSerial';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { sheetSchema } from '../../../src/domain/schema/registers';
import { SheetKey } from '../../../src/domain/schema/types';
import { toRow } from '../../../src/sample/context';
import { registerWorkbook } from '../../helpers/registers';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, roundTrip } from '../../helpers/workbook';

const today = '2025-12-31';
const window = (sheet: SheetKey, key: string) => plausibleWindow(sheet, sheetSchema(sheet).columns.find((c) => c.key === key)!, today);

describe('plausible date windows', () => {
  it('gives each register the ages its people can have', () => {
    // Register Bayi keeps its rows for good (the thesis links a pupil to hers): born since the programme began.
    const bayi = window('bayi', 'tanggalLahir');
    expect([bayi.earliest, bayi.latest]).toEqual(['1977-01-01', null]);
    expect(isImplausible(bayi, '1995-01-10')).toBe(false);
    expect(isImplausible(bayi, '1800-01-01')).toBe(true);
    expect(bayi.problem('1800-01-01')).toBe('tanggal lahir 01-01-1800 terlalu lama: bayi di register ini lahir sesudah program imunisasi (PPI) dimulai tahun 1977. Periksa tahunnya');
    const wus = window('wus', 'tanggalLahir');
    expect([wus.earliest, wus.latest]).toEqual(['1965-12-31', '2015-12-31']);
    expect(isImplausible(wus, '2020-05-01')).toBe(true);
    expect(wus.problem('2020-05-01')).toBe('tanggal lahir 01-05-2020 berarti umur 5 tahun pada 31-12-2025, padahal umur wanita usia subur yang masuk akal 10–60 tahun. Periksa tahunnya');
    // A former pupil kept in Register BIAS is a grown woman now.
    expect(isImplausible(window('bias', 'tanggalLahir'), '1998-03-01')).toBe(false);
  });

  it('keeps doses and visits after the start of the immunisation programme, and planned weddings near', () => {
    const bcg = window('bayi', 'bcg');
    expect(isImplausible(bcg, '1977-01-01')).toBe(false);
    expect(isImplausible(bcg, '1976-12-31')).toBe(true);
    expect(bcg.problem('1960-06-01')).toBe('tanggal 01-06-1960 terlalu lama: dosis, kunjungan dan skrining di register ini tercatat sesudah program imunisasi (PPI) dimulai tahun 1977. Periksa tahunnya');
    const nikah = window('caten', 'rencanaNikah');
    expect(isImplausible(nikah, '2027-12-31')).toBe(false);
    expect(isImplausible(nikah, '2028-01-01')).toBe(true);
  });
});

describe('DATE_IMPLAUSIBLE in the reader', () => {
  const findings = (book: Parameters<typeof registerWorkbook>[0]) =>
    readRegisters(registerWorkbook(book), { today }).findings.filter((f) => f.code !== 'SHEET_MISSING');
  const baby = { kodeKK: 'KK1', noUrut: 1, nama: 'Anak', jk: 'L', kodeKelurahan: 'K01' };

  it('flags a birth date typed as text and one stored as an Excel date alike, showing dd-mm-yyyy', () => {
    const columns = sheetSchema('bayi').columns;
    for (const tanggalLahir of ['01-01-1800', '1 Januari 1800', isoDateToSerial('1965-01-01')]) {
      // Written cell by cell (the register helper would turn a text date into a serial).
      const row = toRow(columns, baby).map((cell, i) => (columns[i].key === 'tanggalLahir' ? tanggalLahir : cell));
      const wb = roundTrip({ Puskesmas: PUSKESMAS_ROWS, Kelurahan: KELURAHAN_ROWS, 'Register Bayi': [columns.map((c) => c.header), row] });
      const found = readRegisters(wb, { today }).findings.filter((f) => f.code !== 'SHEET_MISSING');
      expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(['DATE_IMPLAUSIBLE@F2']);
      expect(found[0].message).toMatch(/^Register Bayi baris 2, kolom "Tanggal Lahir": tanggal lahir (01-01-1800|01-01-1965) terlalu lama: bayi di register ini lahir sesudah program imunisasi \(PPI\) dimulai tahun 1977\. Periksa tahunnya\.$/);
    }
  });

  it('leaves a dose outside its window out of the record, like a future one', () => {
    const wb = registerWorkbook({ wus: [{ kodeKK: 'KK2', noUrut: 1, nama: 'Ibu', tanggalLahir: '1990-02-02', kodeKelurahan: 'K01', t1: '1970-03-03', t2: '2024-03-03' }] });
    const { registers, findings: found } = readRegisters(wb, { today });
    expect(found.filter((f) => f.code === 'DATE_IMPLAUSIBLE').map((f) => f.message)).toEqual([
      expect.stringMatching(/tanggal 03-03-1970 terlalu lama: .*; tanggal ini tidak dihitung sampai diperbaiki\.$/),
    ]);
    // Reported once, as implausible, not also as before the birth date.
    expect(found.some((f) => f.code === 'DOSE_BEFORE_BIRTH')).toBe(false);
    expect(registers.wus[0].doses).toEqual({ t2: '2024-03-03' });
  });

  it('finds nothing in plausible rows', () => {
    expect(findings({ bayi: [{ ...baby, tanggalLahir: '2020-01-01', bcg: '2020-02-01' }] })).toEqual([]);
  });
});
