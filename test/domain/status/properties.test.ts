import fc from 'fast-check';
import { addDaysIso } from '../../../src/domain/dates/isoDate';
import { PRESETS } from '../../../src/domain/rules/presets';
import { Rules } from '../../../src/domain/rules/types';
import { computeT, TEvent } from '../../../src/domain/status/tStatus';

/* Properties of the status engine over random histories (any register, any order, screenings). */

const DAY0 = '2000-01-01';
const TODAY = '2031-01-01';
const dateArb = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDaysIso(DAY0, n));

const rulesArb: fc.Arbitrary<Rules> = fc.record({
  preset: fc.constantFrom<'td' | 'tt2005'>('td', 'tt2005'),
  counting: fc.constantFrom<'kalender' | 'hari'>('kalender', 'hari'),
  tolerance: fc.integer({ min: 0, max: 5 }),
}).map(({ preset, counting, tolerance }) => ({ ...PRESETS[preset], monthCounting: counting, toleranceDays: tolerance }));

function eventArb(rules: Rules): fc.Arbitrary<TEvent> {
  const dose = fc.record({ source: fc.constantFrom(...rules.tSources), date: dateArb, row: fc.integer({ min: 2, max: 50 }) }).map(({ source, date, row }): TEvent => ({
    kind: 'dose', date, sheet: source.sheet, row, column: source.dose, doseKey: source.dose, raises: source.raises, kelurahan: null, order: row,
  }));
  const screening = fc.record({ status: fc.integer({ min: 0, max: 5 }), date: dateArb, row: fc.integer({ min: 2, max: 50 }) }).map(({ status, date, row }): TEvent => ({ kind: 'screening', date, status, sheet: 'wus', row, order: row }));
  return fc.oneof({ weight: 4, arbitrary: dose }, { weight: 1, arbitrary: screening });
}

const historyArb = rulesArb.chain((rules) => fc.record({ rules: fc.constant(rules), events: fc.array(eventArb(rules), { maxLength: 12 }) }));
const ctx = { today: TODAY, birth: null, sheetName: (s: string) => s };
const run = (rules: Rules, events: TEvent[]) => computeT(events.map((e) => ({ ...e })), rules, ctx);

describe('status T properties', () => {
  it('status never exceeds the number of doses plus the screened baseline', () => {
    fc.assert(
      fc.property(historyArb, ({ rules, events }) => {
        const r = run(rules, events);
        const baseline = Math.max(0, ...events.filter((e) => e.kind === 'screening').map((e) => (e.kind === 'screening' ? e.status : 0)));
        const doses = events.filter((e) => e.kind === 'dose').length;
        expect(r.status).toBeLessThanOrEqual(Math.min(5, doses + baseline));
        expect(r.status).toBeLessThanOrEqual(baseline + r.doses.filter((d) => d.valid).length);
      }),
      { numRuns: 500 },
    );
  });

  it('adding a later dose never lowers the status', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 400 }), fc.nat(), ({ rules, events }, after, pick) => {
        const last = events.reduce((m, e) => (e.date > m ? e.date : m), DAY0);
        const source = rules.tSources[pick % rules.tSources.length];
        const later: TEvent = { kind: 'dose', date: addDaysIso(last, after), sheet: source.sheet, row: 99, column: source.dose, doseKey: source.dose, raises: source.raises, kelurahan: null, order: 99 };
        expect(run(rules, [...events, later]).status).toBeGreaterThanOrEqual(run(rules, events).status);
      }),
      { numRuns: 500 },
    );
  });

  it('the next-dose date is after the last valid dose; "segera" only without a valid dose; none when lengkap', () => {
    fc.assert(
      fc.property(historyArb, ({ rules, events }) => {
        const r = run(rules, events);
        const valid = r.doses.filter((d) => d.valid);
        if (r.lengkap) {
          expect(r.next).toBeNull();
          return;
        }
        expect(r.next).not.toBeNull();
        for (const d of valid) expect(r.next! > d.date).toBe(true);
        if (r.nextKind === 'segera') expect(valid).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('every dose is either valid with a step or invalid with a reason', () => {
    fc.assert(
      fc.property(historyArb, ({ rules, events }) => {
        for (const d of run(rules, events).doses) {
          if (d.valid) expect([d.step !== null, d.reason]).toEqual([true, null]);
          else expect([d.step, typeof d.reason]).toEqual([null, 'string']);
        }
      }),
      { numRuns: 300 },
    );
  });
});
