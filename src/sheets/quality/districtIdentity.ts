import { DistrictResult } from '../../domain/merge/types';

/** "Kota Salatiga · 8 dari 8 puskesmas", as the other district sheets say it. */
export function districtIdentity(result: DistrictResult): string {
  const counts = new Map<string, number>();
  for (const p of result.puskesmas) if (p.kabupaten) counts.set(p.kabupaten, (counts.get(p.kabupaten) ?? 0) + 1);
  const kabupaten = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'Kabupaten/Kota';
  return `${kabupaten} · ${result.puskesmas.length} dari ${result.expected.length} puskesmas`;
}
