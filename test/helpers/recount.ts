import { addYears, format, parseISO } from 'date-fns';
import { computeWorkbookStatus } from '../../src/app/status';
import { RawWorkbook } from '../../src/domain/raw';
import { Registers } from '../../src/domain/registers/types';
import { PersonStatus } from '../../src/domain/status/types';
import { SchedulePreset } from '../../src/domain/programme/antigenDoses';
import { dosesOf } from '../../src/domain/programme/doseIndex';
import { VACCINES } from '../../src/domain/programme/vaccines';

/*
 * An independent recount of every Data Laporan number of a puskesmas register workbook,
 * written as plainly as possible: loops over the register rows, nothing shared with the
 * report code but the register reader — except the Td/TT lines (see recountT).
 * Used against the generated sample (test/app/monthlyReport.recount.test.ts) and against the
 * Dinkes merge of 12 puskesmas (test/app/mergeReports.district.test.ts).
 */
export type Counts = Map<string, { nilai: number; sasaran: number | null }>;

export interface RecountPeriod {
  year: number;
  month: number;
  /** The reference date: doses after it do not count (yet). */
  today: string;
  /** UCI desa: IDL coverage ≥ this share of sasaran bayi (DOMAIN.md "PWS": 80% by default). */
  uciThreshold: number;
  /** The IDL doses (default: DOMAIN.md's definition with IPV). */
  idl?: readonly string[];
  /** The Jadwal Imunisasi the report is made under (default: the workbook's cell). */
  schedule?: SchedulePreset;
}

// The infant doses of each Jadwal Imunisasi, in register order: the list (only the list) comes from the
// dose records, so a new antigen is recounted too (docs/rules.md §9: Permenkes 12/2017 has no PCV, RV, IPV 2).
const INFANT_OF: Readonly<Record<SchedulePreset, readonly string[]>> = {
  permenkes2017: dosesOf('bayi').filter((d) => d.presets.includes('permenkes2017')).map((d) => d.key),
  kemenkes2023: dosesOf('bayi').filter((d) => d.presets.includes('kemenkes2023')).map((d) => d.key),
};
// DOMAIN.md "Infant schedule": IDL = HB0, BCG, DPT-HB-Hib ×3, polio ×4, IPV 1, MR1 before the first birthday;
// IBL = DPT-HB-Hib 4 and MR2 before 24 months; imunisasi rutin lengkap = IDL and IBL.
const IDL = ['hb0', 'bcg', 'dpt1', 'dpt2', 'dpt3', 'polio1', 'polio2', 'polio3', 'polio4', 'ipv', 'mr1'];
const IBL = ['dpt4', 'mr2'];
// "Doses of one series are ≥ 4 weeks apart": a dose closer to the previous valid one does not count.
// (Validity matters only for the IDL/IBL lists; IPV 2, 4 months after IPV 1, is in none of them.)
const SERIES = [['polio1', 'polio2', 'polio3', 'polio4'], ['dpt1', 'dpt2', 'dpt3', 'dpt4'], ['pcv1', 'pcv2', 'pcv3'], ['rv1', 'rv2', 'rv3'], ['mr1', 'mr2']];
const T_LINES = ['bumil_t1', 'bumil_t2plus', 'wus_t1', 'wus_t2', 'wus_t3', 'wus_t4', 'wus_t5', 'caten_t1', 'caten_t2', 'caten_t3', 'caten_t4', 'caten_t5'];
const BIAS: Record<string, [string, 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5']> = {
  dtK1: ['bias_dt_k1', 'murid1'],
  mrK1: ['bias_mr_k1', 'murid1'],
  tdK2: ['bias_td_k2', 'murid2'],
  tdK3: ['bias_td_k3', 'murid3'],
  tdK5: ['bias_td_k5', 'murid5'],
  hpv: ['bias_hpv_k5', 'muridPerempuan5'],
};
// The sample's vaccine codes and the register columns each one serves: the infant doses of each vaccine
// come from the dose records (vaccine key → code in vaccines.ts); the BIAS and Td/TT ones are listed here.
const infantDosesOf = (code: string) => {
  const key = VACCINES.find((v) => v.code === code)?.key;
  return dosesOf('bayi').filter((d) => d.vaccine === key).map((d) => d.key);
};
const SERVES_BIAS: Record<string, { bias?: string[]; women?: boolean }> = {
  MR: { bias: ['mrK1'] },
  DT: { bias: ['dtK1'] },
  TD: { bias: ['tdK2', 'tdK3', 'tdK5'], women: true },
  HPV: { bias: ['hpv'] },
};
const servesOf = (code: string): { bayi: string[]; bias: string[]; women: boolean; luar: (k: string) => boolean } => {
  const bayi = infantDosesOf(code);
  const other = SERVES_BIAS[code] ?? {};
  return { bayi, bias: other.bias ?? [], women: other.women ?? false, luar: (k) => bayi.includes(k) || (other.women === true && /T\d$/.test(k)) };
};

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The registers and the status engine's persons of a workbook, then the recount. */
export function recountWorkbook(workbook: RawWorkbook, period: RecountPeriod): Counts {
  const { registers, persons } = computeWorkbookStatus(workbook, { today: period.today, ...(period.schedule ? { schedule: period.schedule } : {}) });
  return recount(registers, persons, period);
}

