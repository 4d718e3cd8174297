import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

/**
 * The contoh with one namesake pair in Register Bayi and one in Register BIAS (PERSON_LIKELY_DUPLICATE
 * warnings for the doors to agree on): in each, the first later row born on the same day as an earlier
 * one, of the same sex, takes the earlier one's name. Only a name changes, so every figure stays.
 * (The seed-1 sample had two such pairs by chance until the RV and IPV 2 doses changed its draws.)
 */
export function withNamesakes(bytes: Uint8Array): { bytes: Uint8Array; rows: [string, number][] } {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const rows: [string, number][] = [];
  for (const name of ['Register Bayi', 'Register BIAS']) {
    const ws = wb.Sheets[name];
    const range = XLSX.utils.decode_range(ws['!ref']!);
    const aoa: unknown[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: unknown[] = [];
      for (let c = 0; c <= range.e.c; c++) row.push((ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)?.v ?? null);
      aoa.push(row);
    }
    const h = aoa.findIndex((r) => r.includes('Nama') && r.includes('Tanggal Lahir'));
    const [nama, lahir, jk] = ['Nama', 'Tanggal Lahir', 'Jenis Kelamin'].map((c) => aoa[h].indexOf(c));
    const first = new Map<string, number>();
    for (let i = h + 1; i < aoa.length; i++) {
      const key = `${String(aoa[i][lahir])}|${String(aoa[i][jk])}`;
      if (aoa[i][lahir] === null || aoa[i][nama] === null) continue;
      const j = first.get(key);
      if (j === undefined) {
        first.set(key, i);
        continue;
      }
      if (aoa[j][nama] === aoa[i][nama]) continue;
      ws[XLSX.utils.encode_cell({ r: i, c: nama })] = { t: 's', v: String(aoa[j][nama]) };
      rows.push([name, i + 1]);
      break;
    }
  }
  return { bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), rows };
}

let written: { path: string; rows: [string, number][] } | null = null;
/** templates/contoh-puskesmas.xlsx with its namesake pairs, written once to a temporary file. */
export function contohWithNamesakes(): { path: string; rows: [string, number][] } {
  if (!written) {
    const { bytes, rows } = withNamesakes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const path = join(mkdtempSync(join(tmpdir(), 'contoh-namesakes-')), 'contoh-puskesmas.xlsx');
    writeFileSync(path, bytes);
    written = { path, rows };
  }
  return written;
}
