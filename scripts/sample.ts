import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTextDate } from '../src/domain/dates/textDate';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { generateSample, PersonRegister, SampleOptions, sizeForRows } from '../src/sample/generateSample';
import { injectErrors } from '../src/sample/injectErrors';
import { sampleKabupaten } from '../src/sample/kabupaten';
import { sampleSpecs } from '../src/sample/sampleSpecs';

const USAGE = `npm run sample -- [--seed 1] [--tahun 2025] [--sampai 31-12-2025] [--kelurahan 5]
    [--baris N | --bayi N --bias N --wus N --caten N --bumil N] [--errors] [-o out/sampel.xlsx]
  npm run sample -- --kabupaten 8 [--seed 1] [--tahun 2025] [--sampai 31-12-2025] [--kelurahan N] [-o out/kabupaten]`;

const REGISTERS: PersonRegister[] = ['bayi', 'bias', 'wus', 'caten', 'bumil'];

class UsageError extends Error {}

function whole(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} "${text}" harus bilangan bulat ${min} atau lebih.`);
  return n;
}

/**
 * Writes a realistic puskesmas workbook laid out like the template; with --errors, one
 * instance of every kind of data problem at known places (the list is printed as JSON on
 * stdout). --baris N sizes the person registers to about N rows in all (kelurahan follow);
 * --bayi/--bias/… size single registers. The contoh is `--seed 1 -o templates/contoh-puskesmas.xlsx`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      tahun: { type: 'string', default: '2025' },
      sampai: { type: 'string' },
      kelurahan: { type: 'string' },
      baris: { type: 'string' },
      ...Object.fromEntries(REGISTERS.map((r) => [r, { type: 'string' as const }])),
      errors: { type: 'boolean', default: false },
      kabupaten: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  const text = values as unknown as Record<string, string | undefined>;
  const year = whole('tahun', values.tahun, 1950)!;
  let end: string | undefined;
  if (values.sampai !== undefined) {
    const parsed = parseTextDate(values.sampai);
    if (!parsed.ok || parsed.date < `${year}-01-01`) throw new UsageError(`--sampai "${values.sampai}" harus tanggal hari-bulan-tahun di tahun ${year} atau sesudahnya.`);
    end = parsed.date;
  }
  const kabupaten = whole('kabupaten', values.kabupaten, 1);
  if (kabupaten !== undefined) {
    await writeKabupaten(kabupaten, { seed: whole('seed', values.seed, 0)!, year, end, kelurahan: whole('kelurahan', values.kelurahan, 1), out: values.out ?? 'out/kabupaten' });
    return;
  }
  const out = values.out ?? 'out/sampel.xlsx';
  const baris = whole('baris', values.baris, 1);
  const sized = baris !== undefined ? sizeForRows(baris) : { kelurahan: 5, rows: {} };
  const rows: SampleOptions['rows'] = { ...sized.rows };
  for (const r of REGISTERS) {
    const n = whole(r, text[r], 0);
    if (n !== undefined) rows[r] = n;
  }
  const options: SampleOptions = { seed: whole('seed', values.seed, 0)!, year, end, kelurahan: whole('kelurahan', values.kelurahan, 1) ?? sized.kelurahan, rows };
  const sample = generateSample(options);
  const expected = values.errors ? injectErrors(sample) : [];
  mkdirSync(dirname(out), { recursive: true });
  // A fixed creation stamp: the same seed gives the same file.
  writeFileSync(out, await writeWorkbook(sampleSpecs(sample), { created: new Date(Date.UTC(year + 1, 0, 1)) }));
  const counts = REGISTERS.map((r) => `${r} ${sample.tables[r].length}`).join(', ');
  process.stderr.write(`Sampel ditulis: ${out} (Kode Puskesmas ${sample.fields.kode}; ${options.kelurahan} kelurahan; ${counts})\n`);
  if (values.errors) process.stdout.write(`${JSON.stringify(expected, null, 2)}\n`);
}

/**
 * --kabupaten N: N puskesmas (seeds seed, seed + 1, …, each its own code) into `out`: their
 * register workbooks in register/, their monthly reports in laporan/, and daftar-puskesmas.xlsx;
 * then the gabung command that merges them.
 */
async function writeKabupaten(count: number, options: { seed: number; year: number; end?: string; kelurahan?: number; out: string }): Promise<void> {
  const district = await sampleKabupaten({ count, seed: options.seed, year: options.year, end: options.end, kelurahan: options.kelurahan });
  for (const [folder, files] of [['register', district.registers], ['laporan', district.reports]] as const) {
    mkdirSync(join(options.out, folder), { recursive: true });
    for (const file of files) writeFileSync(join(options.out, folder, file.name), file.bytes);
  }
  writeFileSync(join(options.out, district.daftar.name), district.daftar.bytes);
  const month = `${district.tahun}-${String(district.bulan).padStart(2, '0')}`;
  process.stderr.write(
    `${count} puskesmas ditulis ke ${options.out}/: register/ (buku kerja register), laporan/ (laporan bulanan ${month}), ${district.daftar.name}\n` +
      district.puskesmas.map((p) => `  ${p.kode}  ${p.nama}\n`).join('') +
      `Coba gabung:\n  npm run imunisasi -- gabung ${join(options.out, 'laporan')} --bulan ${month} --daftar ${join(options.out, district.daftar.name)} -o ${join(options.out, `kabupaten-${month}.xlsx`)}\n`,
  );
}

main().catch((error) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${(error as Error).message}\nPemakaian: ${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