export function recount(r: Registers, persons: readonly PersonStatus[], period: RecountPeriod): Counts {
  const { year, month, today } = period;
  const INFANT: readonly string[] = INFANT_OF[period.schedule ?? r.puskesmas?.jadwal ?? 'kemenkes2023'];
  const out: Counts = new Map();
  const add = (kel: string, name: string, n: number, sasaran: number | null) => {
    const key = `${kel}|${name}`;
    const cur = out.get(key);
    out.set(key, { nilai: (cur?.nilai ?? 0) + n, sasaran });
  };
  const inPeriod = (date: string) => Number(date.slice(0, 4)) === year && Number(date.slice(5, 7)) <= month;
  const thisMonth = (date: string) => Number(date.slice(0, 4)) === year && Number(date.slice(5, 7)) === month;
  // The "not listed" row shows when a count fell there from December of last year to month M.
  const shownUnlisted = (date: string) => inPeriod(date) || (month === 1 && date.startsWith(`${year - 1}-12`));

  const kels = r.kelurahan.filter((k) => k.tahun === year);
  const typed = (value: number | null, what: string, kel: string) => {
    // The samples type every sasaran; the denominator rules for blanks are the hand-made test's.
    if (value === null) throw new Error(`recount: ${what} of ${kel} is blank`);
    return value;
  };
  const sasaran = (kel: string, key: string): number | null => {
    const k = kels.find((x) => x.kode === kel);
    if (!k) return null;
    if (key === 'dpt4' || key === 'mr2' || key === 'ibl' || key === 'irl') return r.kelurahan.find((x) => x.kode === kel && x.tahun === year - 1)?.sasaranBayi ?? typed(k.sasaranBayi, 'sasaran bayi', kel);
    if (key.startsWith('bumil_')) return typed(k.sasaranBumil, 'sasaran bumil', kel);
    if (key.startsWith('wus_')) return typed(k.sasaranWus, 'sasaran WUS', kel);
    if (key.startsWith('caten_')) return null;
    return typed(k.sasaranBayi, 'sasaran bayi', kel);
  };
  const kelOf = (code: string | null) => (kels.some((k) => k.kode === code) ? code! : '?');
  const sum = (values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));

  const doses: Counts = new Map();
  let unlisted = false;
  const dose = (kel: string, key: string, date: string, n = 1) => {
    if (kel === '?' && shownUnlisted(date)) unlisted = true;
    const count = (name: string) => doses.set(`${kel}|${name}`, { nilai: (doses.get(`${kel}|${name}`)?.nilai ?? 0) + n, sasaran: null });
    if (thisMonth(date)) count(key);
    if (inPeriod(date)) count(`${key}_kumulatif`);
  };
  const luarDate = (tahun: number, bulan: number) => `${tahun}-${String(bulan).padStart(2, '0')}-01`;

  for (const b of r.bayi) for (const key of INFANT) if (b.doses[key]) dose(kelOf(b.kodeKelurahan), key, b.doses[key]);
  for (const l of r.luar) {
    if (l.tahun === null || l.bulan === null) continue;
    for (const key of INFANT) if (l.counts[key]) dose(kelOf(l.kodeKelurahan), key, luarDate(l.tahun, l.bulan), l.counts[key]);
  }
  for (const b of r.bayi) {
    const idl = completeDate(b.tanggalLahir, b.doses, today, period.idl ?? IDL, 1);
    const ibl = completeDate(b.tanggalLahir, b.doses, today, IBL, 2);
    if (idl) dose(kelOf(b.kodeKelurahan), 'idl', idl);
    if (ibl) dose(kelOf(b.kodeKelurahan), 'ibl', ibl);
    if (idl && ibl) dose(kelOf(b.kodeKelurahan), 'irl', idl > ibl ? idl : ibl);
  }
  recountT(r, persons, kelOf, dose, luarDate);

  const keys = [...INFANT, 'idl', 'ibl', 'irl', ...T_LINES];
  const rowsOf = [...kels.map((k) => k.kode), ...(unlisted ? ['?'] : [])];
  for (const kel of rowsOf) {
    for (const key of keys) for (const name of [key, `${key}_kumulatif`]) add(kel, name, doses.get(`${kel}|${name}`)?.nilai ?? 0, sasaran(kel, key));
  }
  for (const key of keys) {
    for (const name of [key, `${key}_kumulatif`]) add('TOTAL', name, rowsOf.reduce((n, kel) => n + (doses.get(`${kel}|${name}`)?.nilai ?? 0), 0), sum(rowsOf.map((kel) => sasaran(kel, key))));
  }
  for (const k of kels) add(k.kode, 'desa', 1, null);
  add('TOTAL', 'desa', kels.length, null);
  // UCI desa (DOMAIN.md "PWS"): cumulative IDL ≥ the threshold × sasaran bayi.
  let uci = 0;
  for (const k of kels) {
    const idl = out.get(`${k.kode}|idl_kumulatif`)!;
    const yes = idl.sasaran !== null && idl.sasaran > 0 && idl.nilai >= period.uciThreshold * idl.sasaran - 1e-9 ? 1 : 0;
    add(k.kode, 'desa_uci', yes, null);
    uci += yes;
  }
  add('TOTAL', 'desa_uci', uci, null);

  const schools = r.sekolah.filter((s) => s.tahun === year);
  const biasKels = [...new Set(schools.map((s) => s.kodeKelurahan ?? '?'))];
  for (const [key, [name, murid]] of Object.entries(BIAS)) {
    const byKel = new Map<string, number>();
    for (const p of r.bias) {
      const date = p.doses[key];
      if (!date || !inPeriod(date)) continue;
      const school = schools.find((s) => s.kode === p.kodeSekolah);
      const kel = school ? (school.kodeKelurahan ?? '?') : '?';
      byKel.set(kel, (byKel.get(kel) ?? 0) + 1);
    }
    const kelsHere = [...new Set([...biasKels, ...byKel.keys()])];
    for (const kel of kelsHere) add(kel, name, byKel.get(kel) ?? 0, sum(schools.filter((s) => (s.kodeKelurahan ?? '?') === kel).map((s) => s[murid])));
    add('TOTAL', name, [...byKel.values()].reduce((a, b) => a + b, 0), sum(schools.map((s) => s[murid])));
  }

  for (const v of r.vaksin) {
    const all = servesOf(v.kode);
    // Only the schedule's infant doses use the stock; a vaccine the schedule gives none of has no doses figure at all.
    const serves = { ...all, bayi: all.bayi.filter((k) => INFANT.includes(k)), luar: (k: string) => all.luar(k) && (!all.bayi.includes(k) || INFANT.includes(k)) };
    const outside = all.bayi.length > 0 && serves.bayi.length === 0 && all.bias.length === 0 && !all.women;
    const s = r.stok.find((x) => x.kodeVaksin === v.kode && x.tahun === year && x.bulan === month);
    if (s) {
      add('TOTAL', `stok.${v.kode}.awal`, s.stokAwal!, null);
      add('TOTAL', `stok.${v.kode}.diterima`, s.diterima!, null);
      add('TOTAL', `stok.${v.kode}.dipakai`, s.dipakai!, null);
      add('TOTAL', `stok.${v.kode}.rusak`, s.rusak ?? 0, null);
      add('TOTAL', `stok.${v.kode}.akhir`, s.stokAkhir!, null);
    }
    if (outside) continue;
    let n = 0;
    for (const b of r.bayi) for (const key of serves.bayi) if (b.doses[key] && thisMonth(b.doses[key])) n++;
    for (const p of r.bias) for (const key of serves.bias) if (p.doses[key] && thisMonth(p.doses[key])) n++;
    // Every dose given uses the stock, also one too early to count for status T.
    if (serves.women) for (const w of [...r.wus, ...r.caten, ...r.bumil]) for (const date of Object.values(w.doses)) if (thisMonth(date)) n++;
    for (const l of r.luar) if (l.tahun === year && l.bulan === month) for (const [key, c] of Object.entries(l.counts)) if (serves.luar(key)) n += c;
    add('TOTAL', `stok.${v.kode}.dosis`, n, null);
  }
  return out;
}

