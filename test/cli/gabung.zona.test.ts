import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { runCli } from '../helpers/cli';
import { registerWorkbookBytes } from '../helpers/registers';

const dir = mkdtempSync(join(tmpdir(), 'gabung-zona-'));
const report = join(dir, 'p01.xlsx');
// 16:30 UTC on 10 January: 23:30 on the 10th in WIB (on time), already the 11th in WITA and WIT (late).
const MTIME = new Date('2026-01-10T16:30:00Z');
// The CLI's clock in these runs: 03:00 UTC on 15 January.
const NOW = new Date('2026-01-15T03:00:00Z');

beforeAll(async () => {
  // No generation stamp: Dinkes dates the report by its file, on its own clock.
  writeFileSync(report, await writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P01', { dibuat: null }), 'x')]));
  utimesSync(report, MTIME, MTIME);
  writeFileSync(
    join(dir, 'dinkes-wit.xlsx'),
    await writeWorkbook([
      { name: 'Puskesmas', role: 'register', values: [['Keterangan', 'Nilai'], ['Zona Waktu', 'WIT']] },
      { name: 'Daftar Puskesmas', role: 'register', values: [['Kode Puskesmas', 'Nama Puskesmas'], ['P01', 'Satu']] },
    ]),
  );
});

/** The stamp on the district sheets, and the one puskesmas's line of Kelengkapan & Ketepatan. */
function stamps(path: string) {
  const sheets = readWorkbookBytes(new Uint8Array(readFileSync(path))).sheets;
  const kelengkapan = sheets.find((s) => s.name === 'Kelengkapan & Ketepatan')!;
  const line = kelengkapan.rows.find((r) => r[0] === 'P01')!;
  return { made: String(sheets.find((s) => s.name === 'PWS Kabupaten')!.rows[0][0]), dated: line[3], by: line[4], onTime: line[5] };
}

describe('imunisasi gabung --zona', () => {
  it("stamps the district report and dates the files on Dinkes's clock: WIB by default, WITA or WIT when given", async () => {
    const runs = [
      [[], 'WIB', '15-01-2026 10:00 WIB', '10-01-2026 23:30 WIB', 'Ya'],
      [['--zona', 'wita'], 'WITA', '15-01-2026 11:00 WITA', '11-01-2026 00:30 WITA', 'Tidak'],
      [['--zona', 'WIT'], 'WIT', '15-01-2026 12:00 WIT', '11-01-2026 01:30 WIT', 'Tidak'],
    ] as const;
    for (const [args, zone, made, dated, onTime] of runs) {
      const out = join(dir, `kab-${zone}.xlsx`);
      const run = await runCli(['gabung', report, '--bulan', '2025-12', '-o', out, ...args], NOW);
      expect(run.code).toBeLessThan(2);
      const seen = stamps(out);
      expect(seen.made).toContain(`pada ${made}`);
      expect(seen).toMatchObject({ dated, by: 'tanggal file', onTime });
    }
  });

  it("counts a register workbook merged on the fly up to Dinkes's today: a dose of 11 January is a date in the future at 23:30 WIB on the 10th, and counts at 00:30 WITA or 01:30 WIT on the 11th", async () => {
    const registers = join(dir, 'register-p3373010.xlsx');
    writeFileSync(registers, registerWorkbookBytes({ bayi: [{ kodeKK: 'P1', noUrut: 3, nama: 'Anak 1', jk: 'L', tanggalLahir: '2025-12-20', namaSuami: 'Ibu 1', kodeKelurahan: 'K01', hb0: '2025-12-20', bcg: '2026-01-11' }] }));
    // 16:30 UTC on 10 January, while January is being merged.
    const at = new Date('2026-01-10T16:30:00Z');
    const bcg = async (args: string[]) => {
      const run = await runCli(['gabung', registers, '--bulan', '2026-01', '--json', ...args], at);
      const json = JSON.parse(run.out) as { puskesmas: { indikator: Record<string, { nilai: number }>; tidakDapatDihitung: Record<string, string>; belumFinal: boolean }[]; temuan: { message: string }[] };
      const [p] = json.puskesmas;
      return { code: run.code, bcg: p.indikator.bcg?.nilai ?? p.tidakDapatDihitung.bcg, belumFinal: p.belumFinal, temuan: json.temuan.map((t) => t.message).join('\n') };
    };
    const wib = await bcg([]);
    expect(wib).toMatchObject({ code: 5, bcg: 'tidak dapat dihitung: error di Register Bayi kolom "BCG" baris 2', belumFinal: true });
    expect(wib.temuan).toMatch(/Register Bayi baris 2 kolom "BCG" \(DATE_FUTURE\)/);
    for (const zone of ['WITA', 'WIT']) expect(await bcg(['--zona', zone])).toEqual({ code: 0, bcg: 1, belumFinal: false, temuan: '' });
  });

  it('without --zona takes the Zona Waktu of the Daftar Puskesmas workbook, as the pane takes the open workbook\'s; refuses a zone it does not know', async () => {
    const out = join(dir, 'kab-daftar.xlsx');
    const run = await runCli(['gabung', report, '--bulan', '2025-12', '--daftar', join(dir, 'dinkes-wit.xlsx'), '-o', out], NOW);
    expect(run.code).toBeLessThan(2);
    expect(stamps(out)).toMatchObject({ dated: '11-01-2026 01:30 WIT', onTime: 'Tidak' });

    const bad = await runCli(['gabung', report, '--bulan', '2025-12', '--zona', 'GMT+7', '-o', join(dir, 'x.xlsx')], NOW);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--zona "GMT+7" tidak dikenal: tulis WIB, WITA atau WIT');
  });
});
