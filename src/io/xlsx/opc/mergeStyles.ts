import { appendToSection, sectionChildren } from './sections';
import { attributes, escapeXml, rootPrefix, setAttribute, withPrefix } from './xml';

/** CT_Stylesheet's children in schema order. */
const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Excel's own number formats end at 163; workbooks number theirs from 164. */
const FIRST_CUSTOM_NUMFMT = 164;

export interface StyleMerge {
  /** The target's styles part with the source's styles appended. */
  xml: string;
  /** Source cell format index → index in the merged part. */
  xf: number[];
  /** Source differential format (conditional formatting) index → index in the merged part. */
  dxf: number[];
}

/**
 * Appends the styles of a workbook we generated (`source`, the generated sheets' styles part) to a
 * person's workbook (`target`), leaving every existing style where it is so the person's
 * cells keep theirs. Identical fonts, fills, borders, formats and cell formats are shared, not
 * repeated.
 */
export function mergeStyles(target: string, source: string): StyleMerge {
  const prefix = rootPrefix(target);
  let xml = target;

  const numFmtId = new Map<number, number>();
  const targetFormats = sectionChildren(target, 'numFmts', 'numFmt').map((t) => attributes(t));
  const byCode = new Map(targetFormats.map((a) => [a.formatCode, Number(a.numFmtId)]));
  let nextId = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...targetFormats.map((a) => Number(a.numFmtId))) + 1;
  const newFormats: string[] = [];
  for (const a of sectionChildren(source, 'numFmts', 'numFmt').map((t) => attributes(t))) {
    let id = byCode.get(a.formatCode);
    if (id === undefined) {
      id = nextId++;
      byCode.set(a.formatCode, id);
      newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(a.formatCode)}"/>`);
    }
    numFmtId.set(Number(a.numFmtId), id);
  }
  xml = appendToSection(xml, 'numFmts', newFormats, STYLE_ORDER);

  const shared = (section: string, child: string): number[] => {
    const { map, added } = shareInto(sectionChildren(xml, section, child), sectionChildren(source, section, child), prefix);
    xml = appendToSection(xml, section, added, STYLE_ORDER);
    return map;
  };
  const font = shared('fonts', 'font');
  const fill = shared('fills', 'fill');
  const border = shared('borders', 'border');
  const dxf = shared('dxfs', 'dxf');

  const hasCellStyle = sectionChildren(xml, 'cellStyleXfs', 'xf').length > 0;
  const xfs = sectionChildren(source, 'cellXfs', 'xf').map((text) => {
    const a = attributes(text);
    let start = text.match(/^<[^>]*>/)![0];
    const builtIn = Number(a.numFmtId ?? 0);
    start = setAttribute(start, 'numFmtId', numFmtId.get(builtIn) ?? builtIn);
    start = setAttribute(start, 'fontId', font[Number(a.fontId ?? 0)]);
    start = setAttribute(start, 'fillId', fill[Number(a.fillId ?? 0)]);
    start = setAttribute(start, 'borderId', border[Number(a.borderId ?? 0)]);
    // Our cells build on the person's Normal style, which every Excel workbook has.
    start = hasCellStyle ? setAttribute(start, 'xfId', 0) : start.replace(/\sxfId="[^"]*"/, '');
    return start + text.slice(text.match(/^<[^>]*>/)![0].length);
  });
  // Shared like the rest: a report made again finds its formats from the last run (or the
  // person's identical ones) and reuses them, so the style table does not grow on re-runs.
  const { map: xf, added: addedXfs } = shareInto(sectionChildren(xml, 'cellXfs', 'xf'), xfs, prefix);
  xml = appendToSection(xml, 'cellXfs', addedXfs, STYLE_ORDER);
  return { xml, xf, dxf };
}

/**
 * Each incoming style element's index in the target section: an identical one already there
 * (compared with the target's namespace prefix) is reused, else it is appended once.
 */
function shareInto(existing: readonly string[], incoming: readonly string[], prefix: string): { map: number[]; added: string[] } {
  const index = new Map<string, number>();
  existing.forEach((text, i) => index.has(text) || index.set(text, i));
  const added: string[] = [];
  const map = incoming.map((text) => {
    const own = withPrefix(text, prefix);
    let i = index.get(own);
    if (i === undefined) {
      i = existing.length + added.length;
      index.set(own, i);
      added.push(text);
    }
    return i;
  });
  return { map, added };
}
