import { BIRTH_AGE_WINDOWS, FUTURE_YEARS, PROGRAMME_FLOOR } from './dates/plausibleDates';
import { FindingCode } from './findings';
import { ANTIGEN_DOSES } from './programme/antigenDoses';
import { VACCINES } from './programme/vaccines';
import { formatAgeLimit } from './rules/ageLimit';
import { formatInterval } from './rules/interval';

const AGE_WINDOWS_TEXT = Object.values(BIRTH_AGE_WINDOWS)
  .filter((w) => w.maxYears !== undefined)
  .map((w) => `${w.who} ${w.minYears}–${w.maxYears} tahun`)
  .join(', ');

/** The doses whose record sets a longer gap after the previous dose of the series than 4 weeks: "IPV 2 minimal 4 bulan setelah IPV 1". */
const OWN_GAPS_TEXT = ANTIGEN_DOSES.flatMap((d, i) => {
  const previous = ANTIGEN_DOSES.slice(0, i).filter((e) => e.sheet === d.sheet && e.series === d.series).pop();
  return d.series && d.schedule?.minInterval && previous ? [`${d.header} minimal ${formatInterval(d.schedule.minInterval)} setelah ${previous.header}`] : [];
}).join('; ');

/** The default upper ages of the infant doses, doses with the same limit together: "HB0 7 hari; RV 1, RV 2, RV 3 6 bulan 29 hari". */
const AGE_LIMITS_TEXT = [
  ...ANTIGEN_DOSES.reduce((byLimit, d) => {
    const expiry = d.schedule?.expiry;
    if (expiry) byLimit.set(formatAgeLimit(expiry), [...(byLimit.get(formatAgeLimit(expiry)) ?? []), d.header]);
    return byLimit;
  }, new Map<string, string[]>()),
]
  .map(([limit, headers]) => `${headers.join(', ')} ${limit}`)
  .join('; ');

/**
 * What each finding code means and how to fix it, for docs/format.md and the pane's help.
 * The record type makes a new code without an explanation a compile error. `stage: 'laporan'`
 * marks codes a report raises and `stage: 'status'` those the status engine raises (neither is the register reader's).
 */
