import { DataLaporan } from '../domain/dataLaporan/types';
import { formatMonthId, monthNameId } from '../domain/dates/formatId';
import { DistrictResult, ReceivedReport } from '../domain/merge/types';
import { LAST_YEAR_INPUT, lastYearNotGiven } from '../domain/quality/lastYear';
import { reportQuality } from '../domain/quality/reportQuality';
import { DistrictQuality, QualityCheck, QualityFinding } from '../domain/quality/types';
import { Verification, verificationRows } from '../domain/quality/verification';
import { formatStampId } from '../domain/reports/stamp';
import { DROP_OUT_LINES, dropOutPairText, listTextId } from '../domain/programme/dropOutPairs';
import { startOfDayStamp } from '../domain/dates/zoneClock';
import type { MergeRun, MergeSource } from './mergeRun';
import { registersToDataLaporan } from './monthlyReport';

/**
 * Kualitas Data Kabupaten and Faktor Verifikasi for the Dinkes merge: each report's checks as it
 * arrives (its Data Laporan is at hand only then), and the pairing of a puskesmas's register
 * workbook with its report. A register workbook whose puskesmas also sent its report verifies
 * that report and is not merged; alone it is merged as the puskesmas's report.
 */
export function districtQuality(run: MergeRun) {
  const lastYear = new Map<string, DataLaporan>();
  const notes: string[] = [];
  const findings = new Map<string, QualityFinding[]>();
  const reports = new Map<string, ReceivedReport[]>();
  const held: ReceivedReport[] = [];
  const inPeriod = (data: DataLaporan) => data.tahun === run.tahun && data.bulan === run.bulan;
  const wanted = formatMonthId(run.tahun - 1, run.bulan);

  return {
    async readLastYear(sources: readonly MergeSource[]): Promise<void> {
      const fromRegisters = registersToDataLaporan({ year: run.tahun - 1, month: run.bulan, today: run.today, generatedAt: startOfDayStamp(run.today, run.zone) });
      for (const source of sources) {
        const input = run.read(await source.bytes(), source.name, source.date, fromRegisters);
        if (!('report' in input)) notes.push(`Tahun lalu: ${input.finding.message}`);
        else if (input.report.data.tahun !== run.tahun - 1 || input.report.data.bulan !== run.bulan) notes.push(`Tahun lalu: ${source.name} berisi laporan ${formatMonthId(input.report.data.tahun, input.report.data.bulan)}, bukan ${wanted}; tidak dibandingkan.`);
        else lastYear.set(input.report.data.kodePuskesmas, input.report.data);
      }
    },

    holdRegisters(report: ReceivedReport): void {
      held.push(report);
    },

    /** A report taken into the merge: a report file, or (fromRegisters) a register workbook standing for one. */
    received(report: ReceivedReport, fromRegisters = false): void {
      if (!inPeriod(report.data)) return;
      findings.set(report.file, reportQuality(report.data, lastYear.get(report.data.kodePuskesmas)));
      if (!fromRegisters) reports.set(report.data.kodePuskesmas, [...(reports.get(report.data.kodePuskesmas) ?? []), report]);
    },

    /** The register workbooks that are their puskesmas's only report of the month, in file order. */
    registersToMerge(): ReceivedReport[] {
      return held
        .filter((r) => !(inPeriod(r.data) && reports.has(r.data.kodePuskesmas)))
        .sort((a, b) => a.file.localeCompare(b.file))
        .map((r) => ({ ...r, recount: undefined }));
    },

    result(result: DistrictResult): DistrictQuality {
      const kept = result.puskesmas.flatMap((p) => findings.get(p.file) ?? []);
      const verifications: Verification[] = [];
      for (const registers of [...held].sort((a, b) => a.file.localeCompare(b.file))) {
        const kode = registers.data.kodePuskesmas;
        const accepted = result.puskesmas.find((p) => p.kode === kode);
        const report = reports.get(kode)?.find((r) => r.file === accepted?.file);
        if (!inPeriod(registers.data) || !report || !registers.recount) continue;
        verifications.push({ kode, nama: report.data.namaPuskesmas, reportFile: report.file, reportMade: report.data.dibuat ? formatStampId(report.data.dibuat) : null, registerFile: registers.file, rows: verificationRows(report.data, registers.data, registers.recount) });
      }
      return { findings: kept, checks: checks(run, lastYear.size), verifications, notes };
    },

  };
}

export type DistrictQualityCollector = ReturnType<typeof districtQuality>;

function checks(run: MergeRun, lastYears: number): QualityCheck[] {
  const month = monthNameId(run.bulan);
  return [
    { kind: 'urutan_dosis', ran: true, note: `kumulatif Januari–${month} per kelurahan dan puskesmas; selisih sampai 20% (minimal 5 dosis) dapat berasal dari bayi yang mendapat dosis sebelumnya tahun lalu dan tidak dihitung sebagai temuan — puskesmas memeriksanya tepat di sheet Kualitas Data laporannya` },
    { kind: 'drop_out_negatif', ran: true, note: `${listTextId(DROP_OUT_LINES.map(dropOutPairText))}, dengan kelonggaran yang sama` },
    { kind: 'cakupan_di_atas_100', ran: true, note: 'Data Laporan tidak memuat kelahiran: bandingkan di register puskesmas' },
    run.bulan >= 3
      ? { kind: 'pencilan_bulanan', ran: true, note: `${month} dibandingkan rata-rata bulan sebelumnya, batas rata-rata ± 3√rata-rata` }
      : { kind: 'pencilan_bulanan', ran: false, note: 'perlu minimal dua bulan sebelumnya' },
    { kind: 'ip_mustahil', ran: true, note: `stok ${month} di Data Laporan, ukuran kemasan baku program` },
    { kind: 'wastage_tinggi', ran: true, note: `stok ${month}, batas WHO menurut ukuran kemasan baku` },
    lastYears > 0
      ? { kind: 'beda_tahun_lalu', ran: true, note: `${lastYears} puskesmas dengan laporan ${formatMonthId(run.tahun - 1, run.bulan)}, batas ±33%` }
      : { kind: 'beda_tahun_lalu', ran: false, note: lastYearNotGiven(formatMonthId(run.tahun - 1, run.bulan), '<file/folder>') },
  ];
}

/**
 * The pane's sentence on Kualitas Data Kabupaten's comparison over time: made (with how many
 * puskesmas's reports of last year), or not made and how to add them.
 */
export function districtLastYearText(quality: DistrictQuality, tahun: number, bulan: number): string {
  const lastYear = formatMonthId(tahun - 1, bulan);
  const check = quality.checks.find((c) => c.kind === 'beda_tahun_lalu');
  if (!check?.ran) return `Kualitas Data Kabupaten tanpa perbandingan dengan tahun lalu: pilih laporan ${lastYear} di "${LAST_YEAR_INPUT}" untuk membandingkannya.`;
  const n = quality.findings.filter((f) => f.kind === 'beda_tahun_lalu').length;
  return `Kualitas Data Kabupaten dibandingkan dengan tahun lalu (${check.note}): ${n === 0 ? 'tidak ada angka yang' : `${n} angka`} jauh berbeda.`;
}
