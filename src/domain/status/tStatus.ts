import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { formatDateId } from '../dates/formatId';
import { daysBetween, IsoDate, toLocalDate } from '../dates/isoDate';
import { adder, allowedFrom, earliestAllowed, formatInterval, Interval } from '../rules/interval';
import { Rules } from '../rules/types';
import { insertionSort } from './insertionSort';
import { NextKind, PersonSheet, Screening, TDose, TStatus } from './types';

/** A tetanus dose as found in a register row, before it is judged. */
export interface DoseEvent {
  kind: 'dose';
  date: IsoDate;
  sheet: PersonSheet;
  row: number;
  column: string;
  doseKey: string;
  raises: boolean;
  kelurahan: string | null;
  /** For doses on one day: bayi, BIAS, bumil, WUS, caten, then row and column order (the first counts, the rest are the same dose). */
  order: number;
}

export interface ScreeningEvent {
  kind: 'screening';
  date: IsoDate;
  status: number;
  sheet: PersonSheet;
  row: number;
  order: number;
}

export type TEvent = DoseEvent | ScreeningEvent;

export interface TContext {
  /** The reference date: later doses and screenings do not count yet. */
  today: IsoDate;
  birth: IsoDate | null;
  /** The sheet's name in this workbook, for reasons that point at another row. */
  sheetName(sheet: PersonSheet): string;
  /** Record TResult.statusBefore (needed for pregnancies only). */
  trackBefore?: boolean;
  /**
   * False (the monthly report, which reads of each dose only whether and at which step it
   * counts): a dose that does not count gets no reason (null), and what follows from the doses
   * is not worked out (next dose, protected until: null). Spares a text per such dose and the
   * outlook's date arithmetic (per distinct date a date-fns call) over tens of thousands of women.
   */
  explain?: boolean;
}

export interface TResult extends TStatus {
  /** With trackBefore: the status just before each dose of `doses` (same index), for the pregnancy rule. */
  statusBefore: number[];
  /** The doses not counted because they came too early for their step (few: a shared empty array when none). */
  early: readonly EarlyDose[];
}

/**
 * A dose that did not count because the minimum interval of the step it would have reached had
 * not passed since the reference (the previous valid dose, or the screening that set the
 * status): what Periksa says about it (status/tooClose.ts) is what the engine did.
 */
export interface EarlyDose {
  dose: TDose;
  /** The status the person stayed at; the dose would have brought them to status + 1. */
  status: number;
  /** That step's minimum interval (the rules', so the Aturan sheet's where it sets one). */
  min: Interval;
  /** What the interval is counted from. */
  from: { kind: 'dose'; dose: TDose } | { kind: 'screening'; screening: Screening };
  /** The first date a dose counts for that step (month counting and tolerance applied). */
  allowed: IsoDate;
}

const MAX_STATUS = 5;
const NO_SCREENINGS: readonly Screening[] = Object.freeze([]);
/** statusBefore when not asked for (trackBefore false): one shared empty array. */
const NOT_TRACKED: number[] = [];
const NO_EARLY: readonly EarlyDose[] = Object.freeze([]);

/** On one day a screening comes first (the card is read, then the dose given), then register order. */
function compareEvents(a: TEvent, b: TEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'screening' ? -1 : 1;
  return a.order - b.order;
}

/**
 * Status T from a person's whole history (DOMAIN.md "Status T"; thesis Tabel 2.1, 2.2 and
 * ch. IV: "asalkan jaraknya sesuai ketentuan"). Events are taken in date order:
 * - a dose counts when the minimum interval of the step it would reach has passed since the
 *   previous valid dose, or since the screening that set the status; a dose too early stays
 *   in the history with its reason and does not raise the status;
 * - a screened status higher than the doses gave becomes the baseline, and its date the
 *   reference for the next interval;
 * - a dose of a source that does not raise (infant DPT 1) is valid and moves the reference;
 * - at T5 a further dose is a valid booster that changes nothing.
 * "Met" follows the rules' month counting (earliestAllowed: by calendar month by default).
 * Next dose = reference + the next step's interval; protected until = the date the status
 * was reached + its protection. There is no maximum interval (thesis ch. I: "jarak maksimal
 * tidak ada"): a late dose still counts.
 */
