import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { generateSample, ROWS_PER_KELURAHAN } from '../src/sample/generateSample';
import { injectErrors } from '../src/sample/injectErrors';
import { sampleSpecs } from '../src/sample/sampleSpecs';

/**
 * npm run sample -- --seed 1 [--tahun 2025] [--kelurahan 5 | --baris 10000] [--errors] -o file.xlsx
 * Writes a realistic puskesmas workbook; with --errors, one instance of every kind of data
 * problem at known places (the list is printed as JSON on stdout).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      tahun: { type: 'string', default: '2025' },
      kelurahan: { type: 'string' },
      baris: { type: 'string' },
      errors: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o', default: 'out/sampel.xlsx' },
    },
  });
  const kelurahan = values.baris ? Math.max(1, Math.round(Number(values.baris) / ROWS_PER_KELURAHAN)) : Number(values.kelurahan ?? 5);
  const sample = generateSample({ seed: Number(values.seed), year: Number(values.tahun), kelurahan });
  const expected = values.errors ? injectErrors(sample) : [];
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, await writeWorkbook(sampleSpecs(sample), { created: new Date(Date.UTC(Number(values.tahun) + 1, 0, 1)) }));
  const rows = Object.values(sample.tables).reduce((n, t) => n + t.length, 0);
  process.stderr.write(`Sampel ditulis: ${values.out} (${kelurahan} kelurahan, ${rows} baris)\n`);
  if (values.errors) process.stdout.write(`${JSON.stringify(expected, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
