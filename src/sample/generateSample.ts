import { SCHEDULES } from '../domain/rules/schedules';
import { daysBetween, IsoDate, monthOf, yearOf } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { INFANT_DOSES, outsideTKey } from '../domain/antigens';
import { KELURAHAN_SHEET, LUAR_SHEET, SEKOLAH_SHEET, VAKSIN_SHEET } from '../domain/schema/registers';
import { SheetKey } from '../domain/schema/types';
import { SampleContext, toRow } from './context';
import { firstBirth, sampleInfants } from './infants';
import { FACILITIES, KELURAHAN_NAMES } from './names';
import { sampleFormerPupil, SamplePupil, samplePupils, SampleSchool } from './pupils';
import { SAMPLE_VACCINES } from './vaccines';
import { sampleStock } from './stock';
import { sampleBumil, sampleCaten, sampleWoman, SampleWoman, sampleWus } from './women';

/**
 * The sample puskesmas's code: one per seed, so that samples of different seeds merge as
 * different puskesmas (seed 1, the contoh, is P3373020101).
 */
export function samplePuskesmasCode(seed: number): string {
  return `P${3373020100 + seed}`;
}

/** The registers that hold one row per person (or per pregnancy). */
export type PersonRegister = 'bayi' | 'bias' | 'wus' | 'caten' | 'bumil';

export interface SampleOptions {
  seed: number;
  /** The register year; infants' data starts 18 months before it, BIAS histories years before. */
  year: number;
  /** Last day with data (default 31 December of `year`): nothing in the sample is later. */
  end?: IsoDate;
  kelurahan: number;
  /** Share of each kelurahan's sasaran the registers hold (1 = all). */
  coverage?: number;
  /**
   * Rows wanted in some person registers, spread evenly over the kelurahan; a register not
   * named here gets its size from the kelurahan's population. With `bayi`, the population
   * and the sasaran are derived from the infants, so that they stay consistent.
   */
  rows?: Partial<Record<PersonRegister, number>>;
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
  /** Sheets present but blank. */
  blank: SheetKey[];
  /** Sheets written without their header row (data under the title). */
  headerless: SheetKey[];
  /** Puskesmas fields left out. */
  omitFields: string[];
  /** Columns left out at the end of a sheet: how many, per sheet name. */
  dropLastColumns: Record<string, number>;
  /** Columns added at the end of a sheet: header and one value per data row. */
  extraColumns: Record<string, { header: string; values: Cell[] }[]>;
  /** Headers written differently from the standard: per sheet name, column key → header. */
  renamedHeaders: Record<string, Record<string, string>>;
}

/*
 * Denominators (DOMAIN.md "PWS"): bayi = crude birth rate × population, bumil = 1.1 × bayi,
 * WUS = 21.9% of the population. 1.75% is a typical Central Java crude birth rate. About 9 in
 * 10 of the sasaran reach the registers.
 */
const BIRTH_RATE = 0.0175;
/** Sasaran bayi of a kelurahan of average population (6,500). */
const TYPICAL_SASARAN_BAYI = 114;
const REACHED = 0.9;
/** Caten who are girls from the puskesmas's own BIAS register, grown up (thesis IV: CITRA). */
const CATEN_FROM_BIAS = 0.3;

/** Person-register rows of one kelurahan, on average (measured on seeds 1–20), and their mix. */
export const ROWS_PER_KELURAHAN = 579;
const ROW_MIX: Record<PersonRegister, number> = { bayi: 0.435, bias: 0.326, wus: 0.028, caten: 0.02, bumil: 0.191 };

/**
 * The options for a sample of about `total` person-register rows (the benchmark's sizes and
 * `npm run sample -- --baris N`): kelurahan as a puskesmas of that size would have, rows in
 * the usual mix.
 */
export function sizeForRows(total: number): Pick<SampleOptions, 'kelurahan' | 'rows'> {
  const kelurahan = Math.max(1, Math.round(total / ROWS_PER_KELURAHAN));
  const keys = Object.keys(ROW_MIX) as PersonRegister[];
  const rows = Object.fromEntries(keys.map((k) => [k, Math.max(kelurahan, Math.round(total * ROW_MIX[k]))])) as Record<PersonRegister, number>;
  return { kelurahan, rows };
}

/** The k-th of n even shares of total (the first ones get the remainder). */
const share = (total: number, n: number, k: number) => Math.floor(total / n) + (k < total % n ? 1 : 0);

