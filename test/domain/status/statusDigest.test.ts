import { readFileSync } from 'node:fs';
import { CaseDigest, FIXTURE, statusDigests } from './statusDigest';

/*
 * Guard: the engine's full output on generated workbooks (both presets, an Aturan override,
 * two reference dates) equals what it was when the fixture was written. A failure shows which
 * case and which counts changed; equal counts with another sha256 mean a reason, a date or an
 * order changed. Intended changes only: regenerate as statusDigest.ts says.
 */
describe('status engine output (pinned)', () => {
  it('is unchanged on generated workbooks under both presets', async () => {
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as CaseDigest[];
    const actual = await statusDigests();
    expect(actual.map((d) => d.case)).toEqual(expected.map((d) => d.case));
    for (let i = 0; i < expected.length; i++) expect({ ...actual[i], sha256: undefined }).toEqual({ ...expected[i], sha256: undefined });
    expect(actual.map((d) => d.sha256)).toEqual(expected.map((d) => d.sha256));
  });

  it('covers what it is meant to guard: invalid doses of every kind, screenings, linking findings, (repeated) pregnancies, infants', async () => {
    const digests = JSON.parse(readFileSync(FIXTURE, 'utf8')) as CaseDigest[];
    const reasons = new Set(digests.flatMap((d) => Object.keys(d.invalidDoses)));
    const codes = new Set(digests.flatMap((d) => Object.keys(d.findings)));
    expect([...reasons].map((r) => r.split(' ')[0]).sort()).toEqual(expect.arrayContaining(['jarak', 'sama', 'tanggal']));
    expect([...codes]).toEqual(expect.arrayContaining(['PERSON_LIKELY_DUPLICATE', 'PERSON_KEY_CONFLICT', 'PERSON_BIRTHDATE_CONFLICT', 'SCREENING_INCOMPLETE']));
    expect(digests.some((d) => d.pregnantAgain > 0)).toBe(true);
    for (const d of digests) {
      expect(d.screeningsUsed).toBeGreaterThan(0);
      expect(d.pregnanciesActive).toBeGreaterThan(0);
      expect(d.infantOpen).toBeGreaterThan(0);
      expect(d.byStatus.every((n) => n > 0)).toBe(true);
    }
  });
});
