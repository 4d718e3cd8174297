import { readFileSync } from 'node:fs';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { Registers } from '../../src/domain/registers/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { tableUnder } from '../helpers/tables';

/*
 * An independent recount of every Data Laporan number of the generated sample
 * (templates/contoh-puskesmas.xlsx), written as plainly as possible: loops over the register
 * rows, nothing shared with the report code but the register reader. The report's numbers are
 * read back from the written xlsx, so the sheet is checked too.
 */
type Counts = Map<string, { nilai: number; sasaran: number | null }>;

const INFANT = ['hb0', 'bcg', 'polio1', 'polio2', 'polio3', 'polio4', 'dpt1', 'dpt2', 'dpt3', 'ipv', 'pcv1', 'pcv2', 'pcv3', 'mr1', 'dpt4', 'mr2'];
const BIAS: Record<string, [string, 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5']> = {
  dtK1: ['bias_dt_k1', 'murid1'],
  mrK1: ['bias_mr_k1', 'murid1'],
  tdK2: ['bias_td_k2', 'murid2'],
  tdK3: ['bias_td_k3', 'murid3'],
  tdK5: ['bias_td_k5', 'murid5'],
  hpv: ['bias_hpv_k5', 'muridPerempuan5'],
};
// The contoh's vaccine codes and the register columns each one serves.
const SERVES: Record<string, { bayi?: string[]; bias?: string[]; women?: boolean; luar: (k: string) => boolean }> = {
  HB0: { bayi: ['hb0'], luar: (k) => k === 'hb0' },
  BCG: { bayi: ['bcg'], luar: (k) => k === 'bcg' },
  POLIO: { bayi: ['polio1', 'polio2', 'polio3', 'polio4'], luar: (k) => k.startsWith('polio') },
  'DPT-HB-HIB': { bayi: ['dpt1', 'dpt2', 'dpt3', 'dpt4'], luar: (k) => k.startsWith('dpt') },
  IPV: { bayi: ['ipv'], luar: (k) => k === 'ipv' },
  PCV: { bayi: ['pcv1', 'pcv2', 'pcv3'], luar: (k) => k.startsWith('pcv') },
  MR: { bayi: ['mr1', 'mr2'], bias: ['mrK1'], luar: (k) => k === 'mr1' || k === 'mr2' },
  DT: { bias: ['dtK1'], luar: () => false },
  TD: { bias: ['tdK2', 'tdK3', 'tdK5'], women: true, luar: (k) => /T\d$/.test(k) },
  HPV: { bias: ['hpv'], luar: () => false },
};

