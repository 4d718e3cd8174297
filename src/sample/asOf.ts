import { isoDateToSerial } from '../domain/dates/excelSerial';
import { IsoDate } from '../domain/dates/isoDate';
import { SHEETS } from '../domain/schema/registers';
import { PersonRegister, SampleWorkbook } from './generateSample';

/**
 * The sample's person registers as they stood on `day`: people born later not yet in, dates
 * after it not yet written (a report made early in the month, for the verification factor).
 */
export function sampleAsOf(sample: SampleWorkbook, day: IsoDate): SampleWorkbook {
  const cutoff = isoDateToSerial(day);
  const tables = { ...sample.tables };
  for (const schema of SHEETS) {
    if (!schema.persons) continue;
    const key = schema.key as PersonRegister;
    const birth = schema.columns.findIndex((c) => c.key === 'tanggalLahir');
    const later = (c: unknown, i: number) => schema.columns[i].type === 'date' && schema.columns[i].key !== 'rencanaNikah' && typeof c === 'number' && c > cutoff;
    tables[key] = sample.tables[key].filter((r) => !later(r[birth], birth)).map((r) => r.map((c, i) => (later(c, i) ? null : c)));
  }
  return { ...sample, tables };
}
