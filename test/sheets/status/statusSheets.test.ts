import ExcelJS from 'exceljs';
import { statusReport } from '../../../src/app/statusReport';
import { isoDateToSerial } from '../../../src/domain/dates/excelSerial';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { makeNik } from '../../../src/sample/nik';
import { GENERATED_MARK } from '../../../src/sheets/reportFrame';
import { SheetSpec, SpecLink } from '../../../src/sheets/spec';
import { waMessage, waNumber } from '../../../src/sheets/status/whatsapp';
import { registerWorkbook } from '../../helpers/registers';

const sari = makeNik('337302', '1995-05-05', true, 1);
const workbook = registerWorkbook({
  wus: [
    { nik: sari, nama: 'Sari', tanggalLahir: '1995-05-05', kodeKelurahan: 'K01', noHp: '0812-3456-7890', t1: '2020-01-05', t2: '2020-02-10', t3: '2021-03-01', t4: '2022-04-01', t5: '2023-05-01' },
    { kodeKK: 'KK1', noUrut: 1, nama: 'Wati', tanggalLahir: '1997-07-07', kodeKelurahan: 'K02', noHp: '+62 857 1111 2222', t1: '2025-10-01', t2: '2025-10-15' },
  ],
  bayi: [
    // Bima has every IDL dose (IPV included), the last one in December.
    { kodeKK: 'KK1', noUrut: 3, nama: 'Bima', jk: 'L', tanggalLahir: '2025-01-10', namaSuami: 'Wati', kodeKelurahan: 'K02', hb0: '2025-01-10', bcg: '2025-02-10', polio1: '2025-02-10', dpt1: '2025-03-10', polio2: '2025-03-10', dpt2: '2025-04-10', polio3: '2025-04-10', dpt3: '2025-05-10', polio4: '2025-05-10', ipv: '2025-05-10', mr1: '2025-12-10' },
    { kodeKK: 'KK2', noUrut: 2, nama: 'Citra', jk: 'P', tanggalLahir: '2025-10-20', namaSuami: 'Ani', kodeKelurahan: 'K01', noHp: '081300001111', hb0: '2025-10-20' },
  ],
});
const report = statusReport(workbook, { today: '2025-12-31', month: { year: 2025, month: 12 }, generatedAt: '31-12-2025 10:00 WIB', kartuFor: ['KK1/1'] });
const spec = (name: string): SheetSpec => report.specs.find((s) => s.name === name)!;
const rowOf = (s: SheetSpec, text: string) => s.values.find((r) => r.includes(text))!;