function recount(r: Registers, year: number, month: number): Counts {
  const out: Counts = new Map();
  const add = (kel: string, name: string, n: number, sasaran: number | null) => {
    const key = `${kel}|${name}`;
    const cur = out.get(key);
    out.set(key, { nilai: (cur?.nilai ?? 0) + n, sasaran });
  };
  const inPeriod = (date: string) => Number(date.slice(0, 4)) === year && Number(date.slice(5, 7)) <= month;
  const thisMonth = (date: string) => Number(date.slice(0, 4)) === year && Number(date.slice(5, 7)) === month;

  const kels = r.kelurahan.filter((k) => k.tahun === year);
  const sasaran = (kel: string, key: string) => {
    const k = kels.find((x) => x.kode === kel);
    if (!k) return null;
    const last = r.kelurahan.find((x) => x.kode === kel && x.tahun === year - 1);
    return key === 'dpt4' || key === 'mr2' ? (last?.sasaranBayi ?? k.sasaranBayi) : k.sasaranBayi;
  };
  const kelOf = (code: string | null) => (kels.some((k) => k.kode === code) ? code! : '?');
  const sum = (values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));

  const doses: Counts = new Map();
  const dose = (kel: string, name: string) => doses.set(`${kel}|${name}`, { nilai: (doses.get(`${kel}|${name}`)?.nilai ?? 0) + 1, sasaran: null });
  for (const b of r.bayi) {
    for (const key of INFANT) {
      const date = b.doses[key];
      if (date && thisMonth(date)) dose(kelOf(b.kodeKelurahan), key);
      if (date && inPeriod(date)) dose(kelOf(b.kodeKelurahan), `${key}_kumulatif`);
    }
  }
  for (const l of r.luar) {
    if (l.tahun !== year || l.bulan === null || l.bulan > month) continue;
    for (const key of INFANT) {
      const n = l.counts[key] ?? 0;
      for (let i = 0; i < n; i++) {
        if (l.bulan === month) dose(kelOf(l.kodeKelurahan), key);
        dose(kelOf(l.kodeKelurahan), `${key}_kumulatif`);
      }
    }
  }
  const rowsOf = [...kels.map((k) => k.kode), ...([...doses.keys()].some((k) => k.startsWith('?|')) ? ['?'] : [])];
  for (const kel of rowsOf) {
    for (const key of INFANT) {
      for (const name of [key, `${key}_kumulatif`]) add(kel, name, doses.get(`${kel}|${name}`)?.nilai ?? 0, sasaran(kel, key));
    }
  }
  for (const key of INFANT) {
    for (const name of [key, `${key}_kumulatif`]) add('TOTAL', name, rowsOf.reduce((n, kel) => n + (doses.get(`${kel}|${name}`)?.nilai ?? 0), 0), sum(rowsOf.map((kel) => sasaran(kel, key))));
  }
  for (const k of kels) add(k.kode, 'desa', 1, null);
  add('TOTAL', 'desa', kels.length, null);

  const schools = r.sekolah.filter((s) => s.tahun === year);
  const biasKels = [...new Set(schools.map((s) => s.kodeKelurahan ?? '?'))];
  for (const [key, [name, murid]] of Object.entries(BIAS)) {
    const byKel = new Map<string, number>();
    for (const p of r.bias) {
      const date = p.doses[key];
      if (!date || !inPeriod(date)) continue;
      const school = schools.find((s) => s.kode === p.kodeSekolah);
      const kel = school ? (school.kodeKelurahan ?? '?') : '?';
      byKel.set(kel, (byKel.get(kel) ?? 0) + 1);
    }
    const kelsHere = [...new Set([...biasKels, ...byKel.keys()])];
    for (const kel of kelsHere) add(kel, name, byKel.get(kel) ?? 0, sum(schools.filter((s) => (s.kodeKelurahan ?? '?') === kel).map((s) => s[murid])));
    add('TOTAL', name, [...byKel.values()].reduce((a, b) => a + b, 0), sum(schools.map((s) => s[murid])));
  }

  for (const v of r.vaksin) {
    const serves = SERVES[v.kode];
    const s = r.stok.find((x) => x.kodeVaksin === v.kode && x.tahun === year && x.bulan === month);
    if (s) {
      add('TOTAL', `stok.${v.kode}.awal`, s.stokAwal!, null);
      add('TOTAL', `stok.${v.kode}.diterima`, s.diterima!, null);
      add('TOTAL', `stok.${v.kode}.dipakai`, s.dipakai!, null);
      add('TOTAL', `stok.${v.kode}.rusak`, s.rusak ?? 0, null);
      add('TOTAL', `stok.${v.kode}.akhir`, s.stokAkhir!, null);
    }
    let n = 0;
    for (const b of r.bayi) for (const key of serves.bayi ?? []) if (b.doses[key] && thisMonth(b.doses[key])) n++;
    for (const p of r.bias) for (const key of serves.bias ?? []) if (p.doses[key] && thisMonth(p.doses[key])) n++;
    if (serves.women) for (const w of [...r.wus, ...r.caten, ...r.bumil]) for (const date of Object.values(w.doses)) if (thisMonth(date)) n++;
    for (const l of r.luar) if (l.tahun === year && l.bulan === month) for (const [key, c] of Object.entries(l.counts)) if (serves.luar(key)) n += c;
    add('TOTAL', `stok.${v.kode}.dosis`, n, null);
  }
  return out;
}

describe('the report agrees with an independent recount of the generated sample', () => {
  const bytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
  const workbook = readWorkbookBytes(bytes);
  const { registers } = readRegisters(workbook, { today: '2026-01-05' });

  it.each([12, 6, 1])('month %i of 2025: every Data Laporan number, read back from the written file', async (month) => {
    const result = monthlyReport(workbook, { year: 2025, month, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
    const written = readWorkbookBytes(await writeWorkbook(result.specs));
    const back = readDataLaporan(written.sheets.find((s) => s.name === 'Data Laporan')!);
    if (!back.ok) throw new Error(JSON.stringify(back.findings));
    const reported: Counts = new Map(back.data.rows.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, { nilai: r.nilai, sasaran: r.sasaran }]));
    const expected = recount(registers, 2025, month);
    expect(reported.size).toBe(back.data.rows.length);
    expect(Object.fromEntries([...reported].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(expected.size).toBeGreaterThan(250);
    // The coverage table of the Laporan Imunisasi sheet: the recounted cumulative ÷ sasaran.
    const coverage = tableUnder(result.specs.find((s) => s.name === 'Laporan Imunisasi')!, 'D.').filter((r) => r.length > 5 && r[2] !== null && String(r[2]).indexOf('Garis') < 0);
    expect(coverage).toHaveLength(6);
    for (const row of coverage) {
      const kel = row[1] === null ? 'TOTAL' : String(row[1]);
      INFANT.forEach((key, i) => {
        const c = expected.get(`${kel}|${key}_kumulatif`)!;
        expect([kel, key, row[5 + i]]).toEqual([kel, key, c.nilai / c.sasaran!]);
      });
    }
  });
});
