import { readFileSync, writeFileSync } from 'node:fs';
import { aturanTemplateRows } from '../src/domain/rules/aturan/catalog';

/** npm run docs:rules — the table of Aturan rows in docs/rules.md, from the rule catalog itself. */
export const RULES_DOC = 'docs/rules.md';
export const BEGIN = '<!-- BEGIN: dibuat dari katalog aturan (npm run docs:rules) -->';
export const END = '<!-- END: dibuat dari katalog aturan -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function generatedSection(): string {
  const out = [BEGIN, '', '| Aturan | Bawaan "Td terkini" | Bawaan "2005 (TT)" | Keterangan |', '|---|---|---|---|'];
  for (const r of aturanTemplateRows()) out.push(`| ${cell(r.aturan)} | ${cell(r.bawaan.td)} | ${cell(r.bawaan.tt2005)} | ${cell(r.keterangan)} |`);
  out.push('', END);
  return out.join('\n');
}

/** The doc with its generated section replaced. */
export function updatedDoc(current: string): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${RULES_DOC} has no generated-section markers`);
  return current.slice(0, start) + generatedSection() + current.slice(end + END.length);
}

if (require.main === module) {
  writeFileSync(RULES_DOC, updatedDoc(readFileSync(RULES_DOC, 'utf8')));
  process.stdout.write(`${RULES_DOC} diperbarui.\n`);
}
