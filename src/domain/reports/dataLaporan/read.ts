import { Finding, FindingCode, Severity } from '../../findings';
import { serialToIsoDate } from '../../dates/excelSerial';
import { Cell, columnLetter, isBlank, RawSheet } from '../../raw';
import { stampFromSheet } from '../stamp';
import { DATA_COLUMNS, DATA_LAPORAN_FORMAT, DATA_LAPORAN_VERSION, DataLaporan, DataLaporanIdentity, DataLaporanRow, IDENTITY_LABELS, IdentityKey, INDICATOR_NAMES } from './format';

export interface ReadDataLaporanResult {
  /** null when the sheet is not a Data Laporan this reader understands. */
  report: DataLaporan | null;
  findings: Finding[];
}

const LABEL_TO_KEY = new Map(Object.entries(IDENTITY_LABELS).map(([k, label]) => [label.toLowerCase(), k as IdentityKey]));
const NUMERIC: ReadonlySet<IdentityKey> = new Set(['versi', 'tahun', 'bulan', 'jumlahBaris', 'dibuat', 'hariAcuan']);

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c).trim());
const number = (c: Cell | undefined): number | null => {
  if (typeof c === 'number' && Number.isFinite(c)) return c;
  if (typeof c === 'string' && /^-?\d+(\.\d+)?$/.test(c.trim())) return Number(c.trim());
  return null;
};

/**
 * Reads a "Data Laporan" sheet back into its model (the Dinkes merge's input). Problems are
 * findings naming the sheet and row; a sheet that is not a Data Laporan, or of a version this
 * reader does not know, gives no report at all.
 */
