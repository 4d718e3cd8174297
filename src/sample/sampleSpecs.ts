import { Cell } from '../domain/raw';
import { SHEETS } from '../domain/schema/registers';
import { SheetSchema } from '../domain/schema/types';
import { SheetSpec } from '../sheets/spec';
import { guideSheetSpec } from '../sheets/template/guideSheet';
import { registerSheetSpec } from '../sheets/template/registerSheet';
import { targetSheetSpec } from '../sheets/rules/targetSheet';
import { SampleWorkbook } from './generateSample';

/** The sample laid out exactly like the template: Petunjuk, every standard sheet filled, then Target with the defaults of its year. */
export function sampleSpecs(sample: SampleWorkbook): SheetSpec[] {
  const sheets = SHEETS.filter((s) => !sample.omit.includes(s.key)).map((schema) => withEdits(sample, schema));
  const year = sample.fields.tahun;
  return [guideSheetSpec(), ...sheets, ...(typeof year === 'number' ? [targetSheetSpec(year)] : [])];
}

/**
 * Applies the injected layout edits: a sheet blank or without its header row, fields or
 * trailing columns left out, columns added or renamed, merges.
 */
function withEdits(sample: SampleWorkbook, schema: SheetSchema): SheetSpec {
  if (sample.blank.includes(schema.key)) return { name: schema.name, role: 'register', values: [] };
  if (schema.layout === 'fields') {
    const trimmed = { ...schema, columns: schema.columns.filter((c) => !sample.omitFields.includes(c.key)) };
    return registerSheetSpec(trimmed, { fields: sample.fields });
  }
  const drop = sample.dropLastColumns[schema.name] ?? 0;
  const columns = schema.columns.slice(0, schema.columns.length - drop);
  const rows = sample.tables[schema.key as keyof SampleWorkbook['tables']].map((r) => r.slice(0, columns.length));
  const spec = registerSheetSpec({ ...schema, columns }, { rows });
  const extra = sample.extraColumns[schema.name] ?? [];
  const renamed = sample.renamedHeaders[schema.name] ?? {};
  const values = spec.values.map((written, i) => {
    const row = i === 2 ? written.map((cell, j) => renamed[columns[j]?.key] ?? cell) : written;
    if (extra.length === 0 || i < 2) return row;
    const cells: Cell[] = i === 2 ? extra.map((e) => e.header) : extra.map((e) => e.values[i - 3] ?? null);
    return [...row, ...Array<Cell>(Math.max(0, columns.length - row.length)).fill(null), ...cells];
  });
  const merges = [...(spec.merges ?? []), ...(sample.merges[schema.name] ?? [])];
  // Data pasted under the title without the header row (row 3 then holds the first person).
  if (sample.headerless.includes(schema.key)) return { ...spec, values: values.filter((_, i) => i !== 2), merges, autoFilter: undefined };
  return { ...spec, values, merges };
}
