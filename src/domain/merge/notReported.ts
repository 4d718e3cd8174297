import { INDICATORS } from '../dataLaporan/indicators';
import { INDICATOR_DOSES } from '../programme/doseIndex';
import { DROP_OUT_LINES, dropOutLabel } from '../programme/dropOutPairs';
import { VACCINES } from '../programme/vaccines';

/*
 * What a puskesmas's report does not carry that others do (NOT_REPORTED), said so that a Dinkes
 * officer sees every missing figure: grouped by kind (doses, completeness, kelurahan, status T,
 * BIAS, stock), each item by the name the district tables use, the month and year-to-date
 * figures of one item said together. Nothing is cut off ("dan N lainnya" hid stock doses).
 */

const CUMULATIVE = '_kumulatif';
const STOCK_DOSES = /^stok\.(.+)\.dosis$/;

interface Kind {
  title: string;
  /** The item's name in the district tables, or null when the figure is not of this kind. */
  label(base: string): string | null;
}

const DOSE_LABEL = new Map<string, string>(INDICATOR_DOSES.filter((d) => d.sheet === 'bayi').map((d) => [d.indicator.key, d.header]));
const BIAS_LABEL = new Map<string, string>(INDICATOR_DOSES.filter((d) => d.sheet === 'bias').map((d) => [d.indicator.key, d.indicator.label]));
const COMPLETENESS: Readonly<Record<string, string>> = { idl: 'IDL', ibl: 'IBL', irl: 'imunisasi rutin lengkap (IRL)' };
const DESA: Readonly<Record<string, string>> = { desa: 'jumlah kelurahan/desa', desa_uci: 'kelurahan/desa UCI' };
const VACCINE_ORDER = VACCINES.map((v) => v.code);
/** Figures counted for the month and from January: the month one is named plain, the other with _kumulatif. */
const HAS_CUMULATIVE: ReadonlySet<string> = new Set(INDICATORS.filter((d) => INDICATORS.some((c) => c.name === `${d.name}${CUMULATIVE}`)).map((d) => d.name));

function tStatusLabel(base: string): string | null {
  if (base === 'bumil_t1') return 'bumil Td/TT pertama (T1)';
  if (base === 'bumil_t2plus') return 'bumil T2+';
  const m = /^(wus|caten)_t(\d)$/.exec(base);
  return m ? `${m[1] === 'wus' ? 'WUS' : 'caten'} T${m[2]}` : null;
}

/** The kinds in the order the message lists them; the last takes whatever the others do not know, by its Data Laporan name. */
const KINDS: readonly Kind[] = [
  { title: 'dosis bayi dan baduta', label: (b) => DOSE_LABEL.get(b) ?? null },
  { title: 'kelengkapan imunisasi', label: (b) => COMPLETENESS[b] ?? null },
  { title: 'kelurahan/desa', label: (b) => DESA[b] ?? null },
  { title: 'status T', label: tStatusLabel },
  { title: 'BIAS', label: (b) => BIAS_LABEL.get(b) ?? null },
  { title: 'stok vaksin, dosis diberikan', label: (b) => STOCK_DOSES.exec(b)?.[1] ?? null },
  { title: 'angka lain (nama di Data Laporan)', label: (b) => b },
];

/** Data Laporan order (the register's dose order), then the stock lines by vaccine, then anything else. */
function rank(base: string): number {
  const i = INDICATORS.findIndex((d) => d.name === base);
  if (i >= 0) return i;
  const stock = STOCK_DOSES.exec(base);
  const v = stock ? VACCINE_ORDER.indexOf(stock[1]) : -1;
  return INDICATORS.length + (v >= 0 ? v : VACCINE_ORDER.length);
}

/**
 * The missing figures as grouped sentences: "Dosis bayi dan baduta (bulan ini dan kumulatif):
 * RV 1, RV 2, RV 3. Stok vaksin, dosis diberikan: RV." Every name of `names` is in exactly one
 * item (a month figure and its _kumulatif together).
 */
export function notReportedGroups(names: readonly string[]): string[] {
  const missing = new Set(names);
  const bases = [...new Set(names.map((n) => (n.endsWith(CUMULATIVE) ? n.slice(0, -CUMULATIVE.length) : n)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const variant = (base: string): string => {
    const month = missing.has(base);
    const cumulative = missing.has(`${base}${CUMULATIVE}`);
    if (month && cumulative) return 'bulan ini dan kumulatif';
    if (cumulative) return 'kumulatif';
    return HAS_CUMULATIVE.has(base) ? 'bulan ini' : '';
  };
  const groups: string[] = [];
  const placed = new Set<string>();
  for (const kind of KINDS) {
    // Items of this kind, by the variant missing: "RV 1, RV 2 (bulan ini dan kumulatif); PCV 3 (kumulatif)".
    const byVariant = new Map<string, string[]>();
    for (const base of bases) {
      if (placed.has(base)) continue;
      const label = kind.label(base);
      if (label === null) continue;
      placed.add(base);
      const v = variant(base);
      byVariant.set(v, [...(byVariant.get(v) ?? []), label]);
    }
    if (byVariant.size === 0) continue;
    const parts = [...byVariant];
    const title = kind.title.charAt(0).toUpperCase() + kind.title.slice(1);
    groups.push(parts.length === 1 && parts[0][0] ? `${title} (${parts[0][0]}): ${parts[0][1].join(', ')}` : `${title}: ${parts.map(([v, labels]) => `${labels.join(', ')}${v ? ` (${v})` : ''}`).join('; ')}`);
  }
  return groups;
}

/** The drop-out lines that read "tidak dilaporkan" too, because one of their two doses is missing: "DPT-HB-Hib 1→MR 1". */
export function notReportedDropOuts(names: readonly string[]): string[] {
  const missing = new Set(names);
  return DROP_OUT_LINES.filter((p) => missing.has(`${p.from}${CUMULATIVE}`) || missing.has(`${p.to}${CUMULATIVE}`)).map(dropOutLabel);
}
