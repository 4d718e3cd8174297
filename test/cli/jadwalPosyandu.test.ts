import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { runCli } from '../helpers/cli';
import { Rec, registerWorkbookBytes } from '../helpers/registers';

const dir = mkdtempSync(join(tmpdir(), 'jadwal-posyandu-'));

/** A baby born in May 2025 with only HB0: BCG, Polio, DPT-HB-Hib … are due by December. */
const baby = (i: number, kodeKelurahan: string, posyandu?: string): Rec => ({ kodeKK: `P${i}`, noUrut: 3, nama: `Anak ${i}`, jk: 'L', tanggalLahir: '2025-05-10', namaSuami: `Ibu ${i}`, kodeKelurahan, hb0: '2025-05-10', ...(posyandu === undefined ? {} : { posyandu }) });
/** A woman never immunised: her Td (T1) is due at once. */
const woman = (i: number, kodeKelurahan: string, posyandu?: string): Rec => ({ kodeKK: `W${i}`, noUrut: 2, nama: `Ibu Wus ${i}`, tanggalLahir: '1995-05-05', kodeKelurahan, ...(posyandu === undefined ? {} : { posyandu }) });

/** The Jadwal Bulan Ini of a workbook: its group headings and, per heading, the names under it. */
async function jadwal(bytes: Uint8Array, name: string): Promise<{ groups: [string, string[]][]; findings: string[] }> {
  const file = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-jadwal.xlsx`);
  writeFileSync(file, bytes);
  const periksa = await runCli(['periksa', file, '--tanggal', '2025-12-01', '--json']);
  const run = await runCli(['jadwal', file, '--bulan', '2025-12', '--tanggal', '2025-12-01', '-o', out, '--terpisah']);
  expect(run.code).toBe(0);
  const sheet = readWorkbookBytes(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === 'Jadwal Bulan Ini')!;
  const groups: [string, string[]][] = [];
  for (const r of sheet.rows) {
    const a = r[0];
    if (typeof a === 'string' && /^(Posyandu|Kelurahan) .*: \d+ orang, \d+ dosis, \d+ terlambat$/.test(a)) groups.push([a.replace(/: \d+ orang.*$/, ''), []]);
    else if (typeof a === 'number' && groups.length > 0 && !groups[groups.length - 1][1].includes(String(r[1]))) groups[groups.length - 1][1].push(String(r[1]));
  }
  return { groups, findings: (JSON.parse(periksa.out) as { sheet: string; code: string; column: string }[]).map((f) => `${f.sheet}/${f.code}/${f.column}`) };
}

describe('Jadwal Bulan Ini by posyandu (issue 12 item 5)', () => {
  it('groups by posyandu where the register fills it, by kelurahan otherwise', async () => {
    const bytes = registerWorkbookBytes({
      bayi: [baby(1, 'K01', 'Melati 2'), baby(2, 'K01', 'Melati 1'), baby(3, 'K01'), baby(4, 'K02'), baby(5, 'K01', ' melati  1 ')],
      wus: [woman(1, 'K01', 'Melati 1'), woman(2, 'K02')],
    });
    const { groups, findings } = await jadwal(bytes, 'filled');
    expect(findings.filter((f) => f.includes('Posyandu'))).toEqual([]);
    expect(groups).toEqual([
      // "Melati 1" and " melati  1 " are one posyandu; its kader's list holds the bayi and the WUS due.
      ['Posyandu Melati 1 — Kelurahan Kalicacing (K01)', ['Anak 2', 'Anak 5', 'Ibu Wus 1']],
      ['Posyandu Melati 2 — Kelurahan Kalicacing (K01)', ['Anak 1']],
      ['Kelurahan Kalicacing (K01) — posyandu belum diisi', ['Anak 3']],
      ['Kelurahan Mangunsari (K02)', ['Anak 4', 'Ibu Wus 2']],
    ]);
  });

  it('keeps an older register without the Posyandu column valid, listed by kelurahan', async () => {
    const wb = XLSX.read(registerWorkbookBytes({ bayi: [baby(1, 'K01'), baby(2, 'K02')], wus: [woman(1, 'K01')] }), { type: 'buffer', cellDates: true });
    for (const name of ['Register Bayi', 'Register WUS']) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, defval: null });
      const col = rows[0].indexOf('Posyandu');
      expect(col).toBeGreaterThan(0);
      wb.Sheets[name] = XLSX.utils.aoa_to_sheet(rows.map((r) => r.filter((_, i) => i !== col)));
    }
    const { groups, findings } = await jadwal(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'older');
    // Nothing on the registers without the column (the small workbook lacks other sheets, which periksa says).
    expect(findings.filter((f) => f.startsWith('Register Bayi') || f.startsWith('Register WUS') || f.includes('Posyandu'))).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
    expect(groups).toEqual([
      ['Kelurahan Kalicacing (K01)', ['Anak 1', 'Ibu Wus 1']],
      ['Kelurahan Mangunsari (K02)', ['Anak 2']],
    ]);
  });
});
