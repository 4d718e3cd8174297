import { Finding } from '../../findings';
import { normalizeName } from '../../read/normalize';
import { Cell } from '../../raw';
import { AgeLimit, formatAgeLimit, parseAgeLimit } from '../ageLimit';
import { formatInterval, Interval, parseInterval } from '../interval';
import { AturanRow, AturanSheet, aturanKey } from './readAturan';

/*
 * How the value of one Aturan row is read. Each kind refuses what it cannot read with a
 * reason in Bahasa Indonesia (the caller turns it into a RULE_INVALID finding and keeps the
 * preset's value): a rule is never guessed. The reports use the same kinds for their
 * settings (targets, UCI threshold) through readSetting().
 */

export type SettingParse<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface ValueKind<T> {
  parse(cell: NonNullable<Cell>): SettingParse<T>;
  /** The value as the Aturan sheet would show it. */
  format(value: T): string;
}

const ok = <T>(value: T): SettingParse<T> => ({ ok: true, value });
const bad = <T>(problem: string): SettingParse<T> => ({ ok: false, problem });
const shown = (cell: Cell) => (typeof cell === 'string' ? `"${cell}"` : String(cell));

/** "4 minggu", "6 bulan", "1 tahun". */
export const intervalValue: ValueKind<Interval> = {
  parse: (cell) => {
    const r = parseInterval(cell);
    return r.ok ? ok(r.value) : bad(r.problem);
  },
  format: formatInterval,
};

/** An upper age, one unit or more, largest first: "7 hari", "7 bulan", "6 bulan 29 hari" (written as read). */
export const ageLimitValue: ValueKind<AgeLimit> = {
  parse: (cell) => {
    const r = parseAgeLimit(cell);
    return r.ok ? ok(r.value) : bad(r.problem);
  },
  format: formatAgeLimit,
};

/** Whole days: 3 or "3 hari". */
export const daysValue: ValueKind<number> = {
  parse: (cell) => {
    const s = String(cell).trim().toLowerCase();
    const m = /^(\d+)\s*(hari)?$/.exec(s);
    return m ? ok(Number(m[1])) : bad(`${shown(cell)} bukan jumlah hari. Tulis bilangan bulat, mis. 0 atau "3 hari"`);
  },
  format: (n) => `${n} hari`,
};

/** A whole number within bounds. */
export function wholeValue(min: number, max: number): ValueKind<number> {
  return {
    parse: (cell) => {
      const s = String(cell).trim();
      const n = /^\d+$/.test(s) ? Number(s) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? ok(n) : bad(`${shown(cell)} harus bilangan bulat ${min}–${max}`);
    },
    format: String,
  };
}

/**
 * A percentage, returned as a fraction (0.8 for 80%). Accepts 80, "80%", "80,5%", or an
 * Excel percent cell (stored as 0.8): a number of at most 1 is read as a fraction.
 */
export const percentValue: ValueKind<number> = {
  parse: (cell) => {
    if (typeof cell === 'number') return cell >= 0 && cell <= 100 ? ok(cell <= 1 ? cell : cell / 100) : bad(`${cell} bukan persentase 0–100`);
    const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(String(cell).trim());
    const n = m ? Number(m[1].replace(',', '.')) : NaN;
    return n >= 0 && n <= 100 ? ok(n / 100) : bad(`${shown(cell)} bukan persentase. Tulis mis. 80%`);
  },
  format: (f) => `${String(Math.round(f * 1000) / 10).replace('.', ',')}%`,
};

/** ya / tidak. */
export const yesNoValue: ValueKind<boolean> = {
  parse: (cell) => {
    const s = String(cell).trim().toLowerCase();
    if (['ya', 'y', 'iya', 'benar', '1', 'true'].includes(s)) return ok(true);
    if (['tidak', 't', 'tdk', 'no', '0', 'false', 'bukan'].includes(s)) return ok(false);
    return bad(`${shown(cell)} bukan pilihan. Tulis "ya" atau "tidak"`);
  },
  format: (v) => (v ? 'ya' : 'tidak'),
};

/** One of a few words; each choice may be written several ways. */
export function choiceValue<T extends string>(choices: readonly { value: T; words: readonly string[] }[]): ValueKind<T> {
  const lookup = new Map<string, T>();
  for (const c of choices) for (const w of c.words) lookup.set(normalizeName(w), c.value);
  return {
    parse: (cell) => {
      const v = lookup.get(normalizeName(cell));
      return v !== undefined ? ok(v) : bad(`${shown(cell)} bukan pilihan. Pilih ${choices.map((c) => `"${c.words[0]}"`).join(' atau ')}`);
    },
    format: (v) => choices.find((c) => c.value === v)?.words[0] ?? v,
  };
}

/** A T status: "T2", "TT2", 2. */
export const tStatusValue: ValueKind<number> = {
  parse: (cell) => {
    const s = String(cell).trim().toUpperCase().replace(/^(TT|TD|T)\s*/, '');
    return /^[0-5]$/.test(s) ? ok(Number(s)) : bad(`${shown(cell)} bukan status T. Tulis T0 sampai T5`);
  },
  format: (n) => `T${n}`,
};

/**
 * Reads one setting from the Aturan sheet: its value, or `fallback` when the sheet, the row
 * or the value is absent, or the value cannot be read (then with a RULE_INVALID finding at
 * the Nilai cell).
 *
 * @example readSetting(aturan, 'Batas UCI', percentValue, 0.8) // { value: 0.85, … }
 */
export function readSetting<T>(aturan: AturanSheet | null, name: string, kind: ValueKind<T>, fallback: T): { value: T; row: AturanRow | null; finding: Finding | null } {
  const row = aturan?.rows.get(aturanKey(name)) ?? null;
  if (!aturan || !row || row.value === null) return { value: fallback, row, finding: null };
  const parsed = kind.parse(row.value);
  if (parsed.ok) return { value: parsed.value, row, finding: null };
  return { value: fallback, row, finding: invalidSetting(aturan.sheet, row, parsed.problem, kind.format(fallback)) };
}

/** The finding for an Aturan value that cannot be read; the preset's value (`fallback`) is used instead, or nothing. */
export function invalidSetting(sheet: string, row: AturanRow, problem: string, fallback: string | null): Finding {
  return {
    sheet,
    row: row.row,
    column: 'Nilai',
    code: 'RULE_INVALID',
    severity: 'error',
    message: `${sheet} baris ${row.row}, aturan "${row.name}": ${problem}. ${fallback === null ? 'Baris ini tidak dipakai.' : `Sementara dipakai nilai bawaan (${fallback}).`}`,
    cell: row.cell,
  };
}
