import { monthlyReport } from '../app/monthlyReport';
import { readWorkbookBytes } from '../io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../io/xlsx/writeWorkbook';
import { DAFTAR_SHEET } from '../domain/merge/readDaftar';
import { SheetSpec } from '../sheets/spec';
import { generateSample, samplePuskesmasCode, SampleOptions } from './generateSample';
import { sampleSpecs } from './sampleSpecs';

/** Names of the district's sample puskesmas (Kota Salatiga's, then numbered). */
const NAMES = ['Sidomulyo', 'Cebongan', 'Kalicacing', 'Mangunsari', 'Tegalrejo', 'Kauman Kidul', 'Tingkir', 'Argomulyo', 'Sidorejo Lor', 'Bancaan', 'Kecandran', 'Noborejo'];

export interface KabupatenOptions {
  /** How many puskesmas. */
  count: number;
  /** The first puskesmas's seed; the others follow (seed + 1, …), each with its own code. */
  seed: number;
  year: number;
  end?: SampleOptions['end'];
  /** Kelurahan per puskesmas; by default 3 to 5, so that the puskesmas differ in size. */
  kelurahan?: number;
}

export interface KabupatenFile {
  name: string;
  bytes: Uint8Array;
}

export interface SampleKabupaten {
  /** The month of the reports: the last month with data. */
  tahun: number;
  bulan: number;
  puskesmas: { kode: string; nama: string }[];
  /** Each puskesmas's register workbook. */
  registers: KabupatenFile[];
  /** Each puskesmas's monthly report (report sheets only), as it sends Dinkes. */
  reports: KabupatenFile[];
  /** Dinkes's list of the puskesmas that must report (sheet Daftar Puskesmas). */
  daftar: KabupatenFile;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A district to try `gabung` on: `count` puskesmas with distinct codes, each with its register
 * workbook and its monthly report for the last month with data, made on the 3rd, 4th, … of the
 * next month (from the 11th on, late). Same options, same files.
 */
export async function sampleKabupaten(options: KabupatenOptions): Promise<SampleKabupaten> {
  const end = options.end ?? `${options.year}-12-31`;
  const [tahun, bulan] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const next = bulan === 12 ? { tahun: tahun + 1, bulan: 1 } : { tahun, bulan: bulan + 1 };
  const created = new Date(Date.UTC(next.tahun, next.bulan - 1, 1));
  const registers: KabupatenFile[] = [];
  const reports: KabupatenFile[] = [];
  const puskesmas: { kode: string; nama: string }[] = [];
  for (let i = 0; i < options.count; i++) {
    const seed = options.seed + i;
    const nama = NAMES[i % NAMES.length] + (i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : '');
    const sample = generateSample({ seed, year: options.year, end: options.end, kelurahan: options.kelurahan ?? 3 + (i % 3) });
    sample.fields = { ...sample.fields, nama, kecamatan: nama };
    const kode = samplePuskesmasCode(seed);
    puskesmas.push({ kode, nama });
    const bytes = await writeWorkbook(sampleSpecs(sample), { created });
    registers.push({ name: `register-${slug(nama)}.xlsx`, bytes });
    const day = `${next.tahun}-${pad(next.bulan)}-${pad(Math.min(28, 3 + i))}`;
    const report = monthlyReport(readWorkbookBytes(bytes), { year: tahun, month: bulan, today: day, generatedAt: `${day}T09:00:00+07:00` });
    reports.push({ name: `laporan-${slug(nama)}-${tahun}-${pad(bulan)}.xlsx`, bytes: await writeWorkbook(report.specs, { created }) });
  }
  const daftarSpec: SheetSpec = {
    name: DAFTAR_SHEET.name,
    role: 'register',
    values: [DAFTAR_SHEET.columns.map((c) => c.header), ...puskesmas.map((p) => [p.kode, p.nama])],
    columnWidths: [18, 24],
  };
  return { tahun, bulan, puskesmas, registers, reports, daftar: { name: 'daftar-puskesmas.xlsx', bytes: await writeWorkbook([daftarSpec], { created }) } };
}
