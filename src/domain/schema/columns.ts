import { ColumnSchema } from './types';

/* Column builders shared by several sheets, so a column means the same everywhere. */

export const nikColumn: ColumnSchema = {
  key: 'nik',
  header: 'NIK',
  aliases: ['No NIK', 'Nomor NIK', 'Nomor Induk Kependudukan'],
  type: 'nik',
  need: 'column',
  hint: '16 angka, diketik sebagai teks. Kosongkan bila belum punya NIK, lalu isi Kode KK dan No Urut.',
  width: 20,
};

export const kkColumn: ColumnSchema = {
  key: 'kodeKK',
  header: 'Kode KK',
  aliases: ['No KK', 'Nomor KK', 'Kode Keluarga', 'No Kartu Keluarga'],
  type: 'code',
  need: 'column',
  hint: 'Kode folder keluarga (atau nomor KK). Wajib bila NIK kosong.',
  width: 14,
};

export const noUrutColumn: ColumnSchema = {
  key: 'noUrut',
  header: 'No Urut',
  aliases: ['Urut', 'No Urut KK', 'Nomor Urut'],
  type: 'integer',
  need: 'column',
  hint: 'Nomor urut anggota dalam keluarga (1, 2, 3, …). Wajib bila NIK kosong.',
  width: 8,
};

export const namaColumn: ColumnSchema = {
  key: 'nama',
  header: 'Nama',
  aliases: ['Nama Lengkap', 'Nama Anak', 'Nama Bayi', 'Nama Siswa', 'Nama Murid', 'Nama Ibu Hamil', 'Nama WUS', 'Nama Catin', 'Nama Caten'],
  type: 'text',
  need: 'value',
  hint: 'Nama lengkap sesuai KTP/KK.',
  width: 26,
};

export const sexColumn: ColumnSchema = {
  key: 'jk',
  header: 'Jenis Kelamin',
  aliases: ['JK', 'L/P', 'Kelamin', 'Sex'],
  type: 'sex',
  need: 'value',
  hint: 'L untuk laki-laki, P untuk perempuan.',
  width: 8,
};

export const birthDateColumn: ColumnSchema = {
  key: 'tanggalLahir',
  header: 'Tanggal Lahir',
  aliases: ['Tgl Lahir', 'Tgl. Lahir', 'Tanggal Lahir (dd-mm-yyyy)', 'TglLahir', 'Lahir'],
  type: 'date',
  need: 'value',
  hint: 'Tanggal lahir, hari-bulan-tahun (mis. 17-08-2024).',
  width: 12,
};

export function kelurahanColumn(need: 'value' | 'column' = 'value'): ColumnSchema {
  return {
    key: 'kodeKelurahan',
    header: 'Kode Kelurahan',
    aliases: ['Kode Kel', 'Kd Kelurahan', 'Kode Desa', 'Kode Desa/Kelurahan', 'Kode Kelurahan/Desa'],
    type: 'code',
    need,
    ref: 'kelurahan',
    hint: 'Pilih kode kelurahan dari sheet Kelurahan.',
    width: 12,
  };
}

export const alamatColumn: ColumnSchema = {
  key: 'alamat',
  header: 'Alamat',
  aliases: ['Alamat Lengkap', 'Alamat Rumah'],
  type: 'text',
  need: 'optional',
  hint: 'Alamat: jalan, RT/RW, dusun.',
  width: 28,
};

/** Optional: where the person is served; the due lists are grouped by it where it is filled (issue 12 item 5). */
export const posyanduColumn: ColumnSchema = {
  key: 'posyandu',
  header: 'Posyandu',
  aliases: ['Nama Posyandu', 'Pos', 'Posyandu/Pos Pelayanan', 'Pos Pelayanan'],
  type: 'text',
  need: 'optional',
  hint: 'Posyandu tempat orang ini dilayani (mis. Melati 1); Jadwal Bulan Ini dikelompokkan per posyandu bila diisi.',
  width: 14,
};

export const phoneColumn: ColumnSchema = {
  key: 'noHp',
  header: 'No HP',
  aliases: ['HP', 'No Telp', 'No Telepon', 'Telepon', 'No WA', 'No WhatsApp', 'Nomor HP'],
  type: 'phone',
  need: 'optional',
  hint: 'Nomor HP/WhatsApp, mis. 081234567890.',
  width: 15,
};

export function spouseColumn(header: string, aliases: string[]): ColumnSchema {
  return { key: 'namaSuami', header, aliases, type: 'text', need: 'optional', hint: 'Nama suami / calon suami.', width: 22 };
}

export const screenStatusColumn: ColumnSchema = {
  key: 'statusSkrining',
  header: 'Status T Skrining',
  aliases: ['Status TT Skrining', 'Status T (Skrining)', 'Status Skrining', 'Skrining Status T', 'Status TT Awal'],
  type: 'tStatus',
  need: 'column',
  hint: 'Status T (0–5) menurut kartu atau riwayat saat skrining. Kosongkan bila tidak diskrining.',
  width: 10,
};

export const screenDateColumn: ColumnSchema = {
  key: 'tanggalSkrining',
  header: 'Tanggal Skrining',
  aliases: ['Tgl Skrining', 'Tgl. Skrining'],
  type: 'date',
  need: 'column',
  hint: 'Tanggal skrining status T, hari-bulan-tahun.',
  width: 12,
};

/** A date column holding when a dose was given. */
export function doseColumn(key: string, header: string, aliases: string[], series?: string, hint?: string): ColumnSchema {
  return {
    key,
    header,
    aliases,
    type: 'date',
    need: 'column',
    ...(series ? { series } : {}),
    hint: hint ?? `Tanggal pemberian ${header}, hari-bulan-tahun. Kosongkan bila belum.`,
    width: 11,
  };
}

/** A count column (doses, pupils, vials). */
export function countColumn(key: string, header: string, aliases: string[] = [], need: 'value' | 'column' | 'optional' = 'column', hint?: string): ColumnSchema {
  return { key, header, aliases, type: 'count', need, hint: hint ?? `${header}: bilangan bulat 0 atau lebih.`, width: 10 };
}

export const yearColumn: ColumnSchema = {
  key: 'tahun',
  header: 'Tahun',
  aliases: ['Thn'],
  type: 'year',
  need: 'value',
  hint: 'Tahun, 4 angka (mis. 2025).',
  width: 8,
};

export const monthColumn: ColumnSchema = {
  key: 'bulan',
  header: 'Bulan',
  aliases: ['Bln'],
  type: 'month',
  need: 'value',
  hint: 'Bulan 1–12 (Januari = 1).',
  width: 7,
};
