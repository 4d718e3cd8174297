import { Finding } from '../findings';
import { sheetFinding } from '../read/tableContext';
import { Registers, SchemeKey } from '../registers/types';
import { targetIndicator } from '../programme/targetIndicators';
import { TARGET_SHEET } from '../programme/readTargetSheet';
import { annualTarget, ReportSettings } from './settings';
import { VACCINE_GROUPS } from './vaccines';

/**
 * The report's findings about its targets (issue 12 item 4): the Target sheet lacks a column
 * for the report year (the defaults are used and the sheets say so), and every indicator the
 * report draws a target for (`shown`, plus the vaccine need's contact lines) that has no
 * target at all. Such a target is never taken as 100%: its line, status and need stay empty.
 */
export function targetFindings(registers: Registers, settings: ReportSettings, year: number, shown: readonly string[], scheme: SchemeKey, options: { need?: boolean } = {}): Finding[] {
  const sheet = registers.targets?.sheet ?? TARGET_SHEET.name;
  const out: Finding[] = [];
  if (registers.targets && !registers.targets.years.has(year)) {
    out.push(sheetFinding(sheet, 'TARGET_MISSING', 'warning', `sheet ${sheet} tidak punya kolom tahun ${year}, sehingga laporan tahun ${year} memakai target dan persentase sasaran bawaan Kemenkes. Tambahkan kolom berjudul ${year} bila target kabupaten berbeda`));
  }
  // The yearly BIAS report has no vaccine need: only the monthly report checks its contact lines' targets.
  const need = options.need === false ? [] : VACCINE_GROUPS.flatMap((g) => g.need.filter((n) => !n.scheme || n.scheme === scheme).map((n) => n.target));
  for (const key of new Set([...shown, ...need])) {
    if (annualTarget(settings, key) !== null) continue;
    const label = targetIndicator(key)?.label ?? key;
    out.push(sheetFinding(sheet, 'TARGET_MISSING', 'warning', `indikator "${label}" tidak punya target tahun ${year}, baik di sheet ${sheet} maupun di nilai bawaan, sehingga ${key.startsWith('bias_') ? 'capaian targetnya di Laporan BIAS tidak dinilai' : 'garis target, status desa dan kebutuhan vaksinnya tidak dihitung'} (tidak dianggap 100%). Tambahkan baris "${label}" dengan target tahun ${year} di sheet ${sheet}`));
  }
  return out;
}
