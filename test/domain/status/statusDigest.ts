import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso, IsoDate } from '../../../src/domain/dates/isoDate';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { Registers } from '../../../src/domain/registers/types';
import { PRESETS } from '../../../src/domain/rules/presets';
import { Rules } from '../../../src/domain/rules/types';
import { computeStatus, StatusResult } from '../../../src/domain/status/computeStatus';
import { dueList } from '../../../src/domain/status/dueList';
import { PersonRecord } from '../../../src/domain/status/types';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../../src/sample/generateSample';
import { injectErrors } from '../../../src/sample/injectErrors';
import { Random } from '../../../src/sample/random';
import { sampleSpecs } from '../../../src/sample/sampleSpecs';

/*
 * A pin on the status engine's whole output (computeStatus + dueList) over realistic generated
 * workbooks, so that a rewrite for speed cannot change a single result unnoticed. The digest
 * was computed by the engine as it was before the speed work and committed beside this file
 * (statusDigest.json). Regenerate it ONLY for an intended change of behaviour (or of the
 * sample generator or reader, which feed it): `npx tsx test/domain/status/statusDigest.ts`.
 */

export const FIXTURE = join(__dirname, 'statusDigest.json');

/** What a failure shows: readable counts first (what changed), then the hash of everything. */
export interface CaseDigest {
  case: string;
  persons: number;
  doses: number;
  validDoses: number;
  /** Invalid T doses by the first words of their reason ("jarak", "tanggal … sesudah", …). */
  invalidDoses: Record<string, number>;
  byStatus: number[];
  lengkap: number;
  screenings: number;
  screeningsUsed: number;
  pregnancies: number;
  pregnanciesActive: number;
  /** Women with more than one pregnancy in Register Bumil. */
  pregnantAgain: number;
  infantInvalid: number;
  infantOpen: number;
  idlReached: number;
  iblReached: number;
  due: number;
  findings: Record<string, number>;
  sha256: string;
}

/** Each workbook is read once (through the real xlsx writer and reader) and then computed under every rule set and date. */
const WORKBOOKS: { name: string; seed: number; inject?: boolean; perturb?: boolean }[] = [
  { name: 'seed 1', seed: 1 },
  { name: 'seed 2 + gangguan', seed: 2, perturb: true },
  { name: 'seed 3 + injectErrors + gangguan', seed: 3, inject: true, perturb: true },
];

/** Both presets, and one Aturan-style override (months as 30 days, 3 days' tolerance) for the other code paths. */
const RULES: { name: string; rules: Rules }[] = [
  { name: 'td', rules: PRESETS.td },
  { name: 'tt2005', rules: PRESETS.tt2005 },
  { name: 'td hari+toleransi', rules: { ...PRESETS.td, monthCounting: 'hari', toleranceDays: 3 } },
];

/** End of the data, and mid-year (doses after the reference date, open infant doses). */
const TODAYS: IsoDate[] = ['2025-12-31', '2025-06-15'];

export async function statusDigests(): Promise<CaseDigest[]> {
  const out: CaseDigest[] = [];
  for (const wb of WORKBOOKS) {
    const sample = generateSample({ seed: wb.seed, year: 2025, kelurahan: 3 });
    if (wb.inject) injectErrors(sample);
    const { registers } = readRegisters(readWorkbookBytes(await writeWorkbook(sampleSpecs(sample))), { today: '2025-12-31' });
    if (wb.perturb) perturb(registers, wb.seed);
    for (const { name, rules } of RULES) {
      for (const today of TODAYS) {
        const result = computeStatus(registers, rules, { today });
        const [year, month] = today.split('-').map(Number);
        const due = dueList(result.persons, rules, { year, month });
        out.push(digest(`${wb.name} / ${name} / ${today}`, result, due));
      }
    }
  }
  return out;
}

function digest(name: string, result: StatusResult, due: unknown[]): CaseDigest {
  const { persons, findings } = result;
  const count = (items: Iterable<string>) => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
    return sorted(counts);
  };
  const doses = persons.flatMap((p) => p.doses);
  const byStatus = [0, 0, 0, 0, 0, 0];
  for (const p of persons) byStatus[p.status]++;
  const sum = (f: (p: (typeof persons)[number]) => number) => persons.reduce((a, p) => a + f(p), 0);
  return {
    case: name,
    persons: persons.length,
    doses: doses.length,
    validDoses: doses.filter((d) => d.valid).length,
    invalidDoses: count(doses.filter((d) => !d.valid).map((d) => d.reason!.split(' ').slice(0, 4).join(' ').replace(/\d+/g, 'N'))),
    byStatus,
    lengkap: persons.filter((p) => p.lengkap).length,
    screenings: sum((p) => p.screenings.length),
    screeningsUsed: sum((p) => p.screenings.filter((s) => s.used).length),
    pregnancies: sum((p) => p.pregnancies.length),
    pregnanciesActive: sum((p) => p.pregnancies.filter((n) => n.active).length),
    pregnantAgain: persons.filter((p) => p.pregnancies.length > 1).length,
    infantInvalid: sum((p) => p.infant?.invalid.length ?? 0),
    infantOpen: sum((p) => p.infant?.open.length ?? 0),
    idlReached: sum((p) => (p.infant?.idl?.reached ? 1 : 0)),
    iblReached: sum((p) => (p.infant?.ibl?.reached ? 1 : 0)),
    due: due.length,
    findings: count(findings.map((f) => f.code)),
    sha256: createHash('sha256').update(stableJson({ persons, findings, due })).digest('hex'),
  };
}