/**
 * The IDL (or IBL) date of a child, or null (DOMAIN.md "Infant schedule and due lists"): every
 * listed dose given, not after the reference date nor before birth, ≥ 4 weeks after the
 * previous valid dose of its series, and before the birthday `years` on; the date of the last of them.
 */
function completeDate(birth: string | null, doses: Readonly<Record<string, string>>, today: string, list: readonly string[], years: number): string | null {
  if (!birth) return null;
  const valid = new Set<string>();
  for (const [key, date] of Object.entries(doses)) if (date <= today && date >= birth) valid.add(key);
  for (const series of SERIES) {
    const given = series.filter((k) => valid.has(k)).sort((a, b) => (doses[a] < doses[b] ? -1 : doses[a] > doses[b] ? 1 : series.indexOf(a) - series.indexOf(b)));
    let last: string | null = null;
    for (const key of given) {
      if (last !== null && daysBetween(last, doses[key]) < 28) valid.delete(key);
      else last = doses[key];
    }
  }
  // First birthday by date-fns (29 February → 28 February); a dose on the birthday is too late.
  const birthday = format(addYears(parseISO(birth), years), 'yyyy-MM-dd');
  let last = '';
  for (const key of list) {
    const date = doses[key];
    if (!valid.has(key) || date >= birthday) return null;
    if (date > last) last = date;
  }
  return last;
}

