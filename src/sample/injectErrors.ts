import { IsoDate } from '../domain/dates/isoDate';
import { isoDateToSerial, serialToIsoDate } from '../domain/dates/excelSerial';
import { FindingCode } from '../domain/findings';
import { Cell } from '../domain/raw';
import { SHEETS } from '../domain/schema/registers';
import { SheetKey } from '../domain/schema/types';
import { columnLetter } from '../sheets/a1';
import { FIRST_DATA_ROW } from '../sheets/template/columnInput';
import { SampleWorkbook } from './generateSample';

/** Where an injected problem must be reported. */
export interface ExpectedFinding {
  sheet: string;
  row: number;
  column: string;
  code: FindingCode;
}

type TableKey = keyof SampleWorkbook['tables'];
const HEADER_ROW = FIRST_DATA_ROW - 1;

/**
 * Puts one instance of every kind of data problem the reader reports into a clean sample, each
 * in its own row so that no problem hides or causes another, and returns where each must be
 * reported. The sample is changed in place.
 */
export function injectErrors(sample: SampleWorkbook): ExpectedFinding[] {
  const expected: ExpectedFinding[] = [];
  const used = new Set<string>();
  const schemaOf = (key: SheetKey) => SHEETS.find((s) => s.key === key)!;
  const col = (key: SheetKey, column: string) => schemaOf(key).columns.findIndex((c) => c.key === column);
  const header = (key: SheetKey, column: string) => schemaOf(key).columns[col(key, column)].header;
  const dateAt = (row: Cell[], i: number): IsoDate | null => (typeof row[i] === 'number' ? serialToIsoDate(row[i] as number) : null);

  /** The first unused row of a sheet that satisfies `ok`; marks it used. */
  const pick = (key: TableKey, ok: (row: Cell[]) => boolean): number => {
    const rows = sample.tables[key];
    const index = rows.findIndex((r, i) => !used.has(`${key}:${i}`) && ok(r));
    if (index < 0) throw new Error(`The sample has no row in ${key} to inject into`);
    used.add(`${key}:${index}`);
    return index;
  };
  const set = (key: TableKey, column: string, code: FindingCode, value: Cell | ((row: Cell[]) => Cell), ok: (row: Cell[]) => boolean = () => true): void => {
    const index = pick(key, ok);
    const row = sample.tables[key][index];
    row[col(key, column)] = typeof value === 'function' ? value(row) : value;
    expected.push({ sheet: schemaOf(key).name, row: FIRST_DATA_ROW + index, column: header(key, column), code });
  };
  const has = (key: SheetKey, ...columns: string[]) => (row: Cell[]) => columns.every((c) => row[col(key, c)] !== null && row[col(key, c)] !== undefined);
  const hasNik = (key: SheetKey) => (row: Cell[]) => typeof row[col(key, 'nik')] === 'string';

  // Whole sheets, columns and fields.
  sample.omit.push('caten');
  expected.push({ sheet: 'Register Caten', row: 0, column: '', code: 'SHEET_MISSING' });
  const bayiColumns = schemaOf('bayi').columns;
  sample.dropLastColumns['Register Bayi'] = 1;
  expected.push({ sheet: 'Register Bayi', row: HEADER_ROW, column: bayiColumns[bayiColumns.length - 1].header, code: 'COLUMN_MISSING' });
  sample.blank.push('luar');
  expected.push({ sheet: 'Imunisasi Luar', row: 0, column: '', code: 'SHEET_EMPTY' });
  sample.headerless.push('wus');
  expected.push({ sheet: 'Register WUS', row: 0, column: '', code: 'HEADER_NOT_FOUND' });
  sample.extraColumns['Register Bumil'] = [{ header: 'Telepon', values: sample.tables.bumil.map((r) => r[col('bumil', 'noHp')]) }];
  expected.push({ sheet: 'Register Bumil', row: HEADER_ROW, column: 'Telepon', code: 'HEADER_DUPLICATE' });
  sample.renamedHeaders['Register Bayi'] = { alamat: 'Alamt' };
  expected.push({ sheet: 'Register Bayi', row: HEADER_ROW, column: 'Alamat', code: 'HEADER_NEAR_MISS' });
  sample.omitFields.push('kecamatan');
  expected.push({ sheet: 'Puskesmas', row: 0, column: 'Kecamatan', code: 'FIELD_MISSING' });

  // Cells of Register Bayi.
  set('bayi', 'nama', 'REQUIRED_EMPTY', null);
  set('bayi', 'bcg', 'DATE_INVALID', '31/13/2024');
  set('bayi', 'tanggalLahir', 'DATE_TWO_DIGIT_YEAR', '01-02-24');
  set('bayi', 'hb0', 'DATE_NOT_SERIAL', 2024);
  set('bayi', 'bcg', 'DATE_FUTURE', (row) => isoDateToSerial(`${Number(dateAt(row, col('bayi', 'tanggalLahir'))!.slice(0, 4)) + 2}-03-15`));
  set('bayi', 'hb0', 'DOSE_BEFORE_BIRTH', (row) => (row[col('bayi', 'tanggalLahir')] as number) - 10);
  set('bayi', 'polio2', 'DOSE_ORDER', (row) => {
    const [p1, p2] = [col('bayi', 'polio1'), col('bayi', 'polio2')];
    const first = row[p1];
    row[p1] = row[p2];
    return first;
  }, has('bayi', 'polio1', 'polio2'));
  // Reported by the status engine with the rules (stage 'status' in the finding catalog), not by the reader.
  set('bayi', 'dpt2', 'DOSE_TOO_CLOSE', (row) => (row[col('bayi', 'dpt1')] as number) + 20, has('bayi', 'dpt1', 'dpt2', 'dpt3'));
  set('bayi', 'kodeKelurahan', 'REF_UNKNOWN', 'K99');
  set('bayi', 'ipv', 'CELL_ERROR', { error: '#REF!' } as unknown as Cell);
  set('bayi', 'nik', 'NIK_SEX_MISMATCH', (row) => shiftNikDay(row[col('bayi', 'nik')] as string, 40), (row) => hasNik('bayi')(row) && row[col('bayi', 'jk')] === 'L');
  // A birth year slipped by two centuries, typed as text: known by Kode KK + No Urut, so no NIK disagrees with it.
  set('bayi', 'tanggalLahir', 'DATE_IMPLAUSIBLE', '01-01-1800', (row) => !hasNik('bayi')(row));
  const twin = pick('bayi', hasNik('bayi'));
  sample.tables.bayi.push([...sample.tables.bayi[twin]]);
  expected.push({ sheet: 'Register Bayi', row: FIRST_DATA_ROW + sample.tables.bayi.length - 1, column: 'NIK', code: 'PERSON_DUPLICATE' });

  // Other person registers.
  set('bias', 'nik', 'NIK_FORMAT', (row) => (row[col('bias', 'nik')] as string).slice(0, 15), hasNik('bias'));
  set('bias', 'nik', 'NIK_BIRTHDATE_MISMATCH', (row) => shiftNikDay(row[col('bias', 'nik')] as string, Number((row[col('bias', 'nik')] as string).slice(6, 8)) % 40 > 15 ? -1 : 1), hasNik('bias'));
  set('bias', 'kodeSekolah', 'REF_UNKNOWN', 'SD999');
  set('bias', 'jk', 'SEX_INVALID', 'X', (row) => !hasNik('bias')(row));
  set('bias', 'kelas', 'VALUE_INVALID', 7);
  set('bumil', 'nik', 'NIK_AS_NUMBER', (row) => Number(row[col('bumil', 'nik')]), hasNik('bumil'));
  set('bumil', 'nik', 'ID_MISSING', (row) => {
    row[col('bumil', 'kodeKK')] = null;
    row[col('bumil', 'noUrut')] = null;
    return null;
  });
  const merged = pick('bumil', () => true);
  used.add(`bumil:${merged + 1}`);
  const alamat = columnLetter(col('bumil', 'alamat') + 1);
  sample.merges['Register Bumil'] = [`${alamat}${FIRST_DATA_ROW + merged}:${alamat}${FIRST_DATA_ROW + merged + 1}`];
  expected.push({ sheet: 'Register Bumil', row: FIRST_DATA_ROW + merged, column: 'Alamat', code: 'MERGED_CELLS' });

  // Master and count sheets.
  set('kelurahan', 'sasaranBayi', 'NUMBER_INVALID', (row) => (row[col('kelurahan', 'sasaranBayi')] as number) + 0.5);
  set('kelurahan', 'penduduk', 'CELL_ERROR', { error: '#VALUE!' } as unknown as Cell);
  set('sekolah', 'murid2', 'NUMBER_INVALID', -1);
  set('stok', 'kodeVaksin', 'REF_UNKNOWN', 'BCGX');
  set('stok', 'stokAkhir', 'STOCK_UNBALANCED', (row) => (row[col('stok', 'stokAkhir')] as number) + 3);
  const copied = pick('vaksin', () => true);
  sample.tables.vaksin.push([...sample.tables.vaksin[copied]]);
  expected.push({ sheet: 'Vaksin', row: FIRST_DATA_ROW + sample.tables.vaksin.length - 1, column: 'Kode Vaksin', code: 'ROW_DUPLICATE' });
  return expected;
}

/** The NIK with its day digits (7–8) moved by `delta`. */
function shiftNikDay(nik: string, delta: number): string {
  return `${nik.slice(0, 6)}${String(Number(nik.slice(6, 8)) + delta).padStart(2, '0')}${nik.slice(8)}`;
}
