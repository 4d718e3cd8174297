import { IsoDate } from '../dates/isoDate';
import { Bayi, Bumil, Caten, Murid, Sex, Wus } from '../registers/types';
import { PersonSheet } from '../rules/types';

export type { PersonSheet };

/** A row of a person register, as readRegisters returns it. */
export type PersonRecord = Bayi | Murid | Wus | Caten | Bumil;

/** Where a person's data comes from: one register row. */
export interface SourceRow {
  sheet: PersonSheet;
  row: number;
}

/**
 * One tetanus-containing dose of a person's history, in date order (stable API: the reports
 * count these by sheet, step and month — see countTDoses).
 */
export interface TDose {
  date: IsoDate;
  sheet: PersonSheet;
  /** Row number as Excel shows it. */
  row: number;
  /** The dose column's header as written in the workbook. */
  column: string;
  /** The dose key of that column (antigens.ts): dpt2, dtK1, t3, td1, … */
  doseKey: string;
  /** Whether the dose counts (its minimum interval was met, it is not a duplicate, …). */
  valid: boolean;
  /** Why it does not count, in Bahasa Indonesia; null when valid. */
  reason: string | null;
  /** The T status this dose brought the person to (0 for a dose that does not raise); null when not valid. */
  step: number | null;
  /** Kode Kelurahan of the register row (for a pupil: of the school); null when unknown. */
  kelurahan: string | null;
}

/** A screened status (Status T Skrining + Tanggal Skrining) on a WUS, caten or bumil row. */
export interface Screening {
  date: IsoDate;
  status: number;
  sheet: PersonSheet;
  row: number;
  /** Whether it raised the status (it was higher than the recorded doses gave). */
  used: boolean;
}

/** What one pregnancy (one Register Bumil row) still needs (thesis II.B.1). */
export interface PregnancyNeed {
  row: number;
  hamilKe: number | null;
  /** HPHT, or the earliest date on the row when HPHT is blank. */
  start: IsoDate | null;
  /** start + the rules' pregnancy length. */
  end: IsoDate | null;
  /** The current pregnancy: not over on the reference date and no later pregnancy recorded. */
  active: boolean;
  /** Status before this pregnancy's first valid dose (or, without one, on the reference date). */
  statusBefore: number;
  needed: number;
  /** Valid doses given from start to end (any register). */
  given: number;
  remaining: number;
}

/** A dose of the infant register that does not count, with why. */
export interface InfantDose {
  doseKey: string;
  date: IsoDate;
  column: string;
  valid: boolean;
  reason: string | null;
}

/** A scheduled infant dose not (validly) given yet. */
export interface InfantOpenDose {
  doseKey: string;
  /** Standard header, e.g. "DPT-HB-Hib 2". */
  label: string;
  due: IsoDate;
  /** due + the rules' overdue interval. */
  overdueFrom: IsoDate;
  /** The last day the dose is still given (its upper age: HB0 7 days, RV 6 months 29 days); null for no limit. */
  until: IsoDate | null;
}

/** Whether a child reached a completeness line (IDL, IBL), and when. */
export interface Reached {
  reached: boolean;
  /** The date of its last dose, when reached. */
  date: IsoDate | null;
}

/** A completeness indicator of one child (IDL, IBL, imunisasi rutin lengkap). */
export interface IdlResult extends Reached {
  /** Its doses missing, invalid or given on/after the age limit. */
  missing: string[];
}

export interface InfantStatus {
  row: number;
  /** The Register Bayi row (shared with Registers; do not modify): `record.doses` holds every recorded date. */
  record: Bayi;
  /** Recorded doses that do not count (too close in their series, before birth, after the reference date); the others count. */
  invalid: readonly InfantDose[];
  open: InfantOpenDose[];
  /** Imunisasi dasar lengkap; null when the birth date is unknown. */
  idl: IdlResult | null;
  /** Imunisasi baduta lengkap (DPT-HB-Hib 4, MR 2 by 24 months); null when the birth date is unknown. */
  ibl: IdlResult | null;
}

/** How the next T dose's date was found. */
export type NextKind =
  /** the minimum interval after the last valid dose or the screening */
  | 'interval'
  /** nothing to wait for (no valid dose yet): due now; `next` is the reference date */
  | 'segera';

/**
 * Which group a person is in on the reference date, for due lists and messages: bumil in an
 * active pregnancy; caten before (or without) a wedding date; otherwise WUS for a woman of
 * the WUS, caten or bumil registers; a pupil; an infant.
 */
export type Kelompok = 'bayi' | 'murid' | 'wus' | 'caten' | 'bumil';

/** A person's status T: what the engine computes from the dose history and screenings. */
export interface TStatus {
  /** Tetanus doses in date order. */
  doses: TDose[];
  screenings: readonly Screening[];
  /** 0–5. */
  status: number;
  /** The date the current status was reached (dose or screening); null at T0 without a screening. */
  statusDate: IsoDate | null;
  /** statusDate + the status's protection; null at T0 and T1. */
  protectedUntil: IsoDate | null;
  /** The earliest date of the next T dose; null when lengkap. */
  next: IsoDate | null;
  nextKind: NextKind | null;
  /** At T5: lifelong protection, the Kartu TT seumur hidup. */
  lengkap: boolean;
}

/** A person linked across the registers, with status T and, for an infant, the schedule. */
export interface PersonStatus extends TStatus {
  /** Link key: the NIK, `KK:<Kode KK>/<No Urut>`, or `ROW:<sheet>:<row>` for a row with neither. */
  key: string;
  /** NIK or `KK:<Kode KK>/<No Urut>`; null for a row with neither. */
  id: string | null;
  nik: string | null;
  kodeKK: string | null;
  noUrut: number | null;
  nama: string;
  jk: Sex | null;
  tanggalLahir: IsoDate | null;
  /** Kode Kelurahan from the person's most recent register row. */
  kelurahan: string | null;
  alamat: string | null;
  noHp: string | null;
  /** From Register Bayi, for messages to parents. */
  namaIbu: string | null;
  /**
   * The person's register rows themselves (the objects of Registers, shared, not copied: do not
   * modify them), in register order. Each has `sheet` and `row`.
   */
  rows: readonly PersonRecord[];
  kelompok: Kelompok;
  /** One per Register Bumil row, in row order. */
  pregnancies: readonly PregnancyNeed[];
  /** For a person in Register Bayi. */
  infant: InfantStatus | null;
}

/**
 * What the monthly report reads of a person (reports/statusInput.ts), from computeReportStatus:
 * a shape of its own, not a PersonStatus with parts left out, so no other reader takes it for
 * a whole status.
 */
export interface ReportPerson {
  /** Kode Kelurahan from the person's most recent register row (as PersonStatus.kelurahan). */
  kelurahan: string | null;
  /** The person's register rows (shared with Registers), in register order. */
  rows: readonly PersonRecord[];
  /**
   * For a person with a row in Register WUS, Caten or Bumil: every tetanus dose, as
   * PersonStatus.doses less the reason a dose does not count. Empty for anyone else: their T
   * doses (an infant's DPT, a pupil's DT) count under no report line, which counts T doses of
   * the women's registers only.
   */
  doses: readonly ReportDose[];
  /** An infant's IDL and IBL (as InfantStatus's; null when the birth date is unknown). */
  infant: { idl: Reached | null; ibl: Reached | null } | null;
}

/** A tetanus dose as the report reads it: whether and at which step it counts, not why not (no report line reads the reason). */
export type ReportDose = Omit<TDose, 'reason'>;
