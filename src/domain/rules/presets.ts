import { DEFAULT_SCHEDULE, SchemeKey } from '../read/cellValue';
import { IBL_KEYS, IDL_KEYS, INFANT_SCHEDULE_RULES } from '../programme/doseIndex';
import { interval } from './interval';
import { InfantDoseRule, Rules, TSource, TStepRule } from './types';

/*
 * The two rule presets, chosen by the Skema cell of the Puskesmas sheet. Every value cites
 * its source; the Aturan sheet may override any of them (docs/rules.md).
 */

/** T1–T5 (thesis Tabel 2.1; DOMAIN.md "Status T", confirmed by current Kemenkes material). */
const T_STEPS: TStepRule[] = [
  // T1: no interval when it is the first dose; 4 weeks after an earlier dose that did not
  // raise the status (infant DPT 1 → DPT 2: thesis Tabel 2.3, "DPT 3 kali, 4 minggu").
  { step: 1, minInterval: interval(4, 'minggu'), protection: null },
  { step: 2, minInterval: interval(4, 'minggu'), protection: interval(3, 'tahun') },
  { step: 3, minInterval: interval(6, 'bulan'), protection: interval(5, 'tahun') },
  { step: 4, minInterval: interval(1, 'tahun'), protection: interval(10, 'tahun') },
  // "25 tahun (seumur hidup)": T5 is lifelong protection (thesis Tabel 2.1, II.A).
  { step: 5, minInterval: interval(1, 'tahun'), protection: interval(25, 'tahun') },
];

/**
 * Which register doses count. Infant DPT: 1 dose → T0, 2 → T1, 3 → T2 (thesis Tabel 2.2 and
 * ch. I); DPT 4 (baduta) one more (thesis II.A: "dosis ke 4 … kekebalan sampai 5 tahun").
 * BIAS: each DT/TT/Td dose adds one (Tabel 2.2). Caten, bumil, WUS: each valid dose adds one
 * (DOMAIN.md). MR and HPV are not tetanus vaccines and are not sources.
 */
const SOURCES: TSource[] = [
  { sheet: 'bayi', dose: 'dpt1', raises: false },
  { sheet: 'bayi', dose: 'dpt2', raises: true },
  { sheet: 'bayi', dose: 'dpt3', raises: true },
  { sheet: 'bayi', dose: 'dpt4', raises: true },
  { sheet: 'bias', dose: 'dtK1', raises: true },
  { sheet: 'bias', dose: 'tdK2', raises: true },
  { sheet: 'bias', dose: 'tdK3', raises: true },
  // Current scheme: Td kelas 5 is a booster for a child already at T5; for one who missed a
  // dose it is the next step like any Td dose (DOMAIN.md "Current scheme").
  { sheet: 'bias', dose: 'tdK5', raises: true },
  ...(['t1', 't2', 't3', 't4', 't5'] as const).map((dose): TSource => ({ sheet: 'wus', dose, raises: true })),
  ...(['td1', 'td2'] as const).map((dose): TSource => ({ sheet: 'caten', dose, raises: true })),
  ...(['td1', 'td2'] as const).map((dose): TSource => ({ sheet: 'bumil', dose, raises: true })),
];

/** The infant schedule (DOMAIN.md "Infant schedule"; Kemenkes): each infant dose record's, by age. */
const INFANT_SCHEDULE: InfantDoseRule[] = INFANT_SCHEDULE_RULES;

const COMMON: Omit<Rules, 'preset' | 'name' | 'label'> = {
  // The infant schedule here holds every infant dose of the current schedule; rulesFor
  // (scheduleRules.ts) narrows it to the workbook's Jadwal Imunisasi.
  jadwal: DEFAULT_SCHEDULE,
  tSteps: T_STEPS,
  // DOMAIN.md: months and years counted in calendar months, no tolerance by default.
  monthCounting: 'kalender',
  toleranceDays: 0,
  // DOMAIN.md "Infant schedule": overdue (terlambat) one month after the due date.
  overdueAfter: interval(1, 'bulan'),
  tSources: SOURCES,
  // Thesis II.B.1: T2 or more before the pregnancy → one dose (Td/TT ulang); else two doses.
  bumil: { threshold: 2, dosesBelow: 2, dosesFrom: 1, pregnancyLength: interval(42, 'minggu') },
  infant: {
    schedule: INFANT_SCHEDULE,
    // Doses of one series ≥ 4 weeks apart (DOMAIN.md; thesis Tabel 2.3).
    seriesMinInterval: interval(4, 'minggu'),
    // The bayi register holds infants and baduta (bawah dua tahun).
    listUntilAge: interval(24, 'bulan'),
  },
  // IDL: the IDL doses of the records (HB0, BCG, DPT-HB-Hib ×3, polio tetes ×4, IPV ×1, MR1)
  // before the first birthday (DOMAIN.md "Infant schedule": Kemenkes's Profil Kesehatan
  // definition since IPV entered the schedule; seed 000). PCV and RV enter it only where the
  // district says so (Aturan "Dosis IDL").
  idl: { doses: IDL_KEYS, before: interval(12, 'bulan') },
  // IBL (imunisasi baduta lengkap): the IBL doses of the records (DPT-HB-Hib 4 and MR 2) by 24 months (DOMAIN.md "Infant schedule").
  ibl: { doses: IBL_KEYS, before: interval(24, 'bulan') },
};

/** "Td terkini": current Kemenkes material (Td; BIAS DT kelas 1, Td kelas 2 and 5). */
export const TD_RULES: Rules = { ...COMMON, preset: 'td', name: 'Td terkini', label: 'Td' };

/**
 * "2005 (TT)": the thesis's scheme (TT; BIAS DT kelas 1, TT kelas 2 and 3). Tabel 2.1 writes
 * T2 as "1 bulan setelah TT1", but ch. I and Tabel 2.3 say 4 weeks; with months counted by
 * calendar month "1 bulan" would let 31 January → 1 February count, so 4 weeks it is.
 */
export const TT2005_RULES: Rules = { ...COMMON, preset: 'tt2005', name: '2005 (TT)', label: 'TT' };

export const PRESETS: Record<SchemeKey, Rules> = { td: TD_RULES, tt2005: TT2005_RULES };