export function generateSample(options: SampleOptions): SampleWorkbook {
  const year = options.year;
  const end = options.end ?? `${year}-12-31`;
  const ctx = new SampleContext(options.seed, year, end, '337302');
  const { rnd } = ctx;
  const coverage = options.coverage ?? 1;
  const wanted = options.rows ?? {};
  const n = options.kelurahan;
  const tables: SampleWorkbook['tables'] = { kelurahan: [], sekolah: [], vaksin: [], bayi: [], bias: [], wus: [], caten: [], bumil: [], luar: [], stok: [] };
  const doseDates: { key: string; date: IsoDate }[] = [];
  const given = (doses: Record<string, IsoDate>) => Object.entries(doses).forEach(([key, date]) => doseDates.push({ key, date }));
  const td = (dates: IsoDate[]) => dates.forEach((date) => doseDates.push({ key: 'td', date }));
  // Infants born over this many years are in the register (see firstBirth).
  const birthYears = daysBetween(firstBirth(ctx), end) / 365.25;

  for (let k = 0; k < n; k++) {
    const kel = n > 99 ? `K${String(k + 1).padStart(3, '0')}` : `K${String(k + 1).padStart(2, '0')}`;
    const nama = KELURAHAN_NAMES[k % KELURAHAN_NAMES.length] + (k >= KELURAHAN_NAMES.length ? ` ${Math.floor(k / KELURAHAN_NAMES.length) + 1}` : '');
    let penduduk: number;
    let infants: number;
    if (wanted.bayi !== undefined) {
      infants = share(wanted.bayi, n, k);
      penduduk = Math.round(Math.max(1, infants / (birthYears * REACHED * coverage)) / BIRTH_RATE);
    } else {
      penduduk = rnd.int(4000, 9000);
      infants = Math.round(Math.round(penduduk * BIRTH_RATE) * birthYears * REACHED * coverage);
    }
    const sasaranBayi = Math.round(penduduk * BIRTH_RATE);
    const sasaranBumil = Math.round(sasaranBayi * 1.1);
    tables.kelurahan.push(toRow(KELURAHAN_SHEET.columns, { kodeKelurahan: kel, namaKelurahan: nama, tahun: year, penduduk, sasaranBayi, sasaranBumil, sasaranWus: Math.round(penduduk * 0.219) }));

    for (const infant of sampleInfants(ctx, kel, infants)) {
      tables.bayi.push(infant.row);
      given(infant.doses);
    }

    const schools: SampleSchool[] = Array.from({ length: rnd.int(1, 2) }, (_, s) => ({ kode: `SD${kel.slice(1)}${s + 1}`, nama: `SD Negeri ${nama} ${s + 1}`, kel, perClass: [] }));

    // Women: a WUS sweep list, caten (some of them girls from the BIAS register), and bumil —
    // some of the same women in several registers, under the same NIK or Kode KK + No Urut.
    const wusList = Array.from({ length: wanted.wus !== undefined ? share(wanted.wus, n, k) : Math.round(rnd.int(12, 20) * coverage) }, () => sampleWoman(ctx, kel, 20, 39));
    for (const w of wusList) {
      const { row, given: dates } = sampleWus(ctx, w);
      tables.wus.push(row);
      td(dates);
    }
    const formerPupils: Cell[][] = [];
    const married: { w: SampleWoman; wedding: IsoDate }[] = [];
    const catenCount = wanted.caten !== undefined ? share(wanted.caten, n, k) : Math.round(rnd.int(8, 14) * coverage);
    for (let i = 0; i < catenCount; i++) {
      const fromBias = rnd.chance(CATEN_FROM_BIAS);
      const w = sampleWoman(ctx, kel, 19, fromBias ? 24 : 30);
      if (fromBias) {
        const pupil = sampleFormerPupil(ctx, w, rnd.pick(schools).kode);
        formerPupils.push(pupil.row);
        given(pupil.doses);
      }
      const { row, wedding, given: dates } = sampleCaten(ctx, w);
      tables.caten.push(row);
      td(dates);
      married.push({ w, wedding });
    }

    // This school year's pupils, in every class; the grown-up girls' old rows after them.
    const pupilTarget = wanted.bias !== undefined ? Math.max(0, share(wanted.bias, n, k) - formerPupils.length) : undefined;
    schools.forEach((school, s) => {
      school.perClass = [0, 1, 2, 3, 4, 5].map((c) => (pupilTarget !== undefined ? share(share(pupilTarget, schools.length, s), 6, c) : Math.max(1, Math.round(rnd.int(14, 26) * coverage))));
      const pupils: SamplePupil[] = samplePupils(ctx, school);
      const count = (kelas: number, female?: boolean) => pupils.filter((p) => p.kelas === kelas && (female === undefined || p.female === female)).length;
      tables.sekolah.push(
        toRow(SEKOLAH_SHEET.columns, { kodeSekolah: school.kode, namaSekolah: school.nama, kodeKelurahan: kel, tahun: year, murid1: count(1), murid2: count(2), murid3: count(3), murid5: count(5), muridPerempuan5: count(5, true) }),
      );
      for (const p of pupils) {
        tables.bias.push(p.row);
        given(p.doses);
      }
    });
    tables.bias.push(...formerPupils);

    const bumilCount = wanted.bumil !== undefined ? share(wanted.bumil, n, k) : Math.round(sasaranBumil * REACHED * coverage);
    for (let i = 0; i < bumilCount; i++) {
      const fromCaten = married.find((m) => m.wedding <= ctx.addMonths(end, -5) && rnd.chance(0.5));
      if (fromCaten) married.splice(married.indexOf(fromCaten), 1);
      const fromWus = !fromCaten && wusList.length > 0 && rnd.chance(0.08) ? wusList.splice(rnd.int(0, wusList.length - 1), 1)[0] : undefined;
      const woman = fromCaten?.w ?? fromWus ?? sampleWoman(ctx, kel, 19, 40);
      const earliest = fromCaten ? ctx.addDays(fromCaten.wedding, 20) : `${year - 1}-04-01`;
      const hpht = ctx.dayBetween(earliest > `${year - 1}-04-01` ? earliest : `${year - 1}-04-01`, ctx.addMonths(end, -2));
      const { row, given: dates } = sampleBumil(ctx, woman, hpht, fromCaten ? 1 : rnd.int(1, 4));
      tables.bumil.push(row);
      td(dates);
    }

    // Imunisasi Luar: what hospitals and private midwives report each month, in proportion to
    // the kelurahan's births (about 7% of its sasaran bayi per antigen a year, as many hospital
    // births get HB0 there): a small kelurahan does not get a big one's hospital counts.
    const size = sasaranBayi / TYPICAL_SASARAN_BAYI;
    // A whole count whose average is `mean` scaled by the kelurahan's size (one draw).
    const about = (mean: number) => Math.floor(mean * size + rnd.int(0, 999) / 1000);
    for (let month = 1; month <= (yearOf(end) > year ? 12 : monthOf(end)); month++) {
      for (const fasilitas of [FACILITIES[k % FACILITIES.length], ...(rnd.chance(0.3) ? [FACILITIES[(k + 2) % FACILITIES.length]] : [])]) {
        const counts: Record<string, number> = {};
        for (const d of INFANT_DOSES) counts[d.key] = d.key === 'hb0' ? about(0.5) : rnd.chance(Math.min(0.9, 0.4 * size)) ? rnd.int(1, 2) : 0;
        // A facility's babies come back for the later doses of a series: each later dose counts as many as the first
        // (same draws made, so the rest of the sample stays). Independent draws let a year's later dose outnumber the
        // earlier one by chance, which the quality check rightly flags as an inconsistent register.
        const first = new Map<string, string>();
        for (const d of INFANT_DOSES) {
          if (!d.series) continue;
          const head = first.get(d.series);
          if (head === undefined) first.set(d.series, d.key);
          else counts[d.key] = counts[head];
        }
        counts[outsideTKey('bumil', 1)] = about(1);
        counts[outsideTKey('bumil', 2)] = about(1);
        for (let t = 3; t <= 5; t++) counts[outsideTKey('bumil', t)] = rnd.chance(0.2) ? 1 : 0;
        for (let t = 1; t <= 5; t++) {
          counts[outsideTKey('caten', t)] = rnd.chance(0.1) ? 1 : 0;
          counts[outsideTKey('wus', t)] = rnd.chance(0.03) ? 1 : 0;
        }
        tables.luar.push(toRow(LUAR_SHEET.columns, { tahun: year, bulan: month, kodeKelurahan: kel, fasilitas, ...counts }));
        // Private providers vaccinate from the puskesmas's stock: their doses use its vials too.
        const mid = `${year}-${String(month).padStart(2, '0')}-15`;
        for (const [key, n] of Object.entries(counts)) for (let i = 0; i < n; i++) doseDates.push({ key: /T\d$/.test(key) ? 'td' : key, date: mid });
      }
    }
  }
  tables.vaksin = SAMPLE_VACCINES.map((v) => toRow(VAKSIN_SHEET.columns, { kodeVaksin: v.kode, namaVaksin: v.nama, satuan: v.satuan, dosisPerKemasan: v.dosis }));
  tables.stok = sampleStock(ctx, doseDates);
  return {
    fields: {
      kode: samplePuskesmasCode(options.seed),
      nama: 'Sidomulyo',
      kecamatan: 'Sidomulyo',
      kabupaten: 'Kota Salatiga',
      provinsi: 'Jawa Tengah',
      kepala: 'dr. Ratna Dewi Lestari',
      nipKepala: '197805122006042011',
      tahun: year,
      skema: 'Td terkini',
      // The current schedule: the register has the PCV, RV and IPV 2 columns and fills them.
      jadwal: SCHEDULES.kemenkes2023.name,
      zona: 'WIB',
    },
    tables,
    merges: {},
    omit: [],
    blank: [],
    headerless: [],
    omitFields: [],
    dropLastColumns: {},
    extraColumns: {},
    renamedHeaders: {},
  };
}
