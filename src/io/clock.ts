import { clockReading } from '../domain/dates/zoneClock';
import { IsoDate } from '../domain/dates/isoDate';
import { Zone } from '../domain/registers/types';

/**
 * The one place the adapters read the clock for the core: they pass the instant, and the
 * core (clockReading) puts it on the zone's wall clock.
 */

/** Today's date in the zone. */
export function todayInZone(zone: Zone, now: Date = new Date()): IsoDate {
  return clockReading(now.getTime(), zone).today;
}

/** A generation stamp in the zone: for people ("05-01-2026 10:15 WIB") and machines (ISO 8601 with offset). */
export function stampInZone(zone: Zone, now: Date = new Date()): { human: string; iso: string } {
  const reading = clockReading(now.getTime(), zone);
  return { human: reading.human, iso: reading.stamp };
}
