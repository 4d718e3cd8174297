import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { StatusJson } from '../../src/cli/commands/status';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { makeNik } from '../../src/sample/nik';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { runCli } from '../helpers/cli';
import { registerWorkbookBytes } from '../helpers/registers';

const CONTOH = 'templates/contoh-puskesmas.xlsx';
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dir = mkdtempSync(join(tmpdir(), 'status-cli-'));

describe('imunisasi status', () => {
  let persons: StatusJson[];
  beforeAll(async () => {
    const { code, out } = await runCli(['status', CONTOH, '--tanggal', '2025-12-31', '--json']);
    expect(code).toBe(0);
    persons = JSON.parse(out) as StatusJson[];
  });

  it('prints one object per person with exactly the fields of the issue, dates as YYYY-MM-DD', () => {
    expect(persons.length).toBeGreaterThan(1000);
    for (const p of persons) {
      expect(Object.keys(p)).toEqual(['id', 'nama', 'kelurahan', 'status', 'terlindungSampai', 'berikutnya', 'lengkap', 'dosis']);
      expect(p.status).toBeGreaterThanOrEqual(0);
      expect(p.status).toBeLessThanOrEqual(5);
      expect(p.lengkap).toBe(p.status === 5);
      expect(p.berikutnya === null).toBe(p.lengkap);
      if (p.berikutnya !== null) expect(p.berikutnya).toMatch(ISO);
      if (p.terlindungSampai !== null) expect(p.terlindungSampai).toMatch(ISO);
      for (const d of p.dosis) {
        expect(Object.keys(d)).toEqual(['tanggal', 'sumber', 'valid', 'alasan']);
        expect(d.tanggal).toMatch(ISO);
        expect(d.sumber).toMatch(/^Register (Bayi|BIAS|WUS|Caten|Bumil) baris \d+, kolom /);
        expect(d.alasan === null).toBe(d.valid);
      }
    }
  });

  it('gives every woman and pupil of the contoh a status', () => {
    const { registers } = readRegisters(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), { today: '2025-12-31' });
    const ids = new Set(persons.map((p) => p.id));
    const rows = [...registers.bias, ...registers.wus, ...registers.caten, ...registers.bumil];
    expect(rows.length).toBeGreaterThan(500);
    for (const r of rows) expect(ids.has(r.nik ?? `${r.kodeKK}/${r.noUrut}`)).toBe(true);
    // Some doses in the contoh are given too early on purpose: they show with their reason.
    expect(persons.some((p) => p.dosis.some((d) => !d.valid && /^jarak \d+ hari/.test(d.alasan!)))).toBe(true);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await runCli(['status', CONTOH, '--tanggal', '2025-12-31']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Status T templates\/contoh-puskesmas\.xlsx, keadaan 31-12-2025: \d+ orang — T0 \d+, T1 \d+, T2 \d+, T3 \d+, T4 \d+, T5 \d+\./);
    expect(out).toMatch(/T5 lengkap\s+seumur hidup/);
  });

  it.each([
    [['status', CONTOH, '--bulan', '2025-13'], /--bulan "2025-13" tidak sah/],
    [['status', CONTOH, '--kartu', '9999999999999999'], /--kartu: tidak ada orang dengan NIK atau Kode KK\/No Urut "9999999999999999"/],
    [['jadwal', CONTOH, '--bulan', 'Desember'], /--bulan "Desember" tidak sah/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const { code, err } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message as RegExp);
  });
});

describe('imunisasi jadwal', () => {
  it('lists due and overdue people of a month of the contoh, by kelurahan and posyandu, with WhatsApp links', async () => {
    const { code, out } = await runCli(['jadwal', CONTOH, '--bulan', '2025-12', '--tanggal', '2025-12-31', '--json']);
    expect(code).toBe(0);
    const due = JSON.parse(out) as { kelurahan: string; posyandu: string | null; keterangan: string; whatsapp: string | null; jatuhTempo: string; kelompok: string }[];
    expect(new Set(due.map((e) => e.keterangan))).toEqual(new Set(['jatuh tempo', 'terlambat', 'segera']));
    expect(new Set(due.map((e) => e.kelompok))).toEqual(new Set(['Bayi', 'Bumil', 'Caten', 'WUS']));
    expect(due.map((e) => e.kelurahan)).toEqual([...due.map((e) => e.kelurahan)].sort());
    // The contoh fills Posyandu (three per kelurahan): within a kelurahan the list runs posyandu by posyandu.
    expect(due.every((e) => e.posyandu !== null)).toBe(true);
    const order = due.map((e) => `${e.kelurahan}/${e.posyandu}`);
    expect(order).toEqual([...order].sort());
    for (const e of due) {
      expect(e.jatuhTempo <= '2025-12-31').toBe(true);
      if (e.whatsapp) expect(e.whatsapp).toMatch(/^https:\/\/wa\.me\/628\d{8,11}\?text=Yth\.%20/);
    }
    const table = await runCli(['jadwal', CONTOH, '--bulan', '2025-12', '--tanggal', '2025-12-31']);
    expect(table.out).toMatch(/^Jadwal imunisasi Desember 2025: \d+ dosis untuk \d+ orang, \d+ terlambat\.\n\nPosyandu Melati 1 — Kelurahan \S+ \(K01\)\n {2}\S/);
  });
});

