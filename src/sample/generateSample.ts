import { IsoDate, monthOf, yearOf } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { INFANT_DOSES, outsideTKey } from '../domain/antigens';
import { KELURAHAN_SHEET, LUAR_SHEET, SEKOLAH_SHEET, VAKSIN_SHEET } from '../domain/schema/registers';
import { SheetKey } from '../domain/schema/types';
import { SampleContext, toRow } from './context';
import { sampleInfants } from './infants';
import { FACILITIES, KELURAHAN_NAMES } from './names';
import { SamplePupil, samplePupils, SampleSchool } from './pupils';
import { SAMPLE_VACCINES } from './vaccines';
import { sampleStock } from './stock';
import { sampleBumil, sampleCaten, sampleWoman, sampleWus } from './women';

export interface SampleOptions {
  seed: number;
  /** The register year; data runs from the year before up to `end`. */
  year: number;
  /** Last day with data (default 31 December of `year`). */
  end?: IsoDate;
  kelurahan: number;
  /** Share of each kelurahan's sasaran the registers hold (1 = all). */
  coverage?: number;
}

/** The sample: label/value fields for the Puskesmas sheet and the rows of every table sheet. */
export interface SampleWorkbook {
  fields: Record<string, Cell>;
  tables: Record<Exclude<SheetKey, 'puskesmas'>, Cell[][]>;
  /* The error injection's edits of the layout (a clean sample has none of them): */
  /** Merged ranges per sheet name. */
  merges: Record<string, string[]>;
  /** Sheets left out of the workbook. */
  omit: SheetKey[];
  /** Puskesmas fields left out. */
  omitFields: string[];
  /** Columns left out at the end of a sheet: how many, per sheet name. */
  dropLastColumns: Record<string, number>;
  /** Columns added at the end of a sheet: header and one value per data row. */
  extraColumns: Record<string, { header: string; values: Cell[] }[]>;
}

/** Register rows in a sample of `kelurahan` kelurahan, roughly, for sizing benchmarks. */
export const ROWS_PER_KELURAHAN = 475;

