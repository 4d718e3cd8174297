import { Finding } from '../findings';
import { Cell, RawSheet } from '../raw';
import { sheetFinding } from '../read/tableContext';
import { normalizeName } from '../read/normalize';
import { DATA_LAPORAN_FORMAT, DATA_LAPORAN_READABLE_VERSIONS, DATA_LAPORAN_VERSION, DataLaporan, DataLaporanRow, TARGET_ROW_PREFIX } from './types';

/** Labels of the identity block, as the layout writes them. */
export const IDENTITY_LABELS = {
  format: 'Format',
  version: 'Versi Format',
  kodePuskesmas: 'Kode Puskesmas',
  namaPuskesmas: 'Nama Puskesmas',
  kabupaten: 'Kabupaten/Kota',
  provinsi: 'Provinsi',
  tahun: 'Tahun',
  bulan: 'Bulan',
  dibuat: 'Dibuat',
  jumlahError: 'Jumlah Error',
} as const;

export const TABLE_HEADERS = ['Kode Puskesmas', 'Tahun', 'Bulan', 'Kode Kelurahan', 'Nama Kelurahan', 'Indikator', 'Nilai', 'Sasaran', 'Keterangan'] as const;
/** Version 1 had no Keterangan column (and no Jumlah Error). */
export const TABLE_HEADERS_V1 = TABLE_HEADERS.slice(0, 8);

/** The generation stamp, or null when it is missing or not ISO 8601 (the file's date is used then). */
function stamp(value: Cell): string | null {
  const text = value === null ? '' : String(value).trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(text) ? text : null;
}

/** `warnings`: what the reader noticed but accepted (a file in an older format version). */
export type ReadDataLaporanResult = { ok: true; data: DataLaporan; warnings?: Finding[] } | { ok: false; findings: Finding[] };

/**
 * Reads a Data Laporan sheet back into its model, checking that it is this format in a
 * version we know, and that every row is complete and belongs to the stated puskesmas and
 * period. Every problem is a finding (the Dinkes merge reports it and goes on).
 */