/**
 * The Td/TT lines. Status T depends on the whole interval history of a person linked across
 * registers (screenings, childhood doses, calendar-month intervals), so a second
 * implementation here would be the engine again: this recounts by plain loops over the status
 * engine's per-dose output (valid, step, sheet, kelurahan, date) with the line rules of
 * DOMAIN.md "Status T" — T1 bumil = a bumil's dose reaching T1, T2+ bumil = reaching T2 or
 * more, WUS/caten by the step reached — plus the Imunisasi Luar Td/TT columns. The T status
 * itself is checked by the status engine's own tests (test/domain/status).
 */
function recountT(
  r: Registers,
  persons: readonly PersonStatus[],
  kelOf: (code: string | null) => string,
  dose: (kel: string, key: string, date: string, n?: number) => void,
  luarDate: (tahun: number, bulan: number) => string,
): void {
  for (const p of persons) {
    for (const d of p.doses) {
      if (!d.valid || d.step === null || d.step < 1) continue;
      if (d.sheet === 'bumil') dose(kelOf(d.kelurahan), d.step === 1 ? 'bumil_t1' : 'bumil_t2plus', d.date);
      else if (d.sheet === 'wus' || d.sheet === 'caten') dose(kelOf(d.kelurahan), `${d.sheet}_t${d.step}`, d.date);
    }
  }
  for (const l of r.luar) {
    if (l.tahun === null || l.bulan === null) continue;
    for (const [column, n] of Object.entries(l.counts)) {
      const m = /^(bumil|wus|caten)T([1-5])$/.exec(column);
      if (!m || !n) continue;
      const line = m[1] === 'bumil' ? (m[2] === '1' ? 'bumil_t1' : 'bumil_t2plus') : `${m[1]}_t${m[2]}`;
      dose(kelOf(l.kodeKelurahan), line, luarDate(l.tahun, l.bulan), n);
    }
  }
}