describe('the status sheets', () => {
  it('are four generated report sheets, each starting with the mark and the header block', () => {
    expect(report.specs.map((s) => [s.name, s.role])).toEqual([
      ['Status T', 'report'],
      ['Jadwal Bulan Ini', 'report'],
      ['Kartu TT', 'report'],
      ['Sertifikat IDL', 'report'],
    ]);
    for (const s of report.specs) {
      expect(String(s.values[0][0])).toMatch(new RegExp(`^${GENERATED_MARK} pada 31-12-2025 10:00 WIB`));
      expect(String(s.values[3][0])).toContain('Aturan: Skema Td terkini');
    }
  });

  it('"Status T" has a filterable row per person, dates as serials, the too-early dose and its reason', () => {
    const s = spec('Status T');
    // The columns a printed list needs first (A–K print), the details after them.
    expect(s.values[5]).toEqual(['No', 'Nama', 'NIK / Kode KK', 'Tanggal Lahir', 'Kelurahan', 'No HP', 'Kelompok', 'Status T', 'Terlindung s.d.', 'Dosis Berikutnya', 'Riwayat T', 'Tanggal Status', 'Lengkap (T5)', 'Dosis Tidak Dihitung', 'Alasan Tidak Dihitung', 'Baris Sumber']);
    expect(rowOf(s, 'Sari').slice(1, 13)).toEqual(['Sari', sari, isoDateToSerial('1995-05-05'), 'Kalicacing (K01)', '081234567890', 'WUS', 'T5', 'seumur hidup', '-', expect.stringMatching(/^05-01-2020 Td\/TT 1 → T1 \(Register WUS baris 2\)\n/), isoDateToSerial('2023-05-01'), 'Ya']);
    const wati = rowOf(s, 'Wati');
    expect(wati.slice(7, 15)).toEqual(['T1', null, isoDateToSerial('2025-10-29'), '01-10-2025 Td/TT 1 → T1 (Register WUS baris 3)\n15-10-2025 Td/TT 2 ✗ tidak dihitung (Register WUS baris 3)', isoDateToSerial('2025-10-01'), 'Belum', 1, expect.stringMatching(/^15-10-2025 Td\/TT 2: jarak 14 hari dari dosis sebelumnya; minimal 4 minggu/)]);
    expect(s.autoFilter).toMatch(/^A6:P\d+$/);
    expect(s.styles).toContainEqual({ range: `J7:J${s.values.length}`, style: { numberFormat: 'dd-mm-yyyy', horizontal: 'center' } });
    expect(s.styles).toContainEqual({ range: `L7:L${s.values.length}`, style: { numberFormat: 'dd-mm-yyyy', horizontal: 'center' } });
    // The doses not counted and lengkap keep their colours in their new columns.
    expect(s.conditionalFormats!.map((c) => c.range)).toEqual([`N7:N${s.values.length}`, `M7:M${s.values.length}`]);
    // Bima (DPT ×3) has a T history; Citra (no DPT) does not.
    expect(s.values.some((r) => r[1] === 'Bima')).toBe(true);
    expect(s.values.some((r) => r[1] === 'Citra')).toBe(false);
  });

  it('"Jadwal Bulan Ini" groups by kelurahan with a WhatsApp link naming the person, the dose and the month', () => {
    const s = spec('Jadwal Bulan Ini');
    const headings = s.values.filter((r) => r.length === 1 && String(r[0]).startsWith('Kelurahan'));
    // The register follows the current schedule (Kemenkes terkini): Citra is due RV 1 too, Bima is late for PCV 1 and IPV 2.
    // Bima (born 10-01-2025) is 11 months old: no RV dose after 6 months 29 days (Batas umur RV 1 = 6 bulan 29 hari, 08-08-2025), so RV 1 is not offered.
    expect(headings).toEqual([['Kelurahan Kalicacing (K01): 1 orang, 5 dosis, 0 terlambat'], ['Kelurahan Mangunsari (K02): 2 orang, 3 dosis, 3 terlambat']]);
    // The person and the dose due first, then whom to contact, the source and the date given.
    expect(s.values.find((r) => r[0] === 'No')).toEqual(['No', 'Nama', 'NIK / Kode KK', 'Kelompok', 'Tanggal Lahir', 'Dosis', 'Jatuh Tempo', 'Keterangan', 'Nama Ibu', 'No HP', 'WhatsApp', 'Baris Sumber', 'Tanggal Diberikan']);
    expect(s.values.filter((r) => r[1] === 'Bima').map((r) => r[5])).toEqual(['PCV 1', 'IPV 2']);
    const citraBcg = s.values.find((r) => r[1] === 'Citra' && r[5] === 'BCG')!;
    expect(citraBcg.slice(3, 10)).toEqual(['Bayi', isoDateToSerial('2025-10-20'), 'BCG', isoDateToSerial('2025-11-20'), 'Jatuh tempo', 'Ani', '081300001111']);
    const link = citraBcg[10] as SpecLink;
    expect(link.text).toBe('Kirim WA');
    expect(decodeURIComponent(link.url)).toBe('https://wa.me/6281300001111?text=Yth. Ibu Ani, orang tua Citra: Citra dijadwalkan mendapat imunisasi BCG pada posyandu bulan Desember 2025. Mohon datang ke posyandu atau Puskesmas Kalicacing. Terima kasih.');
    const wati = s.values.find((r) => r[1] === 'Wati')!;
    expect(wati.slice(5, 8)).toEqual(['Td (T2)', isoDateToSerial('2025-10-29'), 'Terlambat']);
    // "Terlambat" in red where it now stands, the links in blue.
    expect(s.conditionalFormats![0]).toMatchObject({ range: `H7:H${s.values.length}`, rule: { kind: 'textEquals', text: 'Terlambat' } });
    expect(s.styles).toContainEqual({ range: `K7:K${s.values.length}`, style: { fontColor: '#0563C1' } });
    expect(decodeURIComponent((wati[10] as SpecLink).url)).toContain('Ibu dijadwalkan mendapat imunisasi Td untuk status T2 pada posyandu bulan Desember 2025 (jadwalnya sudah lewat sejak 29-10-2025)');
  });

  it('"Kartu TT" has a lifetime card for everyone at T5 and a status card for a chosen person', () => {
    const s = spec('Kartu TT');
    const titles = s.values.filter((r) => typeof r[0] === 'string' && r[0].startsWith('KARTU')).map((r) => r[0]);
    expect(titles).toEqual(['KARTU IMUNISASI Td SEUMUR HIDUP', 'KARTU STATUS IMUNISASI Td']);
    const steps = s.values.filter((r) => typeof r[0] === 'string' && /^T\d$/.test(r[0])).map((r) => [r[0], r[1], r[2]]);
    expect(steps).toEqual([
      ['T1', isoDateToSerial('2020-01-05'), 'Td/TT 1'],
      ['T2', isoDateToSerial('2020-02-10'), 'Td/TT 2'],
      ['T3', isoDateToSerial('2021-03-01'), 'Td/TT 3'],
      ['T4', isoDateToSerial('2022-04-01'), 'Td/TT 4'],
      ['T5', isoDateToSerial('2023-05-01'), 'Td/TT 5'],
      ['T1', isoDateToSerial('2025-10-01'), 'Td/TT 1'],
    ]);
    expect(s.values).toContainEqual(['Status T1. Dosis berikutnya mulai 29-10-2025.']);
    expect(s.values).toContainEqual([null, null, null, 'dr. Sri Lestari']);
  });

  it('"Sertifikat IDL" certifies the children who reached IDL in the month', () => {
    const s = spec('Sertifikat IDL');
    expect(s.values.filter((r) => r[0] === 'SERTIFIKAT IMUNISASI DASAR LENGKAP')).toHaveLength(1);
    expect(s.values).toContainEqual(['Diberikan kepada', 'Bima']);
    expect(s.values).toContainEqual(['telah mendapat imunisasi dasar lengkap pada tanggal 10 Desember 2025:']);
    expect(s.values).toContainEqual(['Polio 3', isoDateToSerial('2025-04-10'), 'MR 1', isoDateToSerial('2025-12-10')]);
  });

  it('summarises what was made', () => {
    expect(report.summary).toEqual({ orang: 3, perStatus: [0, 1, 1, 0, 0, 1], lengkap: 1, dosisTidakDihitung: 1, jadwal: { dosis: 8, orang: 3, terlambat: 3 }, idlBulanIni: 1, kartu: 2, kartuTidakDitemukan: [] });
  });

  it('write through ExcelJS as real dates with the dd-mm-yyyy format and a real hyperlink', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(report.specs)) as unknown as ExcelJS.Buffer);
    const status = wb.getWorksheet('Status T')!;
    const born = status.getCell('D7');
    expect(born.numFmt).toBe('dd-mm-yyyy');
    expect(born.value).toBeInstanceOf(Date);
    const jadwal = wb.getWorksheet('Jadwal Bulan Ini')!;
    const links: string[] = [];
    jadwal.eachRow((row) => row.eachCell((cell) => (cell.hyperlink ? links.push(cell.hyperlink) : undefined)));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('https://wa.me/62'))).toBe(true);
  });
});

describe('WhatsApp numbers and messages', () => {
  it.each([
    ['081234567890', '6281234567890'],
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['81234567890', '6281234567890'],
    ['0812', null],
    ['(0298) 32', null],
    [null, null],
  ])('%s → %s', (phone, number) => expect(waNumber(phone)).toBe(number));

  it('writes to a parent without a mother\'s name', () => {
    const entry = { ...report.due[0], namaIbu: null, nama: 'Dodi', dose: 'MR 1', kelompok: 'bayi' as const, overdue: false };
    expect(waMessage(entry, { year: 2026, month: 1 }, null)).toBe('Yth. Bapak/Ibu orang tua Dodi: Dodi dijadwalkan mendapat imunisasi MR 1 pada posyandu bulan Januari 2026. Mohon datang ke posyandu atau puskesmas. Terima kasih.');
  });
});
