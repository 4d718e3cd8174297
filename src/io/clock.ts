import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { IsoDate } from '../domain/dates/isoDate';
import { Zone } from '../domain/registers/types';

/** Indonesia's three zones; "today" for a puskesmas is the date on its own clock. */
export const ZONE_TZ: Record<Zone, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/** Today's date in the zone: the one place the adapters read the clock for the core. */
export function todayInZone(zone: Zone, now: Date = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), ZONE_TZ[zone]), 'yyyy-MM-dd');
}

/** When a report was made, for its header: "25-11-2026 10:15 WIB" on the puskesmas's clock. */
export function stampInZone(zone: Zone, now: Date = new Date()): string {
  return `${format(new TZDate(now.getTime(), ZONE_TZ[zone]), 'dd-MM-yyyy HH:mm')} ${zone}`;
}
