import { formatDateLongId } from '../../domain/dates/formatId';
import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { RangeStyle, SpecCell } from '../spec';

/**
 * Printable blocks stacked down a sheet (cards, certificates): rows are appended, and merges
 * and styles are recorded at the rows they land on. Width: columns A–E.
 */
export class BlockSheet {
  readonly values: SpecCell[][] = [];
  readonly merges: string[] = [];
  readonly styles: RangeStyle[] = [];

  constructor(first: readonly SpecCell[][], firstStyles: readonly RangeStyle[]) {
    this.values.push(...first.map((r) => [...r]));
    this.styles.push(...firstStyles);
  }

  /** Appends a row and returns its 1-based row number. */
  row(cells: SpecCell[]): number {
    this.values.push(cells);
    return this.values.length;
  }

  /** A title across A:E. */
  title(text: string, style: RangeStyle['style']): number {
    const r = this.row([text]);
    this.merges.push(`A${r}:E${r}`);
    this.styles.push({ range: `A${r}:E${r}`, style: { horizontal: 'center', ...style } });
    return r;
  }

  /** "Label | value" with the value across B:E. */
  field(label: string, value: SpecCell): number {
    const r = this.row([label, value]);
    this.merges.push(`B${r}:E${r}`);
    return r;
  }

  style(range: string, style: RangeStyle['style']): void {
    this.styles.push({ range, style });
  }

  /** Place, date and the Kepala Puskesmas's name and NIP, right-aligned in D:E. */
  signature(puskesmas: Puskesmas | null, date: IsoDate): void {
    const place = puskesmas?.kabupaten.replace(/^(Kota|Kabupaten|Kab\.?)\s+/i, '') || '…';
    const top = this.row([null, null, null, `${place}, ${formatDateLongId(date)}`]);
    this.row([null, null, null, 'Kepala Puskesmas']);
    this.row([]);
    this.row([]);
    this.row([null, null, null, puskesmas?.kepala || '(……………………)']);
    const bottom = this.row([null, null, null, puskesmas?.nipKepala ? `NIP ${puskesmas.nipKepala}` : 'NIP']);
    this.style(`D${top}:D${bottom}`, { horizontal: 'left' });
    this.style(`D${bottom - 1}`, { bold: true });
  }

  gap(lines = 2): void {
    for (let i = 0; i < lines; i++) this.row([]);
  }
}
