import { ScheduleKey, SchemeKey } from '../read/cellValue';
import { AgeLimit } from './ageLimit';
import { Interval, MonthCounting } from './interval';

export type { AgeLimit, Interval, MonthCounting, ScheduleKey, SchemeKey };

/** The person registers whose doses the rules speak about. */
export type PersonSheet = 'bayi' | 'bias' | 'wus' | 'caten' | 'bumil';

/**
 * One T step (thesis Tabel 2.1; DOMAIN.md "Status T"): the minimum interval after the
 * previous valid dose for a dose to bring a person to this step, and how long the step
 * protects. T1 protects nobody; its interval applies only after a dose that did not raise
 * the status (infant DPT-HB-Hib 1 → DPT-HB-Hib 2, thesis Tabel 2.3).
 */
export interface TStepRule {
  step: number;
  minInterval: Interval | null;
  protection: Interval | null;
}

/**
 * A register dose that counts in status T. `raises`: a valid dose brings the person one
 * step up (thesis Tabel 2.2: each BIAS dose adds one); false for a dose that is part of the
 * history but does not raise the status (infant DPT 1: "DPT 1 dose → T0").
 */
export interface TSource {
  sheet: PersonSheet;
  dose: string;
  raises: boolean;
}

/**
 * One dose of the infant schedule (DOMAIN.md "Infant schedule"; Kemenkes): due at an age,
 * and for a series dose also at least the series interval after the previous dose of the
 * series. `expiry`: the last age at which the dose is still given, that day included (HB0
 * 7 days; RV 6 months 29 days): an age of months and days (ageLimit.ts).
 */
export interface InfantDoseRule {
  dose: string;
  age: Interval;
  expiry: AgeLimit | null;
  /** At least this long after the previous dose of its series, where longer than the series interval (IPV 2: 4 months after IPV 1). */
  minInterval?: Interval | null;
}

/** Doses in one pregnancy (thesis II.B.1). */
export interface BumilRule {
  /** Below this status before the pregnancy, `dosesBelow` doses are needed; from it, `dosesFrom`. */
  threshold: number;
  dosesBelow: number;
  dosesFrom: number;
  /** How long a pregnancy lasts after HPHT: after it, the row is a past pregnancy. */
  pregnancyLength: Interval;
}

/**
 * A completeness indicator: these doses, each valid and given before the given age. IDL
 * (imunisasi dasar lengkap, DOMAIN.md, seed 000) and IBL (imunisasi baduta lengkap) are two.
 */
export interface IdlRule {
  doses: readonly string[];
  before: Interval;
}

/**
 * Every rule the status engine and the due lists use, as data (issue 3: "no rule is a code
 * branch"). Two presets ship (presets.ts); the Aturan sheet overrides single values.
 */
export interface Rules {
  preset: SchemeKey;
  /** As the Skema cell names it: "Td terkini" or "2005 (TT)". */
  name: string;
  /** The vaccine's name in messages and sheets: Td now, TT in the 2005 scheme. */
  label: 'Td' | 'TT';
  /** The infant immunization schedule (Jadwal Imunisasi, rules/schedules.ts) the infant rules are of. */
  jadwal: ScheduleKey;
  monthCounting: MonthCounting;
  /** A dose given up to this many days before its minimum interval still counts. */
  toleranceDays: number;
  /** A due dose becomes overdue (terlambat) this long after its due date. */
  overdueAfter: Interval;
  /** T1 … T5 in order. */
  tSteps: readonly TStepRule[];
  tSources: readonly TSource[];
  bumil: BumilRule;
  infant: {
    schedule: readonly InfantDoseRule[];
    /** Doses of one series (Polio, DPT-HB-Hib, PCV, MR) are at least this far apart. */
    seriesMinInterval: Interval;
    /** Children older than this are no longer on the infant due list (baduta = under 2). */
    listUntilAge: Interval;
  };
  /** Imunisasi dasar lengkap: before the first birthday. Whether PCV and RV enter it is this setting. */
  idl: IdlRule;
  /** Imunisasi baduta lengkap (DPT-HB-Hib 4 and MR 2 by 24 months). IDL + IBL = imunisasi rutin lengkap. */
  ibl: IdlRule;
}