export function generateSample(options: SampleOptions): SampleWorkbook {
  const year = options.year;
  const end = options.end ?? `${year}-12-31`;
  const ctx = new SampleContext(options.seed, year, end, '337302');
  const { rnd } = ctx;
  const coverage = options.coverage ?? 1;
  const tables: SampleWorkbook['tables'] = { kelurahan: [], sekolah: [], vaksin: [], bayi: [], bias: [], wus: [], caten: [], bumil: [], luar: [], stok: [] };
  const doseDates: { key: string; date: IsoDate }[] = [];

  for (let k = 0; k < options.kelurahan; k++) {
    const kel = options.kelurahan > 99 ? `K${String(k + 1).padStart(3, '0')}` : `K${String(k + 1).padStart(2, '0')}`;
    const nama = KELURAHAN_NAMES[k % KELURAHAN_NAMES.length] + (k >= KELURAHAN_NAMES.length ? ` ${Math.floor(k / KELURAHAN_NAMES.length) + 1}` : '');
    const penduduk = rnd.int(4000, 9000);
    // Denominators (DOMAIN.md "PWS"): bayi = crude birth rate × population, bumil = 1.1 × bayi,
    // WUS = 21.9% of the population. 1.75% is a typical Central Java crude birth rate.
    const sasaranBayi = Math.round(penduduk * 0.0175);
    const sasaranBumil = Math.round(sasaranBayi * 1.1);
    tables.kelurahan.push(toRow(KELURAHAN_SHEET.columns, { kodeKelurahan: kel, namaKelurahan: nama, tahun: year, penduduk, sasaranBayi, sasaranBumil, sasaranWus: Math.round(penduduk * 0.219) }));

    // Infants born this year (about 9 in 10 of sasaran reach the register) and in the second
    // half of last year (still finishing their series).
    for (const infant of sampleInfants(ctx, kel, Math.round(sasaranBayi * 1.35 * 0.9 * coverage))) {
      tables.bayi.push(infant.row);
      for (const [key, date] of Object.entries(infant.doses)) doseDates.push({ key, date });
    }

    const schools = rnd.int(1, 2);
    for (let s = 0; s < schools; s++) {
      const school: SampleSchool = { kode: `SD${kel.slice(1)}${s + 1}`, nama: `SD Negeri ${nama} ${s + 1}`, kel, perClass: [1, 2, 3, 4, 5, 6].map(() => Math.max(1, Math.round(rnd.int(14, 26) * coverage))), girls5: 0 };
      const pupils: SamplePupil[] = samplePupils(ctx, school);
      const count = (kelas: number) => pupils.filter((p) => p.kelas === kelas).length;
      tables.sekolah.push(
        toRow(SEKOLAH_SHEET.columns, { kodeSekolah: school.kode, namaSekolah: school.nama, kodeKelurahan: kel, tahun: year, murid1: count(1), murid2: count(2), murid3: count(3), murid5: count(5), muridPerempuan5: pupils.filter((p) => p.kelas === 5 && p.female).length }),
      );
      for (const p of pupils) {
        tables.bias.push(p.row);
        for (const [key, date] of Object.entries(p.doses)) doseDates.push({ key, date });
      }
    }

    // Women: a WUS sweep list, caten, and bumil — some of the same women in several registers.
    const wusList = Array.from({ length: Math.round(rnd.int(12, 20) * coverage) }, () => sampleWoman(ctx, kel, 20, 39));
    const td = (given: IsoDate[]) => given.forEach((date) => doseDates.push({ key: 'td', date }));
    for (const w of wusList) {
      const { row, given } = sampleWus(ctx, w);
      tables.wus.push(row);
      td(given);
    }
    const catenList = Array.from({ length: Math.round(rnd.int(8, 14) * coverage) }, () => sampleWoman(ctx, kel, 19, 30));
    const married: { w: (typeof catenList)[number]; wedding: IsoDate }[] = [];
    for (const w of catenList) {
      const { row, wedding, given } = sampleCaten(ctx, w);
      tables.caten.push(row);
      td(given);
      married.push({ w, wedding });
    }
    const bumilCount = Math.round(sasaranBumil * 0.9 * coverage);
    for (let i = 0; i < bumilCount; i++) {
      const fromCaten = married.find((m) => m.wedding <= ctx.addMonths(end, -5) && rnd.chance(0.5));
      if (fromCaten) married.splice(married.indexOf(fromCaten), 1);
      const fromWus = !fromCaten && rnd.chance(0.08) ? wusList.splice(rnd.int(0, wusList.length - 1), 1)[0] : undefined;
      const woman = fromCaten?.w ?? fromWus ?? sampleWoman(ctx, kel, 19, 40);
      const earliest = fromCaten ? ctx.addDays(fromCaten.wedding, 20) : `${year - 1}-04-01`;
      const hpht = ctx.dayBetween(earliest > `${year - 1}-04-01` ? earliest : `${year - 1}-04-01`, ctx.addMonths(end, -2));
      const { row, given } = sampleBumil(ctx, woman, hpht, fromCaten ? 1 : rnd.int(1, 4));
      tables.bumil.push(row);
      td(given);
    }

    // Imunisasi Luar: what hospitals and private midwives report each month.
    for (let month = 1; month <= (yearOf(end) > year ? 12 : monthOf(end)); month++) {
      for (const fasilitas of [FACILITIES[k % FACILITIES.length], ...(rnd.chance(0.3) ? [FACILITIES[(k + 2) % FACILITIES.length]] : [])]) {
        const counts: Record<string, number> = {};
        for (const d of INFANT_DOSES) counts[d.key] = d.key === 'hb0' ? rnd.int(0, 4) : rnd.chance(0.4) ? rnd.int(1, 2) : 0;
        counts[outsideTKey('bumil', 1)] = rnd.int(0, 2);
        counts[outsideTKey('bumil', 2)] = rnd.int(0, 2);
        for (let n = 3; n <= 5; n++) counts[outsideTKey('bumil', n)] = rnd.chance(0.2) ? 1 : 0;
        for (let n = 1; n <= 5; n++) {
          counts[outsideTKey('caten', n)] = rnd.chance(0.1) ? 1 : 0;
          counts[outsideTKey('wus', n)] = 0;
        }
        tables.luar.push(toRow(LUAR_SHEET.columns, { tahun: year, bulan: month, kodeKelurahan: kel, fasilitas, ...counts }));
      }
    }
  }
  tables.vaksin = SAMPLE_VACCINES.map((v) => toRow(VAKSIN_SHEET.columns, { kodeVaksin: v.kode, namaVaksin: v.nama, satuan: v.satuan, dosisPerKemasan: v.dosis }));
  tables.stok = sampleStock(ctx, doseDates);
  return {
    fields: {
      kode: 'P3373020101',
      nama: 'Sidomulyo',
      kecamatan: 'Sidomulyo',
      kabupaten: 'Kota Salatiga',
      provinsi: 'Jawa Tengah',
      kepala: 'dr. Ratna Dewi Lestari',
      nipKepala: '197805122006042011',
      tahun: year,
      skema: 'Td terkini',
      zona: 'WIB',
    },
    tables,
    merges: {},
    omit: [],
    omitFields: [],
    dropLastColumns: {},
    extraColumns: {},
  };
}

