import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { IsoDate } from '../domain/dates/isoDate';
import { Zone } from '../domain/registers/types';

/** Indonesia's three zones; "today" for a puskesmas is the date on its own clock. */
export const ZONE_TZ: Record<Zone, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/** Today's date in the zone: the one place the adapters read the clock for the core. */
export function todayInZone(zone: Zone, now: Date = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), ZONE_TZ[zone]), 'yyyy-MM-dd');
}

/** A generation stamp in the zone: for people ("05-01-2026 10:15 WIB") and machines (ISO 8601 with offset). */
export function stampInZone(zone: Zone, now: Date = new Date()): { human: string; iso: string } {
  const local = new TZDate(now.getTime(), ZONE_TZ[zone]);
  return { human: `${format(local, 'dd-MM-yyyy HH:mm')} ${zone}`, iso: format(local, "yyyy-MM-dd'T'HH:mm:ssXXX") };
}