describe('findings of the status run', () => {
  it('prints Aturan, linking and screening findings in full on stderr, register findings as a count', async () => {
    const file = join(dir, 'temuan.xlsx');
    const base = { tanggalLahir: '1995-05-05', kodeKelurahan: 'K01' };
    writeFileSync(
      file,
      registerWorkbookBytes({
        aturan: [['Aturan', 'Nilai'], ['Jarak minimal T3', '6 bulanan']],
        wus: [{ ...base, kodeKK: 'A', noUrut: 1, nama: 'Rina' }, { ...base, kodeKK: 'B', noUrut: 1, nama: 'Rina', kodeKelurahan: 'K09' }],
      }),
    );
    const { code, err } = await runCli(['status', file, '--tanggal', '2025-12-31', '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^ERROR RULE_INVALID: Aturan baris 2, aturan "Jarak minimal T3": satuan "bulanan" tidak dikenal/m);
    expect(err).toMatch(/^PERINGATAN PERSON_LIKELY_DUPLICATE: Register WUS baris 3, kolom "Kode KK": nama "Rina"/m);
    expect(err).toMatch(/^Catatan: register berisi 1 error dan 0 peringatan; .*"imunisasi periksa"/m);
  });
});

describe('-o writes the generated sheets', () => {
  it('adds them to a copy of the input, leaving the registers as they were', async () => {
    const input = join(dir, 'kecil.xlsx');
    const woman = { nik: makeNik('337302', '1995-05-05', true, 1), nama: 'Sari', tanggalLahir: '1995-05-05', kodeKelurahan: 'K01', noHp: '081234567890' };
    writeFileSync(
      input,
      registerWorkbookBytes({
        wus: [{ ...woman, t1: '2020-01-05', t2: '2020-02-10', t3: '2021-03-01', t4: '2022-04-01', t5: '2023-05-01' }, { kodeKK: 'KK1', noUrut: 1, nama: 'Wati', tanggalLahir: '1997-07-07', kodeKelurahan: 'K02', t1: '2025-10-01' }],
        bayi: [{ kodeKK: 'KK1', noUrut: 3, nama: 'Bima', jk: 'L', tanggalLahir: '2025-01-10', kodeKelurahan: 'K02', hb0: '2025-01-10', bcg: '2025-02-10', polio1: '2025-02-10', dpt1: '2025-03-10', polio2: '2025-03-10', dpt2: '2025-04-10', polio3: '2025-04-10', dpt3: '2025-05-10', polio4: '2025-05-10', ipv: '2025-05-10', mr1: '2025-12-10' }],
      }),
    );
    const out = join(dir, 'hasil.xlsx');
    const { code, err } = await runCli(['status', input, '--tanggal', '2025-12-31', '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(0);
    expect(err).toMatch(/Ditulis: .*hasil\.xlsx \(Status T, Jadwal Bulan Ini, Kartu TT, Sertifikat IDL\)/);
    const before = readWorkbookBytes(new Uint8Array(readFileSync(input)));
    const after = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), 'Status T', 'Jadwal Bulan Ini', 'Kartu TT', 'Sertifikat IDL']);
    expect(after.sheets.find((s) => s.name === 'Register Bayi')!.rows).toEqual(before.sheets.find((s) => s.name === 'Register Bayi')!.rows);
    for (const name of ['Status T', 'Jadwal Bulan Ini', 'Kartu TT', 'Sertifikat IDL']) expect(String(after.sheets.find((s) => s.name === name)!.rows[0][0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
    // Sari's lifetime card and Bima's IDL certificate (reached 10-12-2025).
    expect(after.sheets.find((s) => s.name === 'Kartu TT')!.rows.flat()).toEqual(expect.arrayContaining(['KARTU IMUNISASI Td SEUMUR HIDUP', 'Sari']));
    expect(after.sheets.find((s) => s.name === 'Sertifikat IDL')!.rows.flat()).toEqual(expect.arrayContaining(['SERTIFIKAT IMUNISASI DASAR LENGKAP', 'Bima']));

    // Made again into the same file: our sheets are replaced, not added twice.
    const again = await runCli(['jadwal', out, '--tanggal', '2025-12-31', '--bulan', '2025-11', '-o', out]);
    expect(again.code).toBe(0);
    const twice = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    expect(twice.sheets.filter((s) => s.name.startsWith('Jadwal')).map((s) => s.name)).toEqual(['Jadwal Bulan Ini']);
    expect(String(twice.sheets.find((s) => s.name === 'Jadwal Bulan Ini')!.rows[1][0])).toBe('Jadwal Imunisasi Bulan November 2025');
  });

  it('jadwal -o on an .ods adds its sheet to a new .xlsx and says the look of the original is not kept', async () => {
    const input = join(dir, 'register.ods');
    writeFileSync(input, XLSX.write(XLSX.read(readFileSync(CONTOH), { type: 'buffer' }), { type: 'buffer', bookType: 'ods' }) as Buffer);
    const out = join(dir, 'jadwal-dari-ods.xlsx');
    const { code, err } = await runCli(['jadwal', input, '--tanggal', '2025-12-31', '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(0);
    expect(err).toMatch(/File ini bukan \.xlsx, jadi hasilnya disimpan sebagai \.xlsx baru/);
    const before = readWorkbookBytes(new Uint8Array(readFileSync(input)));
    const after = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), 'Jadwal Bulan Ini']);
  });
});