export function readDataLaporan(sheet: RawSheet): ReadDataLaporanResult {
  const findings: Finding[] = [];
  const bad = (problem: string, row = 0, column = '') => findings.push(sheetFinding(sheet.name, 'VALUE_INVALID', 'error', problem, row, column));
  const labels = new Map<string, { value: Cell; row: number }>();
  let headerIndex = -1;
  sheet.rows.forEach((cells, i) => {
    if (headerIndex >= 0) return;
    if (normalizeName(cells[0]) === normalizeName(TABLE_HEADERS[0]) && normalizeName(cells[5]) === normalizeName('Indikator')) {
      headerIndex = i;
      return;
    }
    const label = normalizeName(cells[0]);
    if (label && !labels.has(label)) labels.set(label, { value: cells[1] ?? null, row: sheet.firstRow + i });
  });
  const field = (key: keyof typeof IDENTITY_LABELS) => labels.get(normalizeName(IDENTITY_LABELS[key]))?.value ?? null;

  if (field('format') !== DATA_LAPORAN_FORMAT) {
    bad(`bukan Data Laporan add-in Imunisasi (keterangan "Format" harus "${DATA_LAPORAN_FORMAT}"). Kirim file laporan bulanan yang dibuat add-in`);
    return { ok: false, findings };
  }
  const version = Number(field('version'));
  if (!DATA_LAPORAN_READABLE_VERSIONS.includes(version)) {
    bad(`versi format ${String(field('version'))} tidak dikenal (add-in ini membaca versi ${DATA_LAPORAN_READABLE_VERSIONS.join(' dan ')}). Buat ulang laporannya dengan add-in versi yang sama`);
    return { ok: false, findings };
  }
  const warnings: Finding[] = [];
  if (version < DATA_LAPORAN_VERSION) {
    warnings.push(sheetFinding(sheet.name, 'VALUE_INVALID', 'warning', `laporan dalam format versi ${version} (add-in versi lama): digabung, tetapi file ini tidak menyatakan jumlah error di registernya, jadi tidak diketahui apakah laporannya final. Minta puskesmas membuat ulang laporan dengan add-in terbaru (format versi ${DATA_LAPORAN_VERSION})`));
  }
  const text = (key: keyof typeof IDENTITY_LABELS) => {
    const value = field(key);
    if (value === null || String(value).trim() === '') bad(`keterangan "${IDENTITY_LABELS[key]}" kosong`, labels.get(normalizeName(IDENTITY_LABELS[key]))?.row ?? 0, IDENTITY_LABELS[key]);
    return value === null ? '' : String(value).trim();
  };
  const whole = (key: keyof typeof IDENTITY_LABELS, min: number, max: number) => {
    const n = Number(field(key));
    if (!Number.isInteger(n) || n < min || n > max) bad(`keterangan "${IDENTITY_LABELS[key]}" tidak sah: ${String(field(key))}`, 0, IDENTITY_LABELS[key]);
    return n;
  };
  const data: DataLaporan = {
    format: DATA_LAPORAN_FORMAT,
    version,
    kodePuskesmas: text('kodePuskesmas'),
    namaPuskesmas: text('namaPuskesmas'),
    kabupaten: text('kabupaten'),
    provinsi: text('provinsi'),
    tahun: whole('tahun', 1900, 2100),
    bulan: whole('bulan', 1, 12),
    dibuat: stamp(field('dibuat')),
    kelurahan: {},
    rows: [],
    jumlahError: version >= 2 ? errorCount(field('jumlahError'), bad) : null,
    tidakDapatDihitung: [],
  };
  if (headerIndex < 0) {
    bad(`tabel data (judul "${TABLE_HEADERS.join('", "')}") tidak ditemukan`);
    return { ok: false, findings };
  }
  // Each kelurahan code and indicator name repeats down the table: one string each, kept once
  // (a Dinkes merge holds a thousand reports' rows).
  const names = new Map<string, string>();
  const once = (value: Cell): string => {
    const text = String(value).trim();
    const known = names.get(text);
    if (known !== undefined) return known;
    names.set(text, text);
    return text;
  };
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    const rowNumber = sheet.firstRow + i;
    const [kode, tahun, bulan, kel, namaKel, indikator, nilai, sasaran, keterangan] = cells;
    if (String(kode ?? '').trim() !== data.kodePuskesmas || Number(tahun) !== data.tahun || Number(bulan) !== data.bulan) {
      bad('baris ini milik puskesmas atau periode lain daripada identitas laporan', rowNumber);
      continue;
    }
    const alasan = version >= 2 && typeof keterangan === 'string' ? keterangan.trim() : '';
    if (alasan && (nilai === null || nilai === undefined || nilai === '') && kel !== null && indikator !== null) {
      // A figure the puskesmas could not compute: no number, only why.
      data.tidakDapatDihitung.push({ kodeKelurahan: once(kel), indikator: once(indikator), sasaran: typeof sasaran === 'number' ? sasaran : null, alasan });
      if (namaKel !== null && namaKel !== undefined) data.kelurahan[once(kel)] = String(namaKel);
      continue;
    }
    if (typeof nilai !== 'number' || !Number.isFinite(nilai) || kel === null || indikator === null) {
      bad('baris data tidak lengkap (Kode Kelurahan, Indikator dan Nilai angka wajib)', rowNumber);
      continue;
    }
    const name = once(indikator);
    if (name.startsWith(TARGET_ROW_PREFIX)) {
      // A target the report used: not a count, kept apart from the rows Dinkes adds up.
      data.targets = { ...data.targets, [name.slice(TARGET_ROW_PREFIX.length)]: nilai };
      continue;
    }
    const row: DataLaporanRow = { kodeKelurahan: once(kel), indikator: name, nilai, sasaran: typeof sasaran === 'number' ? sasaran : null };
    data.rows.push(row);
    if (namaKel !== null && namaKel !== undefined) data.kelurahan[row.kodeKelurahan] = String(namaKel);
  }
  if (findings.length > 0) return { ok: false, findings };
  return warnings.length > 0 ? { ok: true, data, warnings } : { ok: true, data };
}

function errorCount(value: Cell, bad: (problem: string, row?: number, column?: string) => void): number | null {
  const n = Number(value);
  if (value === null || !Number.isInteger(n) || n < 0) {
    bad(`keterangan "${IDENTITY_LABELS.jumlahError}" tidak sah: ${String(value)}`, 0, IDENTITY_LABELS.jumlahError);
    return null;
  }
  return n;
}