export function readDataLaporan(sheet: RawSheet): ReadDataLaporanResult {
  const findings: Finding[] = [];
  const say = (code: FindingCode, severity: Severity, row: number, problem: string, column = '', col?: number) =>
    findings.push({ sheet: sheet.name, row, column, code, severity, message: `${sheet.name}${row > 0 ? ` baris ${row}` : ''}: ${problem}.`, ...(col !== undefined ? { cell: `${columnLetter(col)}${row}` } : {}) });
  const a = 1 - sheet.firstCol; // index of column A in each row
  if (a < 0) {
    say('REPORT_NOT_RECOGNISED', 'error', 0, 'kolom A kosong, sehingga ini bukan sheet Data Laporan buatan add-in Imunisasi');
    return { report: null, findings };
  }
  const cell = (i: number, j: number) => sheet.rows[i]?.[a + j];
  const rowNo = (i: number) => sheet.firstRow + i;

  const identity: Partial<Record<IdentityKey, string | number>> = {};
  let header = -1;
  for (let i = 0; i < sheet.rows.length; i++) {
    if (DATA_COLUMNS.every((h, j) => text(cell(i, j)).toLowerCase() === h.toLowerCase())) {
      header = i;
      break;
    }
    const key = LABEL_TO_KEY.get(text(cell(i, 0)).toLowerCase());
    if (key && identity[key] === undefined) identity[key] = NUMERIC.has(key) ? (number(cell(i, 1)) ?? text(cell(i, 1))) : text(cell(i, 1));
  }
  if (identity.format !== DATA_LAPORAN_FORMAT || header < 0) {
    say('REPORT_NOT_RECOGNISED', 'error', 0, `bukan sheet Data Laporan buatan add-in Imunisasi (tidak ada keterangan "Format: ${DATA_LAPORAN_FORMAT}" atau baris judul tabelnya)`);
    return { report: null, findings };
  }
  if (identity.versi !== DATA_LAPORAN_VERSION) {
    say('REPORT_VERSION_UNKNOWN', 'error', 0, `versi format "${identity.versi ?? ''}" tidak dikenal; add-in ini membaca versi ${DATA_LAPORAN_VERSION}`);
    return { report: null, findings };
  }
  const dibuat = typeof identity.dibuat === 'number' ? stampFromSheet(identity.dibuat, String(identity.selisihUtc ?? '')) : null;
  const hariAcuan = typeof identity.hariAcuan === 'number' ? serialToIsoDate(identity.hariAcuan) : null;
  for (const key of ['kodePuskesmas', 'tahun', 'bulan', 'dibuat', 'hariAcuan'] as const) {
    const v = identity[key];
    const bad = v === undefined || v === '' || ((key === 'tahun' || key === 'bulan') && typeof v !== 'number') || (key === 'dibuat' && !dibuat) || (key === 'hariAcuan' && !hariAcuan);
    if (bad) say('REPORT_NOT_RECOGNISED', 'error', 0, `keterangan "${IDENTITY_LABELS[key]}"${key === 'dibuat' ? ` (dengan "${IDENTITY_LABELS.selisihUtc}")` : ''} tidak ada atau tidak sah`);
  }
  if (findings.length > 0) return { report: null, findings };

  const rows: DataLaporanRow[] = [];
  const unknown = new Set<string>();
  for (let i = header + 1; i < sheet.rows.length; i++) {
    const cells = DATA_COLUMNS.map((_, j) => cell(i, j));
    if (cells.every((c) => isBlank(c ?? null))) break;
    const [kp, tahun, bulan, kel, ind, nilai, sasaran] = cells;
    const parsed = { tahun: number(tahun), bulan: number(bulan), nilai: number(nilai), sasaran: isBlank(sasaran ?? null) ? null : number(sasaran) };
    const problem = text(kp) === '' ? 'Kode Puskesmas kosong' : parsed.tahun === null || parsed.bulan === null ? 'Tahun/Bulan bukan angka' : text(kel) === '' || text(ind) === '' ? 'Kode Kelurahan atau Indikator kosong' : parsed.nilai === null ? 'Nilai bukan angka' : !isBlank(sasaran ?? null) && parsed.sasaran === null ? 'Sasaran bukan angka' : null;
    if (problem) {
      say('REPORT_ROW_INVALID', 'error', rowNo(i), `${problem}; baris ini dilewati`);
      continue;
    }
    if (!INDICATOR_NAMES.has(text(ind))) unknown.add(text(ind));
    rows.push({ kodePuskesmas: text(kp), tahun: parsed.tahun!, bulan: parsed.bulan!, kodeKelurahan: text(kel), indikator: text(ind), nilai: parsed.nilai!, sasaran: parsed.sasaran });
  }
  if (unknown.size > 0) say('REPORT_ROW_INVALID', 'warning', 0, `indikator tidak dikenal di versi ${DATA_LAPORAN_VERSION}: ${[...unknown].slice(0, 5).join(', ')}; nilainya dibaca apa adanya`);
  const declared = identity.jumlahBaris;
  if (typeof declared === 'number' && declared !== rows.length + findings.filter((f) => f.code === 'REPORT_ROW_INVALID' && f.row > 0).length) {
    say('REPORT_ROW_INVALID', 'error', 0, `berisi ${rows.length} baris data, padahal "${IDENTITY_LABELS.jumlahBaris}" ${declared}: ada baris yang hilang atau ditambahkan. Minta puskesmas membuat ulang laporannya`);
  }
  const str = (k: IdentityKey) => String(identity[k] ?? '');
  const result: DataLaporanIdentity = {
    format: DATA_LAPORAN_FORMAT,
    versi: DATA_LAPORAN_VERSION,
    kodePuskesmas: str('kodePuskesmas'),
    namaPuskesmas: str('namaPuskesmas'),
    kecamatan: str('kecamatan'),
    kabupaten: str('kabupaten'),
    provinsi: str('provinsi'),
    tahun: identity.tahun as number,
    bulan: identity.bulan as number,
    dibuat: dibuat!,
    hariAcuan: hariAcuan!,
    skema: str('skema'),
    jumlahBaris: typeof declared === 'number' ? declared : rows.length,
  };
  return { report: { identity: result, rows }, findings };
}