export function computeT(events: TEvent[], rules: Rules, ctx: TContext): TResult {
  return computeTOf(events, events.length, rules, ctx, newTResult());
}

/** A TResult for computeTOf to fill. */
export function newTResult(): TResult {
  return { doses: [], screenings: NO_SCREENINGS, status: 0, statusDate: null, protectedUntil: null, next: null, nextKind: null, lengkap: false, statusBefore: NOT_TRACKED, early: NO_EARLY };
}

/**
 * computeT over the first `count` events (sorted in place), written into `out` and returned:
 * computeStatus reuses one event list, its event objects and one result for every person (it
 * copies the fields it keeps; the arrays are new for each person).
 */
export function computeTOf(events: TEvent[], count: number, rules: Rules, ctx: TContext, out: TResult): TResult {
  const compiled = compile(rules);
  insertionSort(events, count, compareEvents);
  // The result arrays at their exact size: grown by push, each would hold room for 17
  // entries, and these arrays are kept (100k persons) and copied by every young-generation GC.
  let doseCount = 0;
  let screeningCount = 0;
  for (let e = 0; e < count; e++) {
    const event = events[e];
    if (event.kind === 'dose') doseCount++;
    else if (event.date <= ctx.today) screeningCount++;
  }
  const doses: TDose[] = new Array<TDose>(doseCount);
  const statusBefore: number[] = ctx.trackBefore ? new Array<number>(doseCount) : NOT_TRACKED;
  const screenings: Screening[] | null = screeningCount > 0 ? new Array<Screening>(screeningCount) : null;
  let d = 0;
  let sc = 0;
  let status = 0;
  let statusDate: IsoDate | null = null;
  // What the next interval is counted from: the last valid dose, or the screening that set the
  // status (whichever came last; the other is null).
  let refDose: TDose | null = null;
  let refScreening: Screening | null = null;
  let early: EarlyDose[] | null = null;
  const explain = ctx.explain !== false;

  for (let e = 0; e < count; e++) {
    const event = events[e];
    if (event.kind === 'screening') {
      if (event.date > ctx.today) continue;
      const used = event.status > status;
      const screening: Screening = { date: event.date, status: event.status, sheet: event.sheet, row: event.row, used };
      screenings![sc++] = screening;
      if (used) {
        status = event.status;
        statusDate = event.date;
        refDose = null;
        refScreening = screening;
      }
      continue;
    }
    const dose: TDose = { date: event.date, sheet: event.sheet, row: event.row, column: event.column, doseKey: event.doseKey, valid: false, reason: null, step: null, kelurahan: event.kelurahan };
    if (ctx.trackBefore) statusBefore[d] = status;
    doses[d++] = dose;
    const same = refDose && refDose.date === event.date ? refDose : null;
    if (event.date > ctx.today) {
      if (explain) dose.reason = `tanggal ${formatDateId(event.date)} sesudah tanggal acuan ${formatDateId(ctx.today)}; belum dihitung`;
      continue;
    }
    if (ctx.birth && event.date < ctx.birth) {
      if (explain) dose.reason = `tanggal ${formatDateId(event.date)} sebelum tanggal lahir ${formatDateId(ctx.birth)}; periksa tanggalnya`;
      continue;
    }
    if (same) {
      if (explain) dose.reason = `sama dengan dosis "${same.column}" di ${ctx.sheetName(same.sheet)} baris ${same.row} pada tanggal yang sama; dihitung sekali`;
      continue;
    }
    if (status < MAX_STATUS) {
      // Too early for the step after `status`? Nothing to wait for without a reference, or
      // for the first dose at T0 (T1's interval follows only a dose that did not raise).
      const refDate = refDose?.date ?? refScreening?.date;
      const allowed = compiled.allowed[status];
      if (refDate && allowed && (status > 0 || refDose !== null) && event.date < allowed(refDate)) {
        const min = rules.tSteps[status].minInterval!;
        if (explain) dose.reason = tooEarly(event.date, refDate, refDose, refScreening, min, status, rules);
        (early ??= []).push({ dose, status, min, from: refDose ? { kind: 'dose', dose: refDose } : { kind: 'screening', screening: refScreening! }, allowed: allowed(refDate) });
        continue;
      }
      if (event.raises) {
        status++;
        statusDate = event.date;
      }
    }
    dose.valid = true;
    dose.step = status;
    refDose = dose;
    refScreening = null;
  }

  const lengkap = status >= MAX_STATUS;
  const protection = explain && status >= 1 ? compiled.protection[status - 1] : null;
  const protectedUntil = protection && statusDate ? protection(statusDate) : null;
  let next: IsoDate | null = null;
  let nextKind: NextKind | null = null;
  if (explain && !lengkap) {
    const after = compiled.next[status];
    // T1's interval applies only after a valid dose that did not raise the status (DPT 1).
    const refDate = refDose?.date ?? refScreening?.date;
    if (refDate && after && (status > 0 || refDose !== null)) {
      next = after(refDate);
      nextKind = 'interval';
    } else {
      next = ctx.today;
      nextKind = 'segera';
    }
  }
  out.doses = doses;
  out.screenings = screenings ?? NO_SCREENINGS;
  out.status = status;
  out.statusDate = statusDate;
  out.protectedUntil = protectedUntil;
  out.next = next;
  out.nextKind = nextKind;
  out.lengkap = lengkap;
  out.statusBefore = statusBefore;
  out.early = early ?? NO_EARLY;
  return out;
}

