import { CellStyle, ConditionalFormatSpec } from '../../../sheets/spec';
import { argb, MAIN_NS, XML_HEAD, xmlText } from './xmlText';

/**
 * What a cell looks like once every style of the spec that covers it is applied: the column's
 * number format first, then the ranges in spec order, a later one adding to (not replacing)
 * an earlier one. `font` is set once any range gave the cell a font property: that cell then
 * gets a complete font (face Calibri, size 11 unless given), because a font without a face is
 * drawn in the application's fallback face (LibreOffice picks a serif one).
 */
export interface Look {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  numFmt?: string;
  horizontal?: CellStyle['horizontal'];
  vertical?: CellStyle['vertical'];
  wrap?: boolean;
  border?: CellStyle['border'];
}

/** Excel's built-in number formats by code (ids below 164 that no workbook declares). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_NUMFMT = 164;

function over(look: Look, style: CellStyle): Look {
  const next: Look = { ...look };
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    next.font = { ...look.font };
    if (style.bold !== undefined) next.font.bold = style.bold;
    if (style.italic !== undefined) next.font.italic = style.italic;
    if (style.fontSize !== undefined) next.font.size = style.fontSize;
    if (style.fontColor) next.font.color = style.fontColor;
  }
  if (style.fill) next.fill = style.fill;
  if (style.numberFormat) next.numFmt = style.numberFormat;
  if (style.horizontal) next.horizontal = style.horizontal;
  if (style.vertical) next.vertical = style.vertical;
  if (style.wrap !== undefined) next.wrap = style.wrap;
  if (style.border) next.border = style.border;
  return next;
}

/** A stable text for a look (property order fixed), to find an equal one. */
function lookKey(l: Look): string {
  const f = l.font;
  return [f ? `${f.bold ? 'b' : ''}${f.italic ? 'i' : ''}${f.size ?? ''}${f.color ?? ''}` : '-', l.fill ?? '', l.numFmt ?? '', l.horizontal ?? '', l.vertical ?? '', l.wrap === undefined ? '' : l.wrap ? 'w' : 'n', l.border ?? ''].join('\u0001');
}

/**
 * The cell formats of the sheets being written, numbered from 0 (the default look, which a cell
 * gets by having no style at all), and the differential formats of their conditional formats;
 * rendered as a styles part of its own. Each distinct look is one cell format, shared by every
 * cell that has it.
 */
export class StyleTable {
  private readonly looks: Look[] = [{}];
  private readonly ids = new Map<string, number>([[lookKey({}), 0]]);
  /** Range style (by its text) → (look id before → look id after). */
  private readonly transitionTable = new Map<string, number[]>();
  private readonly dxfs: string[] = [];

  /** The id of a look, added when new. */
  id(look: Look): number {
    const key = lookKey(look);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.looks.length;
      this.looks.push(look);
      this.ids.set(key, id);
    }
    return id;
  }

  /**
   * The look ids `style` makes of look ids, filled as met: `to[from]`, or undefined until
   * `step(to, from, style)` works it out. Ranges with the same style share the table, so each
   * (look, style) pair is worked out once however many cells have it.
   */
  transitions(style: CellStyle): number[] {
    const key = JSON.stringify(style);
    let to = this.transitionTable.get(key);
    if (!to) this.transitionTable.set(key, (to = []));
    return to;
  }

  step(to: number[], from: number, style: CellStyle): number {
    return (to[from] = this.id(over(this.looks[from], style)));
  }

  /** The look of a column whose cells get a number format. */
  columnFormat(format: string): number {
    return this.id({ numFmt: format });
  }

  /** A differential format for a conditional format's style; its index. */
  dxf(style: ConditionalFormatSpec['style']): number {
    const font = style.bold || style.fontColor ? `<font>${style.bold ? '<b/>' : ''}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ''}</font>` : '';
    const fill = style.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>` : '';
    const xml = `<dxf>${font}${fill}</dxf>`;
    const found = this.dxfs.indexOf(xml);
    if (found >= 0) return found;
    this.dxfs.push(xml);
    return this.dxfs.length - 1;
  }

  get size(): number {
    return this.looks.length;
  }

  /** The styles part holding these formats: cell format i is look i. */
  xml(): string {
    const numFmts: string[] = [];
    const numFmtIds = new Map<string, number>();
    const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
    const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
    const indexIn = (list: string[], xml: string) => {
      const i = list.indexOf(xml);
      return i >= 0 ? i : list.push(xml) - 1;
    };
    const xfs = this.looks.map((look) => {
      let numFmtId = 0;
      if (look.numFmt !== undefined) {
        numFmtId = BUILT_IN_FORMATS[look.numFmt] ?? numFmtIds.get(look.numFmt) ?? -1;
        if (numFmtId < 0) {
          numFmtId = FIRST_CUSTOM_NUMFMT + numFmts.length;
          numFmtIds.set(look.numFmt, numFmtId);
          numFmts.push(`<numFmt numFmtId="${numFmtId}" formatCode="${xmlText(look.numFmt)}"/>`);
        }
      }
      const f = look.font;
      const fontId = f ? indexIn(fonts, `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size ?? 11}"/>${f.color ? `<color rgb="${argb(f.color)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`) : 0;
      const fillId = look.fill ? indexIn(fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/></patternFill></fill>`) : 0;
      const edge = look.border ? `<left style="${look.border}"/><right style="${look.border}"/><top style="${look.border}"/><bottom style="${look.border}"/>` : '';
      const borderId = look.border ? indexIn(borders, `<border>${edge}<diagonal/></border>`) : 0;
      const alignment = [
        look.horizontal ? ` horizontal="${look.horizontal}"` : '',
        look.vertical ? ` vertical="${look.vertical === 'middle' ? 'center' : look.vertical}"` : '',
        look.wrap ? ' wrapText="1"' : '',
      ].join('');
      const apply = [numFmtId ? ' applyNumberFormat="1"' : '', fontId ? ' applyFont="1"' : '', fillId ? ' applyFill="1"' : '', borderId ? ' applyBorder="1"' : '', alignment ? ' applyAlignment="1"' : ''].join('');
      const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
      return alignment ? `${head}><alignment${alignment}/></xf>` : `${head}/>`;
    });
    const section = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? section('numFmts', numFmts) : '') +
      section('fonts', fonts) +
      section('fills', fills) +
      section('borders', borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      section('cellXfs', xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      section('dxfs', this.dxfs) +
      '</styleSheet>'
    );
  }
}
