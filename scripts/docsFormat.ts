import { readFileSync, writeFileSync } from 'node:fs';
import { FINDING_CATALOG } from '../src/domain/findingCatalog';
import { SHEETS } from '../src/domain/schema/registers';
import { columnContent, NEED_TEXT } from '../src/domain/schema/describe';
import { withIndicatorSection } from './docsIndicators';

/** npm run docs:format — the generated part of docs/format.md, from the schema itself. */
export const FORMAT_DOC = 'docs/format.md';
export const BEGIN = '<!-- BEGIN: dibuat dari skema (npm run docs:format) -->';
export const END = '<!-- END: dibuat dari skema -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function generatedSection(): string {
  const out: string[] = [BEGIN, ''];
  for (const sheet of SHEETS) {
    out.push(`### ${sheet.name}${sheet.required ? '' : ' (tidak wajib)'}`, '', sheet.description, '');
    if (sheet.layout === 'fields') out.push('Sheet ini berisi pasangan keterangan (kolom A) dan nilai (kolom B).', '');
    out.push('| Kolom | Keharusan | Isi | Nama lain yang diterima |', '|---|---|---|---|');
    for (const c of sheet.columns) {
      out.push(`| ${cell(c.header)} | ${NEED_TEXT[c.need]} | ${cell(columnContent(c))} | ${cell((c.aliases ?? []).join(', ') || '—')} |`);
    }
    out.push('');
  }
  out.push('### Kode temuan pemeriksaan', '', '| Kode | Artinya | Cara memperbaiki |', '|---|---|---|');
  for (const [code, { meaning, fix }] of Object.entries(FINDING_CATALOG)) out.push(`| \`${code}\` | ${cell(meaning)} | ${cell(fix)} |`);
  out.push('', END);
  return out.join('\n');
}

/** The doc with its generated section replaced. */
export function updatedDoc(current: string): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${FORMAT_DOC} has no generated-section markers`);
  return current.slice(0, start) + generatedSection() + current.slice(end + END.length);
}

if (require.main === module) {
  writeFileSync(FORMAT_DOC, withIndicatorSection(updatedDoc(readFileSync(FORMAT_DOC, 'utf8'))));
  process.stdout.write(`${FORMAT_DOC} diperbarui.\n`);
}