/** Per T step, the interval arithmetic as memoised functions of the date. */
interface CompiledT {
  /** allowed[s]: the first date a dose counts for step s + 1 after a reference date; null without a minimum interval. */
  allowed: (((date: IsoDate) => IsoDate) | null)[];
  /** next[s]: the date of the dose for step s + 1 (reference + interval). */
  next: (((date: IsoDate) => IsoDate) | null)[];
  /** protection[s]: protected until, at step s + 1. */
  protection: (((date: IsoDate) => IsoDate) | null)[];
}

const COMPILED = new WeakMap<Rules, CompiledT>();

/** Worked out once per rules: computeT runs for every person (rules are never mutated). */
function compile(rules: Rules): CompiledT {
  let compiled = COMPILED.get(rules);
  if (!compiled) {
    const { monthCounting: counting, toleranceDays } = rules;
    compiled = {
      allowed: rules.tSteps.map((s) => (s.minInterval ? allowedFrom(s.minInterval, counting, toleranceDays) : null)),
      next: rules.tSteps.map((s) => (s.minInterval ? adder(s.minInterval, counting) : null)),
      protection: rules.tSteps.map((s) => (s.protection ? adder(s.protection, counting) : null)),
    };
    COMPILED.set(rules, compiled);
  }
  return compiled;
}

/** Why a dose is too early for the step after `status` (its interval from refDate is not met). */
function tooEarly(date: IsoDate, refDate: IsoDate, refDose: TDose | null, refScreening: Screening | null, min: Interval, status: number, rules: Rules): string {
  const earliest = earliestAllowed(refDate, min, rules.monthCounting);
  const gap = gapText(refDate, date, min, rules.monthCounting);
  const from = refDose ? `dosis sebelumnya` : `skrining`;
  const detail = refDose ? `dosis sebelumnya: "${refDose.column}" ${formatDateId(refDate)}` : `skrining T${refScreening!.status} ${formatDateId(refDate)}`;
  return `jarak ${gap} dari ${from}; minimal ${formatInterval(min)} untuk T${status + 1} (${detail}; paling cepat ${formatDateId(earliest)})`;
}

/**
 * The gap between two dates as a person reads it against an interval: "27 hari", or for a
 * month or year interval and a gap of 45 days or more also the months ("61 hari (2 bulan
 * kalender)"), counted as the rules count months.
 */
export function gapText(from: IsoDate, to: IsoDate, min: Interval, counting: Rules['monthCounting']): string {
  const days = daysBetween(from, to);
  const byMonth = min.unit === 'bulan' || min.unit === 'tahun';
  if (!byMonth || days < 45) return `${days} hari`;
  const months = (counting === 'kalender' ? differenceInCalendarMonths : differenceInMonths)(toLocalDate(to), toLocalDate(from));
  return `${days} hari (${months} bulan${counting === 'kalender' ? ' kalender' : ''})`;
}