/**
 * JSON with object keys sorted (key order is not a result) and the register rows a result
 * points at written as "sheet:row": they are the input, shared by reference, not output.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (isRecord(v)) return `${v.sheet}:${v.row}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return sorted(v as Record<string, unknown>);
    return v;
  });
}

const isRecord = (v: unknown): v is PersonRecord => v !== null && typeof v === 'object' && 'doses' in v && 'nama' in v && 'sheet' in v && !('status' in v);

function sorted<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
}

/**
 * Deterministic trouble a clean sample rarely has, so that every branch of the engine is
 * pinned: doses too close or on the same day as the previous one (across registers too),
 * before birth, out of order; rows without NIK (linked by Kode KK, or not at all), Kode KK
 * conflicts, likely duplicates, half-filled screenings, bumil rows without HPHT, several
 * pregnancies of one woman. Only dates
 * and keys that exist are changed, so `doses` keeps the reader's schema order.
 */
function perturb(registers: Registers, seed: number): void {
  const random = new Random(seed * 7919);
  const rows: PersonRecord[] = [...registers.bayi, ...registers.bias, ...registers.wus, ...registers.caten, ...registers.bumil];
  for (const row of rows) {
    const keys = Object.keys(row.doses);
    if (keys.length >= 2 && random.chance(0.08)) {
      // A dose 0–60 days after another one of the row: too early, or the same day.
      const [a, b] = [random.pick(keys), random.pick(keys)];
      row.doses[b] = addDaysIso(row.doses[a], random.int(0, 60));
    }
    if (keys.length >= 1 && row.tanggalLahir && random.chance(0.01)) row.doses[random.pick(keys)] = addDaysIso(row.tanggalLahir, -random.int(1, 30));
    if (keys.length >= 1 && random.chance(0.02)) row.doses[random.pick(keys)] = addDaysIso(row.doses[random.pick(keys)], -random.int(1, 400));
    if (row.nik && random.chance(0.04)) {
      row.nik = null;
      if (random.chance(0.3)) {
        row.kodeKK = null;
        row.noUrut = null;
      }
    }
    if ((row.sheet === 'wus' || row.sheet === 'caten' || row.sheet === 'bumil') && random.chance(0.05)) {
      if (random.chance(0.5)) row.statusSkrining = row.statusSkrining === null ? random.int(0, 5) : null;
      else row.tanggalSkrining = row.tanggalSkrining === null ? addDaysIso('2024-01-01', random.int(0, 700)) : null;
    }
    if (row.sheet === 'bumil' && random.chance(0.05)) row.hpht = null;
  }
  // The same woman written again under another key (likely duplicate); a row without NIK
  // whose Kode KK + No Urut a NIK row also carries (linked to it, with another birth date),
  // or two NIK rows carry (conflict); a WUS dose on the very day of the same woman's bumil dose.
  const withNik = rows.filter((r) => r.nik);
  const withKk = rows.filter((r) => !r.nik && r.kodeKK && r.noUrut !== null);
  for (let i = 0; i < 6; i++) {
    const [a, b] = [random.pick(withNik), random.pick(withNik)];
    if (a !== b) {
      b.nama = a.nama;
      b.tanggalLahir = a.tanggalLahir;
    }
    const kk = random.pick(withKk);
    const owners = i % 2 === 0 ? [random.pick(withNik)] : [random.pick(withNik), random.pick(withNik)];
    for (const owner of owners) {
      owner.kodeKK = kk.kodeKK;
      owner.noUrut = kk.noUrut;
    }
    if (kk.tanggalLahir && owners.length === 1) kk.tanggalLahir = addDaysIso(kk.tanggalLahir, 1);
  }
  for (const bumil of registers.bumil) {
    const wus = bumil.nik ? registers.wus.find((w) => w.nik === bumil.nik) : undefined;
    const [bd, wd] = [Object.keys(bumil.doses)[0], wus && Object.keys(wus.doses)[0]];
    if (wus && bd && wd && random.chance(0.5)) wus.doses[wd] = bumil.doses[bd];
  }
  // Women with more than one pregnancy in Register Bumil: a later one (Hamil ke- + 1), one
  // without Hamil ke- (ordered by start), one without HPHT; dates moved, so that which
  // pregnancy is current and which doses fall in which pregnancy vary.
  let nextRow = Math.max(0, ...registers.bumil.map((b) => b.row)) + 1;
  for (const bumil of registers.bumil.slice()) {
    if (!bumil.nik || !random.chance(0.15)) continue;
    const shift = random.int(-400, 300);
    const move = (dates: Record<string, IsoDate>) => Object.fromEntries(Object.entries(dates).map(([k, d]) => [k, addDaysIso(d, shift)]));
    registers.bumil.push({
      ...bumil,
      row: nextRow++,
      hamilKe: random.chance(0.3) ? null : (bumil.hamilKe ?? 1) + random.int(-1, 1),
      hpht: bumil.hpht && random.chance(0.8) ? addDaysIso(bumil.hpht, shift) : null,
      doses: move(bumil.doses),
      kunjungan: move(bumil.kunjungan),
    });
  }
}

// `npx tsx test/domain/status/statusDigest.ts` writes the fixture (only for an intended change).
if (require.main === module) {
  void statusDigests().then((digests) => writeFileSync(FIXTURE, `${JSON.stringify(digests, null, 2)}\n`));
}
