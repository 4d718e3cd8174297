import { Zone } from '../read/cellValue';
import { IsoDate } from './isoDate';
import { formatStampId, GenerationStamp } from '../reports/stamp';

/** Indonesia's three zones and their fixed offsets (no daylight saving). */
export const ZONE_OFFSET: Record<Zone, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** The zone a puskesmas or Dinkes is in when its workbook does not say (the Zona Waktu default). */
export const DEFAULT_ZONE: Zone = 'WIB';

export interface ClockReading {
  /** The local calendar date: "today" for the core. */
  today: IsoDate;
  /** The local time to the second with the zone's offset: "2026-01-05T10:15:00+07:00". */
  stamp: GenerationStamp;
  /** For people: "05-01-2026 10:15 WIB". */
  human: string;
}

/**
 * The stamp of the start of a day on the zone's clock (absent: DEFAULT_ZONE), for reports made
 * on the fly that carry no generation time of their own (register workbooks in the merge).
 */
export function startOfDayStamp(day: IsoDate, zone: Zone = DEFAULT_ZONE): GenerationStamp {
  return `${day}T00:00:00${ZONE_OFFSET[zone]}`;
}

/**
 * An instant (milliseconds since 1970, which the adapters read from their clock) on the
 * zone's wall clock. Pure: the zones have fixed offsets, so the instant is shifted by the
 * offset and written as UTC fields.
 */
export function clockReading(instant: number, zone: Zone): ClockReading {
  const offset = ZONE_OFFSET[zone];
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(Math.floor(instant / 1000) * 1000 + minutes * 60_000).toISOString();
  const stamp = `${local.slice(0, 19)}${offset}`;
  return { today: local.slice(0, 10), stamp, human: formatStampId(stamp) };
}
