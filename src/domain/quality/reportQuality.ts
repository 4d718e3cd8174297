import { stockIndicator } from '../dataLaporan/indicators';
import { DataLaporan, TOTAL } from '../dataLaporan/types';
import { monthNameId } from '../dates/formatId';
import { VACCINE_GROUPS } from '../reports/vaccines';
import { checkDenominators } from './denominator';
import { checkDoseOrder, REPORT_ORDER_TOLERANCE } from './doseOrder';
import { checkLastYear } from './lastYear';
import { checkMonthAgainstEarlier } from './outliers';
import { QualityFinding } from './types';
import { CHECKED_KEYS, doseLabel, unitsOfDataLaporan } from './units';
import { checkVaccineUse, STANDARD_VIAL_DOSES, VaccineUse } from './vaccineUse';

/**
 * Kualitas Data of one puskesmas's report as Dinkes receives it (its Data Laporan: counts of
 * month M and January … M, no rows): dose order and negative drop-out per kelurahan, coverage
 * above 100%, month M against the months before, vaccine use on the programme's vial sizes,
 * and — given last year's report of the same month — the change from last year.
 */
export function reportQuality(data: DataLaporan, lastYear?: DataLaporan | null): QualityFinding[] {
  const name = data.namaPuskesmas || data.kodePuskesmas;
  const period = `Januari–${monthNameId(data.bulan)} ${data.tahun}`;
  const units = unitsOfDataLaporan(data);
  const total = (indikator: string) => data.rows.find((r) => r.kodeKelurahan === TOTAL && r.indikator === indikator)?.nilai;
  const findings = [...checkDoseOrder(units, period, 'register bayi puskesmas', REPORT_ORDER_TOLERANCE), ...coverageByPuskesmas(name, checkDenominators(units, { month: data.bulan, period }))];
  for (const key of CHECKED_KEYS) {
    const month = total(key);
    const cumulative = total(`${key}_kumulatif`);
    if (month === undefined || cumulative === undefined) continue;
    const f = checkMonthAgainstEarlier(name, doseLabel(key), month, cumulative, data.bulan, data.tahun);
    if (f) findings.push(f);
  }
  const uses: VaccineUse[] = [];
  for (const g of VACCINE_GROUPS) {
    const vials = total(stockIndicator(g.code, 'dipakai'));
    const doses = total(stockIndicator(g.code, 'dosis'));
    if (vials === undefined || doses === undefined) continue;
    uses.push({ place: name, vaccine: g.label, groupKey: g.key, dosesPerVial: STANDARD_VIAL_DOSES[g.key], period: `${monthNameId(data.bulan)} ${data.tahun}`, doses, vials, vialsAt: 'Stok Vaksin puskesmas bulan ini', sizeAt: `ukuran kemasan baku ${STANDARD_VIAL_DOSES[g.key]} dosis; bila puskesmas memakai kemasan lain, abaikan`, referenceIp: g.referenceIp });
  }
  findings.push(...checkVaccineUse(uses));
  if (lastYear) {
    const cumulative = (d: DataLaporan) => Object.fromEntries(d.rows.filter((r) => r.kodeKelurahan === TOTAL && /_kumulatif$/.test(r.indikator) && CHECKED_KEYS.includes(r.indikator.replace(/_kumulatif$/, ''))).map((r) => [r.indikator.replace(/_kumulatif$/, ''), r.nilai]));
    findings.push(...checkLastYear({ place: name, current: cumulative(data), lastYear: cumulative(lastYear), months: `Januari–${monthNameId(data.bulan)}`, year: data.tahun }));
  }
  return findings;
}

/**
 * Dinkes reads coverage above 100% per puskesmas: its kelurahan's findings become one line
 * naming each kelurahan and its highest coverage (the puskesmas's own total first when above).
 */
function coverageByPuskesmas(name: string, findings: QualityFinding[]): QualityFinding[] {
  if (findings.length <= 1) return findings;
  const short = (f: QualityFinding) => `${f.place === name ? 'total puskesmas' : f.place.slice(name.length + 3)}: ${f.subject.split(', ')[0]}`;
  const ordered = [...findings].sort((a, b) => Number(b.place === name) - Number(a.place === name));
  const kelurahan = findings.filter((f) => f.place !== name).length;
  return [
    {
      ...ordered[0],
      place: name,
      subject: `${kelurahan} kelurahan${ordered[0].place === name ? ' dan total puskesmas' : ''}`,
      figures: ordered.map(short).join('; '),
      message: `cakupan kumulatif di atas 100% dari sasaran di ${kelurahan} kelurahan; cakupan di atas 100% berarti sasaran salah, ada bayi dari luar wilayah, atau dosis terhitung dua kali.`,
    },
  ];
}
