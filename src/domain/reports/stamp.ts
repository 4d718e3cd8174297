import { formatDateId } from '../dates/formatId';
import { isoDateToSerial, serialToIsoDate } from '../dates/excelSerial';
import { isIsoDate, IsoDate } from '../dates/isoDate';

/**
 * When a report was made: ISO 8601 local time with the zone's offset, e.g.
 * "2026-01-05T10:15:00+07:00". The adapters read the clock (in the puskesmas's zone) and pass
 * it in; Dinkes dates a report's timeliness by it.
 */
export type GenerationStamp = string;

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ZONES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' };

export function isGenerationStamp(value: string): boolean {
  const m = STAMP.exec(value);
  return m !== null && isIsoDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/** The calendar date of a stamp, as written (its own zone). */
export function stampDate(stamp: GenerationStamp): IsoDate {
  return stamp.slice(0, 10);
}

/** "05-01-2026 10:15 WIB" for people. */
export function formatStampId(stamp: GenerationStamp): string {
  const m = STAMP.exec(stamp);
  if (!m) return stamp;
  const zone = ZONES[m[5]] ?? (m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`);
  return `${formatDateId(m[1])} ${m[2]}:${m[3]} ${zone}`;
}

/**
 * A stamp as a sheet holds it: an Excel date-time serial of the local time, and the offset
 * ("+07:00") beside it — dates go to sheets as serials, never as date strings.
 */
export function stampToSheet(stamp: GenerationStamp): { serial: number; offset: string } {
  const m = STAMP.exec(stamp);
  if (!m) throw new Error(`Not a generation stamp: ${stamp}`);
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return { serial: isoDateToSerial(m[1]) + minutes / 1440, offset: m[5] === 'Z' ? '+00:00' : m[5] };
}

/** The stamp back from a sheet's serial and offset; null when either is not usable. */
export function stampFromSheet(serial: number, offset: string): GenerationStamp | null {
  if (!Number.isFinite(serial) || !/^[+-]\d{2}:\d{2}$/.test(offset)) return null;
  const day = Math.floor(serial + 1e-9);
  const date = serialToIsoDate(day);
  if (!date) return null;
  const minutes = Math.round((serial - day) * 1440);
  if (minutes >= 1440) return null;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00${offset}`;
}

/** The stamp to the minute, as the sheet keeps it: "2026-01-05T10:15:00+07:00". */
export function normalizeStamp(stamp: GenerationStamp): GenerationStamp {
  const { serial, offset } = stampToSheet(stamp);
  return stampFromSheet(serial, offset)!;
}
