import { readFileSync, writeFileSync } from 'node:fs';
import { aturanTemplateRows } from '../src/domain/rules/aturan/catalog';
import { AgeLimit, formatAgeLimit } from '../src/domain/rules/ageLimit';
import { doseHeader } from '../src/domain/rules/doses';
import { formatInterval } from '../src/domain/rules/interval';
import { rulesFor } from '../src/domain/rules/scheduleRules';
import { SCHEDULE_KEYS, SCHEDULES } from '../src/domain/rules/schedules';
import { Interval } from '../src/domain/rules/types';
import { dropOutLabel, dropOutPairsIn, listTextId } from '../src/domain/programme/dropOutPairs';

/** npm run docs:rules — the generated parts of docs/rules.md: the schedule presets and the Aturan rows, from the rules themselves. */
export const RULES_DOC = 'docs/rules.md';
export const BEGIN = '<!-- BEGIN: dibuat dari katalog aturan (npm run docs:rules) -->';
export const END = '<!-- END: dibuat dari katalog aturan -->';
export const SCHEDULE_BEGIN = '<!-- BEGIN: jadwal dari preset (npm run docs:rules) -->';
export const SCHEDULE_END = '<!-- END: jadwal dari preset -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function generatedSection(): string {
  const out = [BEGIN, '', '| Aturan | Bawaan "Td terkini" | Bawaan "2005 (TT)" | Keterangan |', '|---|---|---|---|'];
  for (const r of aturanTemplateRows()) out.push(`| ${cell(r.aturan)} | ${cell(r.bawaan.td)} | ${cell(r.bawaan.tt2005)} | ${cell(r.keterangan)} |`);
  out.push('', END);
  return out.join('\n');
}

const DAYS: Record<Interval['unit'], number> = { hari: 1, minggu: 7, bulan: 30.44, tahun: 365.25 };
const ageText = (age: Interval, expiry: AgeLimit | null) => (age.amount === 0 ? `0${expiry ? ` (≤ ${formatAgeLimit(expiry)})` : ''}` : `${formatInterval(age)}${expiry ? ` (paling lambat ${formatAgeLimit(expiry)})` : ''}`);

/** Each schedule preset: its infant doses by age, IDL and IBL by default, and the documents it rests on. */
export function scheduleSection(): string {
  const out = [SCHEDULE_BEGIN, ''];
  for (const key of SCHEDULE_KEYS) {
    const info = SCHEDULES[key];
    const rules = rulesFor('td', key);
    out.push(`### Jadwal Imunisasi "${info.name}"`, '', '| Umur | Dosis |', '|---|---|');
    const byAge = new Map<string, { days: number; doses: string[] }>();
    for (const r of rules.infant.schedule) {
      const text = ageText(r.age, r.expiry);
      const entry = byAge.get(text) ?? { days: r.age.amount * DAYS[r.age.unit], doses: [] };
      entry.doses.push(doseHeader('bayi', r.dose));
      byAge.set(text, entry);
    }
    for (const [age, { doses }] of [...byAge].sort((a, b) => a[1].days - b[1].days)) out.push(`| ${cell(age)} | ${cell(doses.join(', '))} |`);
    const list = (doses: readonly string[]) => doses.map((d) => doseHeader('bayi', d)).join(', ');
    const dropOut = dropOutPairsIn(rules.infant.schedule.map((r) => r.dose)).map(dropOutLabel);
    out.push('', `IDL bawaan: ${list(rules.idl.doses)} sebelum umur ${formatInterval(rules.idl.before)}. IBL bawaan: ${list(rules.ibl.doses)} sebelum umur ${formatInterval(rules.ibl.before)}. Drop-out: ${listTextId(dropOut)}.`, '', 'Sumber:', '');
    for (const s of info.sources) out.push(`- ${s.document}: ${s.sets}.`);
    out.push('');
  }
  out.push(SCHEDULE_END);
  return out.join('\n');
}

const replaceBetween = (doc: string, begin: string, end: string, section: string) => {
  const start = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  if (start < 0 || stop < 0) throw new Error(`${RULES_DOC} has no generated-section markers ${begin}`);
  return doc.slice(0, start) + section + doc.slice(stop + end.length);
};

/** The doc with its generated sections replaced. */
export function updatedDoc(current: string): string {
  return replaceBetween(replaceBetween(current, BEGIN, END, generatedSection()), SCHEDULE_BEGIN, SCHEDULE_END, scheduleSection());
}

if (require.main === module) {
  writeFileSync(RULES_DOC, updatedDoc(readFileSync(RULES_DOC, 'utf8')));
  process.stdout.write(`${RULES_DOC} diperbarui.\n`);
}