export const FINDING_CATALOG: Record<FindingCode, { meaning: string; fix: string; stage?: 'laporan' | 'status' }> = {
  SHEET_MISSING: { meaning: 'Sheet standar tidak ada di buku kerja. Bila ada sheet bernama mirip (mis. "Regiser Bayi"), temuan menyebutnya: "maksudnya …?".', fix: 'Tambahkan sheet (tombol Siapkan templat) atau ganti nama sheet yang ada menjadi nama standar.' },
  SHEET_EMPTY: { meaning: 'Sheet standar ada tetapi kosong.', fix: 'Isi baris judul kolom dan datanya, atau salin dari templat.' },
  HEADER_NOT_FOUND: { meaning: 'Baris judul kolom tidak ditemukan di 30 baris pertama.', fix: 'Pastikan ada satu baris berisi judul kolom standar.' },
  COLUMN_MISSING: { meaning: 'Kolom wajib tidak ada. Bila ada judul yang mirip (mis. "Tangal Lahir"), temuan menunjuk judul itu: "maksudnya …?".', fix: 'Tambahkan kolom dengan judul standar pada baris judul, atau betulkan ejaan judul yang ditunjuk.' },
  HEADER_DUPLICATE: { meaning: 'Dua kolom memakai judul yang sama (atau nama lain dari kolom yang sama).', fix: 'Hapus atau ganti nama salah satu kolom.' },
  HEADER_NEAR_MISS: { meaning: 'Judul kolom mirip judul kolom tidak wajib (mis. "Alamt" untuk "Alamat"), sehingga kolom itu tidak dibaca.', fix: 'Ganti judulnya persis seperti judul standar yang disebut.' },
  FIELD_MISSING: { meaning: 'Keterangan wajib di sheet Puskesmas tidak ditemukan. Bila ada keterangan yang mirip (mis. "Kecamatn"), temuan menunjuk selnya: "maksudnya …?".', fix: 'Tambahkan baris keterangan itu di kolom A dan nilainya di kolom B.' },
  REQUIRED_EMPTY: { meaning: 'Sel wajib kosong.', fix: 'Isi sel tersebut.' },
  CELL_ERROR: { meaning: 'Sel berisi nilai galat Excel (#REF!, #VALUE!, …).', fix: 'Perbaiki rumusnya atau ketik ulang nilainya.' },
  MERGED_CELLS: { meaning: 'Sel di area data digabung (merge), sehingga sebagian nilai tersembunyi.', fix: 'Pisahkan sel (Unmerge) lalu isi setiap baris.' },
  DATE_INVALID: { meaning: 'Teks tidak dikenali sebagai tanggal, atau tanggal itu tidak ada (31/13/2024).', fix: 'Tulis hari-bulan-tahun, mis. 17-08-2024 atau 17 Agustus 2024.' },
  DATE_TWO_DIGIT_YEAR: { meaning: 'Tanggal memakai tahun 2 angka, sehingga abadnya tidak pasti.', fix: 'Tulis tahun 4 angka.' },
  DATE_NOT_SERIAL: { meaning: 'Angka di kolom tanggal bukan tanggal: terlalu kecil (sebelum 1920, mis. tahun yang diketik sebagai angka) atau terlalu besar untuk tanggal Excel.', fix: 'Ketik tanggal hari-bulan-tahun.' },
  DATE_FUTURE: { meaning: 'Tanggal ada di masa depan (sesudah tanggal acuan); dosis itu tidak dihitung di laporan, status T dan jadwal sampai diperbaiki.', fix: 'Periksa tahun dan bulannya.' },
  DATE_IMPLAUSIBLE: { meaning: `Tanggal tidak masuk akal untuk kolomnya: umur menurut tanggal lahir di luar batas registernya (${AGE_WINDOWS_TEXT}), kelahiran bayi, dosis, kunjungan atau skrining sebelum program imunisasi dimulai (${PROGRAMME_FLOOR.slice(0, 4)}), atau rencana nikah lebih dari ${FUTURE_YEARS} tahun lagi. Dosis itu tidak dihitung sampai diperbaiki.`, fix: 'Periksa tahunnya (mis. 1800 untuk 2000, atau tahun dari kolom lain) dan ketik ulang tanggalnya.' },
  DOSE_BEFORE_BIRTH: { meaning: 'Tanggal dosis/kunjungan lebih awal dari tanggal lahir.', fix: 'Periksa tanggal itu atau tanggal lahirnya.' },
  DOSE_ORDER: { meaning: 'Dosis satu seri tidak urut (mis. Polio 2 sebelum Polio 1).', fix: 'Periksa apakah tanggalnya tertukar.' },
  DOSE_TOO_CLOSE: {
    meaning: `Dosis diberikan sebelum jarak minimalnya sejak dosis sebelumnya yang dihitung, sehingga status T dan IDL/IBL tidak menghitungnya. Bayi: "Jarak minimal dosis satu seri" (bawaan 4 minggu) atau jarak dosis itu sendiri (${OWN_GAPS_TEXT}). Td/TT di Register WUS, Caten dan Bumil: jarak tahap T yang dicapainya ("Jarak minimal T2" 4 minggu, T3 6 bulan, T4 dan T5 1 tahun), dihitung dari dosis sah sebelumnya di register mana pun atau dari skrining. Jarak, hitungan bulan dan toleransi mengikuti sheet Aturan.`,
    fix: 'Periksa tanggalnya; bila benar, dosis itu tercatat tetapi tidak dihitung sampai jaraknya terpenuhi.',
    stage: 'status',
  },
  DOSE_PAST_AGE_LIMIT: {
    meaning: `Dosis bayi tercatat sesudah batas umurnya (bawaan: ${AGE_LIMITS_TEXT}; baris "Batas umur …" di sheet Aturan mengubahnya; hari batas itu sendiri masih boleh). Tidak ada dosis RV sesudah umur 6 bulan 29 hari (surat Dirjen P2P IM.02.02/C/3052/2023). Dosis itu tetap dihitung di laporan.`,
    fix: 'Periksa tanggal dosis dan tanggal lahir anak; bila dosis memang diberikan terlambat, catat hal itu dan sampaikan ke pengelola program imunisasi.',
    stage: 'status',
  },
  PERSON_DUPLICATE: { meaning: 'Orang yang sama (NIK, atau Kode KK + No Urut) tercatat dua kali di satu register.', fix: 'Gabungkan datanya ke satu baris lalu hapus baris ganda.' },
  ROW_DUPLICATE: { meaning: 'Baris master/hitungan tercatat dua kali (mis. kelurahan dan tahun yang sama).', fix: 'Hapus salah satu baris atau perbaiki isinya.' },
  ID_MISSING: { meaning: 'Orang tanpa NIK dan tanpa Kode KK + No Urut lengkap.', fix: 'Isi NIK, atau Kode KK dan No Urut.' },
  NIK_FORMAT: { meaning: 'NIK bukan 16 angka.', fix: 'Periksa KTP/KK, atau kosongkan dan isi Kode KK + No Urut.' },
  NIK_AS_NUMBER: { meaning: 'NIK tersimpan sebagai angka; Excel membulatkan digit ke-16.', fix: 'Format kolom NIK sebagai Teks lalu ketik ulang NIK.' },
  NIK_BIRTHDATE_MISMATCH: { meaning: 'Digit 7–12 NIK (tanggal lahir DDMMYY) tidak sama dengan Tanggal Lahir.', fix: 'Periksa NIK atau tanggal lahirnya.' },
  NIK_SEX_MISMATCH: { meaning: 'NIK menunjukkan jenis kelamin lain (perempuan: tanggal pada NIK ditambah 40).', fix: 'Periksa NIK atau jenis kelaminnya.' },
  REF_UNKNOWN: { meaning: 'Kode Kelurahan/Sekolah/Vaksin tidak ada di sheet masternya.', fix: 'Pilih kode yang ada, atau tambahkan ke sheet master.' },
  SEX_INVALID: { meaning: 'Jenis kelamin bukan L atau P.', fix: 'Isi L atau P.' },
  NUMBER_INVALID: { meaning: 'Jumlah negatif, pecahan, atau bukan angka.', fix: 'Isi bilangan bulat 0 atau lebih.' },
  VALUE_INVALID: { meaning: 'Nilai di luar pilihan yang sah (bulan, tahun, kelas, status T, skema, zona waktu).', fix: 'Pilih nilai dari daftar pilihan sel.' },
  STOCK_UNBALANCED: { meaning: 'Stok akhir ≠ stok awal + diterima − dipakai − rusak.', fix: 'Hitung ulang atau perbaiki salah satu angka.' },
  RULE_INVALID: { meaning: 'Nilai aturan di sheet Aturan tidak dapat dibaca (satuan atau dosis tidak dikenal, angka salah); nilai bawaan skema dipakai.', fix: 'Tulis nilai seperti contoh di kolom Keterangan, mis. "4 minggu", atau kosongkan untuk memakai nilai bawaan.', stage: 'status' },
  RULE_UNKNOWN: { meaning: 'Nama aturan di sheet Aturan tidak dikenal, sehingga baris itu diabaikan.', fix: 'Salin nama aturan persis dari docs/rules.md atau dari sheet Aturan templat.', stage: 'status' },
  RULE_DUPLICATE: { meaning: 'Aturan yang sama ditulis dua kali di sheet Aturan; baris pertama yang dipakai.', fix: 'Hapus salah satu baris.', stage: 'status' },
  DOSE_UNSCHEDULED: { meaning: 'Dosis bayi yang dikenal add-in tidak punya umur pemberian (jadwal), sehingga tidak masuk Jadwal Bulan Ini dan tidak pernah dinilai terlambat.', fix: 'Tambahkan baris "Umur <nama dosis>" dengan umur pemberiannya di sheet Aturan.', stage: 'status' },
  TARGET_UNKNOWN: { meaning: 'Nama indikator di sheet Target tidak dikenal, sehingga baris itu diabaikan.', fix: 'Salin nama indikator persis dari sheet Target templat (mis. "DPT-HB-Hib 3", "IDL", "Batas UCI").', stage: 'status' },
  TARGET_INVALID: { meaning: 'Nilai di sheet Target bukan persentase (atau faktor) yang sah atau di luar batasnya; untuk indikator dan tahun itu dipakai nilai bawaan.', fix: 'Tulis persentase seperti 90% (faktor bumil: 1,1), dalam batas yang disebut temuan.', stage: 'status' },
  TARGET_DUPLICATE: { meaning: 'Tahun atau indikator yang sama ditulis dua kali di sheet Target; yang pertama dipakai.', fix: 'Hapus salah satu kolom tahun atau baris indikator.', stage: 'status' },
  TARGET_MISSING: { meaning: 'Indikator yang dilaporkan tidak punya target tahun laporan (sheet Target maupun nilai bawaan), atau sheet Target tidak punya kolom tahun laporan; garis target, status desa dan kebutuhan vaksinnya tidak dihitung (tidak dianggap 100%).', fix: 'Tambahkan kolom tahun laporan dan baris indikator itu di sheet Target.', stage: 'laporan' },
  SCREENING_INCOMPLETE: { meaning: 'Status T Skrining diisi tanpa Tanggal Skrining (atau sebaliknya), sehingga hasil skrining tidak dipakai.', fix: 'Isi keduanya: status (0–5) dan tanggal skrining (atau tanggal dosis terakhir pada kartu).', stage: 'status' },
  PERSON_LIKELY_DUPLICATE: { meaning: 'Nama dan tanggal lahir sama tetapi kuncinya (NIK / Kode KK + No Urut) berbeda: mungkin orang yang sama tercatat dua kali. Tidak digabung otomatis.', fix: 'Bila orang yang sama, samakan NIK atau Kode KK + No Urut di semua register; bila berbeda, abaikan.', stage: 'status' },
  PERSON_KEY_CONFLICT: { meaning: 'Kode KK + No Urut yang sama dipakai oleh orang dengan NIK berbeda, sehingga baris tanpa NIK dengan kode itu tidak dapat ditautkan.', fix: 'Periksa No Urut atau NIK-nya.', stage: 'status' },
  PERSON_BIRTHDATE_CONFLICT: { meaning: 'Orang yang sama (NIK atau Kode KK + No Urut sama) tercatat dengan tanggal lahir berbeda di register lain.', fix: 'Samakan tanggal lahirnya sesuai KTP/KK.', stage: 'status' },
  SASARAN_MISSING: { meaning: 'Kelurahan tanpa sasaran dan tanpa jumlah penduduk, sehingga cakupannya tidak dapat dihitung.', fix: 'Isi Sasaran Bayi/Bumil/WUS atau Jumlah Penduduk di sheet Kelurahan.', stage: 'laporan' },
  SASARAN_OTHER_YEAR: { meaning: 'Sheet Kelurahan/Sekolah belum berisi baris untuk tahun laporan; laporan memakai tahun terdekat sebelumnya.', fix: 'Tambahkan baris kelurahan/sekolah dengan sasaran tahun laporan.', stage: 'laporan' },
  UNLISTED_CODE: { meaning: 'Dosis tercatat pada kelurahan/sekolah yang tidak ada di sheet master untuk tahun laporan; dihitung di baris "tidak terdaftar".', fix: 'Perbaiki kodenya di register, atau tambahkan kelurahan/sekolah itu untuk tahun laporan.', stage: 'laporan' },
  VACCINE_UNKNOWN: { meaning: 'Kode dan nama vaksin di sheet Vaksin tidak dikenali (atau sama dengan vaksin di baris lain), sehingga dosis yang dilayaninya (IP) dan kebutuhannya tidak dihitung.', fix: `Pakai kode yang dikenal: ${VACCINES.map((v) => v.code).join(', ')}.`, stage: 'laporan' },
  STOCK_MONTH_MISSING: { meaning: 'Sheet Stok Vaksin tidak punya baris vaksin ini untuk bulan laporan.', fix: 'Tambahkan baris stok bulan itu (stok awal, diterima, dipakai, stok akhir).', stage: 'laporan' },
  INTERNAL_ERROR: { meaning: 'Kesalahan internal add-in (bukan kesalahan data) pada satu bagian: satu sheet laporan atau status satu orang tidak dapat dibuat. Bagian lain tetap dibuat; sheet yang gagal hanya berisi pesan ini.', fix: 'Laporkan ke pengembang beserta pesan temuan (sheet, baris) dan, bila boleh, buku kerjanya. Sementara itu jangan memakai bagian yang gagal.', stage: 'laporan' },
};
