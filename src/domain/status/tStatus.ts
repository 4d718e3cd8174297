import { differenceInCalendarMonths, differenceInMonths } from 'date-fns';
import { formatDateId } from '../dates/formatId';
import { addDaysIso, daysBetween, IsoDate, toLocalDate } from '../dates/isoDate';
import { addInterval, earliestAllowed, formatInterval, Interval } from '../rules/interval';
import { Rules } from '../rules/types';
import { NextKind, PersonSheet, Screening, TDose } from './types';

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
  /** Register order, for doses on one day: bayi, BIAS, WUS, caten, bumil, then column order. */
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
}

export interface TResult {
  doses: TDose[];
  screenings: readonly Screening[];
  status: number;
  statusDate: IsoDate | null;
  protectedUntil: IsoDate | null;
  next: IsoDate | null;
  nextKind: NextKind | null;
  lengkap: boolean;
  /** With trackBefore: the status just before each dose of `doses` (same index), for the pregnancy rule. */
  statusBefore: number[];
}

const MAX_STATUS = 5;
const NO_SCREENINGS: readonly Screening[] = Object.freeze([]);

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
  events.sort(compareEvents);
  const doses: TDose[] = [];
  const statusBefore: number[] = [];
  let screenings: Screening[] | null = null;
  let status = 0;
  let statusDate: IsoDate | null = null;
  // What the next interval is counted from: the last valid dose, or the screening that set the
  // status (whichever came last; the other is null).
  let refDose: TDose | null = null;
  let refScreening: Screening | null = null;

  for (const event of events) {
    if (event.kind === 'screening') {
      if (event.date > ctx.today) continue;
      const used = event.status > status;
      const screening: Screening = { date: event.date, status: event.status, sheet: event.sheet, row: event.row, used };
      (screenings ??= []).push(screening);
      if (used) {
        status = event.status;
        statusDate = event.date;
        refDose = null;
        refScreening = screening;
      }
      continue;
    }
    const dose: TDose = { date: event.date, sheet: event.sheet, row: event.row, column: event.column, doseKey: event.doseKey, valid: false, reason: null, step: null, kelurahan: event.kelurahan };
    doses.push(dose);
    if (ctx.trackBefore) statusBefore.push(status);
    const same = refDose && refDose.date === event.date ? refDose : null;
    if (event.date > ctx.today) {
      dose.reason = `tanggal ${formatDateId(event.date)} sesudah tanggal acuan ${formatDateId(ctx.today)}; belum dihitung`;
      continue;
    }
    if (ctx.birth && event.date < ctx.birth) {
      dose.reason = `tanggal ${formatDateId(event.date)} sebelum tanggal lahir ${formatDateId(ctx.birth)}; periksa tanggalnya`;
      continue;
    }
    if (same) {
      dose.reason = `sama dengan dosis "${same.column}" di ${ctx.sheetName(same.sheet)} baris ${same.row} pada tanggal yang sama; dihitung sekali`;
      continue;
    }
    if (status < MAX_STATUS) {
      const target = event.raises ? status + 1 : status;
      const early = tooEarly(event.date, refDose, refScreening, rules.tSteps[status].minInterval, status, rules);
      if (early) {
        dose.reason = early;
        continue;
      }
      if (target > status) {
        status = target;
        statusDate = event.date;
      }
    }
    dose.valid = true;
    dose.step = status;
    refDose = dose;
    refScreening = null;
  }

  const lengkap = status >= MAX_STATUS;
  const protection = status >= 1 ? rules.tSteps[status - 1].protection : null;
  const protectedUntil = protection && statusDate ? addInterval(statusDate, protection, rules.monthCounting) : null;
  let next: IsoDate | null = null;
  let nextKind: NextKind | null = null;
  if (!lengkap) {
    const interval = rules.tSteps[status].minInterval;
    // T1's interval applies only after a valid dose that did not raise the status (DPT 1).
    const refDate = refDose?.date ?? refScreening?.date;
    if (refDate && interval && (status > 0 || refDose !== null)) {
      next = addInterval(refDate, interval, rules.monthCounting);
      nextKind = 'interval';
    } else {
      next = ctx.today;
      nextKind = 'segera';
    }
  }
  return { doses, screenings: screenings ?? NO_SCREENINGS, status, statusDate, protectedUntil, next, nextKind, lengkap, statusBefore };
}

/** Why a dose is too early for the step after `status`, or null when its interval is met. */
function tooEarly(date: IsoDate, refDose: TDose | null, refScreening: Screening | null, min: Interval | null, status: number, rules: Rules): string | null {
  const refDate = refDose?.date ?? refScreening?.date;
  if (!refDate || !min) return null;
  if (status === 0 && refDose === null) return null;
  const earliest = earliestAllowed(refDate, min, rules.monthCounting);
  const allowed = rules.toleranceDays > 0 ? addDaysIso(earliest, -rules.toleranceDays) : earliest;
  if (date >= allowed) return null;
  const days = daysBetween(refDate, date);
  const byMonth = min.unit === 'bulan' || min.unit === 'tahun';
  const months = byMonth ? (rules.monthCounting === 'kalender' ? differenceInCalendarMonths : differenceInMonths)(toLocalDate(date), toLocalDate(refDate)) : 0;
  const gap = byMonth && days >= 45 ? `${days} hari (${months} bulan${rules.monthCounting === 'kalender' ? ' kalender' : ''})` : `${days} hari`;
  const from = refDose ? `dosis sebelumnya` : `skrining`;
  const detail = refDose ? `dosis sebelumnya: "${refDose.column}" ${formatDateId(refDate)}` : `skrining T${refScreening!.status} ${formatDateId(refDate)}`;
  return `jarak ${gap} dari ${from}; minimal ${formatInterval(min)} untuk T${status + 1} (${detail}; paling cepat ${formatDateId(earliest)})`;
}
