/** Numbers as people in Indonesia read them: "1.234", "12,5%". */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

export function formatDecimal(n: number, digits = 1): string {
  return n.toFixed(digits).replace('.', ',');
}

/** "45, 67, 80, … (12 baris)": row numbers to look at, the list cut after `max`. */
export function formatRows(rows: readonly number[], max = 10): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const shown = sorted.slice(0, max).join(', ');
  return sorted.length > max ? `${shown}, … (${sorted.length} baris)` : shown;
}
