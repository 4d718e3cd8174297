import { formatDateId } from '../dates/formatId';
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


/** The stamp to the second with its offset: "2026-01-05T10:15:00+07:00" (Z becomes +00:00). */
export function normalizeStamp(stamp: GenerationStamp): GenerationStamp {
  const m = STAMP.exec(stamp);
  if (!m) throw new Error(`Not a generation stamp: ${stamp}`);
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5] === 'Z' ? '+00:00' : m[5]}`;
}
