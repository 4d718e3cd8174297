import { PartCompressor, WrittenPart } from './compressAhead';
import { mergeStyles } from './mergeStyles';
import { CONTENT_TYPE, OpcPackage, REL_NS, REL_TYPE, relativeTarget, relsPath } from './opcPackage';
import { appendToSection, sectionChildren } from './sections';
import type { GeneratedBook, GeneratedStyles } from '../sheetml/generatedTypes';
import { cellA1Text, stringItemText } from './sheetXml';
import { attributes, elements, escapeXml, firstElement, setAttribute, splice } from './xml';

/** CT_Workbook's children in schema order. */
const WORKBOOK_ORDER = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface PackageSheet {
  name: string;
  /** The worksheet part, e.g. 'xl/worksheets/sheet3.xml' ('' for a chart sheet or a missing part). */
  part: string;
  /** 0-based position in the workbook (what localSheetId counts). */
  index: number;
  /** The workbook's id for the sheet (what the calculation chain names). */
  sheetId: string;
}

/**
 * A spreadsheet package (xlsx/xlsm) opened to receive generated sheets. Only the workbook,
 * its relationships, the content types and the styles are edited, and only by appending; every other part keeps its bytes, so whatever a person made — drop-downs
 * pointing at other sheets, charts, pivot tables, macros — survives exactly.
 */
export class WorkbookPackage {
  private sstItems: Promise<string[]> | undefined;

  private constructor(
    private readonly pkg: OpcPackage,
    private readonly workbookPart: string,
  ) {}

  /** Returns null when the bytes are a zip but not a spreadsheet package. */
  static async open(pkg: OpcPackage): Promise<WorkbookPackage | null> {
    const main = (await pkg.relationships('')).find((r) => r.type === REL_TYPE.officeDocument || r.type.endsWith('/officeDocument'));
    if (!main || main.external || !main.target.endsWith('.xml') || !pkg.has(main.target)) return null;
    return new WorkbookPackage(pkg, main.target);
  }

  async workbookXml(): Promise<string> {
    return this.pkg.text(this.workbookPart);
  }

  /** True for workbooks counting dates from 1904 (old Mac Excel): our serials would shift by four years. */
  async uses1904Dates(): Promise<boolean> {
    const pr = firstElement(await this.workbookXml(), 'workbookPr');
    return pr !== undefined && /^(1|true)$/.test(pr.attrs.date1904 ?? '');
  }

  /** True when the workbook uses the Strict Open XML namespaces, which we do not write. */
  async isStrict(): Promise<boolean> {
    return (await this.workbookXml()).includes('http://purl.oclc.org/ooxml/spreadsheetml/main');
  }

  async sheets(): Promise<PackageSheet[]> {
    const xml = await this.workbookXml();
    const rels = await this.pkg.relationships(this.workbookPart);
    const section = firstElement(xml, 'sheets');
    if (!section) return [];
    return elements(xml.slice(section.innerStart, section.innerEnd), 'sheet').map((s, index) => {
      const id = Object.entries(s.attrs).find(([k]) => k.endsWith(':id'))?.[1];
      const rel = rels.find((r) => r.id === id && !r.external);
      const part = rel && rel.type === REL_TYPE.worksheet && this.pkg.has(rel.target) ? rel.target : '';
      return { name: s.attrs.name, part, index, sheetId: s.attrs.sheetId ?? '' };
    });
  }

  /** The text of cell A1 of a sheet (how generated sheets are recognised), or null. */
  async a1Text(sheet: PackageSheet): Promise<string | null> {
    if (!sheet.part) return null;
    // A1 is in the first row: inflate no further (a person's register sheet can be 100k rows).
    const start = await this.pkg.textUntil(sheet.part, (t) => /<\/(?:[\w.-]+:)?row>|<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/.test(t));
    return cellA1Text(start, async (i) => {
      const item = (await this.sharedStringItems())[i];
      return item === undefined ? null : stringItemText(item);
    });
  }

  /** The shared-string items, parsed once: every sheet's A1 is looked up, and the table can hold 100k strings. */
  private sharedStringItems(): Promise<string[]> {
    this.sstItems ??= (async () => {
      const sst = await this.sharedStringsPart();
      return sst ? elements(await this.pkg.text(sst), 'si').map((e) => e.text) : [];
    })();
    return this.sstItems;
  }

  /**
   * Puts the generated sheets into this workbook: their styles merged into this workbook's
   * (mergeStyles: shared where equal, so re-runs do not grow the table), then the sheets
   * rendered with the merged indices. A sheet in `replace` (name → sheet) takes that sheet's
   * place, the others are added at the end in order. The sheets hold their text inline, so this
   * workbook's shared-string table is never touched.
   */
  async addGenerated(book: GeneratedBook, replace: ReadonlyMap<string, PackageSheet>): Promise<void> {
    const stylesPart = await this.partOfType(REL_TYPE.styles);
    let styles: GeneratedStyles | null = null;
    if (stylesPart) {
      const merged = mergeStyles(await this.pkg.text(stylesPart), book.stylesXml);
      this.pkg.write(stylesPart, merged.xml);
      styles = merged;
    } else {
      // A workbook without a styles part (rare, from some generators) simply takes ours.
      this.pkg.write('xl/styles.xml', book.stylesXml);
      await this.pkg.declareContentType('xl/styles.xml', CONTENT_TYPE.styles);
      await this.pkg.addRelationship(this.workbookPart, REL_TYPE.styles, 'xl/styles.xml');
      const count = (name: string, child: string) => [...Array(sectionChildren(book.stylesXml, name, child).length).keys()];
      styles = { xf: count('cellXfs', 'xf'), dxf: count('dxfs', 'dxf') };
    }
    const generated = await book.render(styles);
    const source = (await WorkbookPackage.open(generated))!;
    const sourceNames = elements(await source.workbookXml(), 'definedName');
    for (const sheet of await source.sheets()) {
      // The sheet as it was written, with its compression if that started already.
      const xml = generated.written(sheet.part);
      const old = replace.get(sheet.name);
      const placed = old?.part ? await this.replaceSheet(old, xml) : await this.appendSheet(sheet.name, xml);
      await this.copyRelationships(generated, sheet.part, placed.part);
      const names = sourceNames.filter((n) => n.attrs.localSheetId === String(sheet.index)).map((n) => setAttribute(n.text.match(/^<[^>]*>/)![0], 'localSheetId', placed.index) + n.text.slice(n.startTag.length));
      await this.addDefinedNames(names);
    }
  }

  /** The workbook as a zip; `compressor` deflates what changed (OpcPackage.bytes). */
  async bytes(compressor: PartCompressor | null = null): Promise<Uint8Array> {
    return this.pkg.bytes(compressor);
  }

  /**
   * Gives `to` the relationships `from` has in `generated`: external targets (hyperlinks) as
   * they are, parts (a sheet's drawing, the drawing's charts) copied in under free names.
   */
  private async copyRelationships(generated: OpcPackage, from: string, to: string): Promise<void> {
    const rels = await generated.relationships(from);
    if (rels.length === 0) return;
    const folder = to.slice(0, to.lastIndexOf('/') + 1);
    const lines: string[] = [];
    for (const rel of rels) {
      if (rel.external) {
        lines.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}" TargetMode="External"/>`);
        continue;
      }
      const contentType = await generated.contentType(rel.target);
      if (!contentType) throw new Error(`Generated part ${rel.target} has no content type`);
      const stem = rel.target.replace(/\d*(\.[^./]+)$/, '');
      const ext = /\.[^./]+$/.exec(rel.target)?.[0] ?? '';
      let n = 1;
      while (this.pkg.has(`${stem}${n}${ext}`)) n++;
      const part = `${stem}${n}${ext}`;
      const written = generated.written(rel.target);
      this.pkg.write(part, written.data, written.compressed);
      await this.pkg.declareContentType(part, contentType);
      await this.copyRelationships(generated, rel.target, part);
      lines.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(relativeTarget(folder, part))}"/>`);
    }
    this.pkg.write(relsPath(to), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join('')}</Relationships>`);
  }

  private async partOfType(type: string): Promise<string | undefined> {
    return (await this.pkg.relationships(this.workbookPart)).find((r) => r.type === type && !r.external && this.pkg.has(r.target))?.target;
  }

  private async sharedStringsPart(): Promise<string | undefined> {
    return this.partOfType(REL_TYPE.sharedStrings);
  }

  private async appendSheet(name: string, xml: WrittenPart): Promise<{ part: string; index: number }> {
    let n = 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.pkg.write(part, xml.data, xml.compressed);
    await this.pkg.declareContentType(part, CONTENT_TYPE.worksheet);
    const id = await this.pkg.addRelationship(this.workbookPart, REL_TYPE.worksheet, part);
    let workbook = await this.workbookXml();
    const sheets = sectionChildren(workbook, 'sheets', 'sheet').map((s) => attributes(s));
    const sheetId = Math.max(0, ...sheets.map((s) => Number(s.sheetId) || 0)) + 1;
    // The relationships namespace prefix the workbook declares ('r' nearly always).
    const root = firstElement(workbook, 'workbook')!.startTag;
    let relPrefix = Object.entries(attributes(root)).find(([k, v]) => k.startsWith('xmlns:') && v === REL_NS)?.[0].slice('xmlns:'.length);
    if (!relPrefix) {
      relPrefix = 'r';
      const rootElement = firstElement(workbook, 'workbook')!;
      workbook = splice(workbook, rootElement.start, rootElement.start + root.length, setAttribute(root, 'xmlns:r', REL_NS));
    }
    workbook = appendToSection(workbook, 'sheets', [`<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relPrefix}:id="${id}"/>`], WORKBOOK_ORDER, null);
    this.pkg.write(this.workbookPart, workbook);
    return { part, index: sheets.length };
  }

  /** Writes over a sheet we generated earlier, in its place, and drops what only it used. */
  private async replaceSheet(old: PackageSheet, xml: WrittenPart): Promise<{ part: string; index: number }> {
    await this.dropCalcChainOf(old);
    await this.removeOwnedParts(old.part);
    this.pkg.remove(relsPath(old.part));
    this.pkg.write(old.part, xml.data, xml.compressed);
    let workbook = await this.workbookXml();
    const names = firstElement(workbook, 'definedNames');
    if (names) {
      const kept = elements(workbook.slice(names.innerStart, names.innerEnd), 'definedName').filter((n) => n.attrs.localSheetId !== String(old.index));
      workbook = kept.length ? splice(workbook, names.innerStart, names.innerEnd, kept.map((n) => n.text).join('')) : splice(workbook, names.start, names.end, '');
      this.pkg.write(this.workbookPart, workbook);
    }
    return { part: old.part, index: old.index };
  }

  /**
   * Excel's calculation chain lists formula cells by sheet; one naming a replaced sheet's cells
   * (formulas someone typed into a report) would make Excel repair the file. Excel rebuilds a
   * missing chain silently, so a chain that mentions the sheet goes.
   */
  private async dropCalcChainOf(sheet: PackageSheet): Promise<void> {
    const rel = (await this.pkg.relationships(this.workbookPart)).find((r) => r.type === REL_TYPE.calcChain && !r.external);
    if (!rel || !this.pkg.has(rel.target) || !sheet.sheetId) return;
    // A cell without i is on the sheet of the cell before it.
    let current: string | undefined;
    const mentioned = elements(await this.pkg.text(rel.target), 'c').some((c) => (current = c.attrs.i ?? current) === sheet.sheetId);
    if (!mentioned) return;
    this.pkg.remove(rel.target);
    await this.pkg.removeContentType(rel.target);
    await this.pkg.removeRelationship(this.workbookPart, rel.id);
  }

  /** Removes the parts a sheet links to that nothing else links to (its drawings, comments, …). */
  private async removeOwnedParts(part: string): Promise<void> {
    const targets = (await this.pkg.relationships(part)).filter((r) => !r.external).map((r) => r.target);
    for (const target of targets) {
      if (!this.pkg.has(target) || (await this.linkedFromElsewhere(target, part))) continue;
      await this.removeOwnedParts(target);
      this.pkg.remove(relsPath(target));
      this.pkg.remove(target);
      await this.pkg.removeContentType(target);
    }
  }

  private async linkedFromElsewhere(target: string, except: string): Promise<boolean> {
    for (const rels of this.pkg.paths().filter((p) => p.endsWith('.rels') && p !== relsPath(except))) {
      // 'xl/worksheets/_rels/sheet1.xml.rels' describes 'xl/worksheets/sheet1.xml'; '_rels/.rels' the package.
      const source = rels === '_rels/.rels' ? '' : rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
      if ((await this.pkg.relationships(source)).some((r) => !r.external && r.target === target)) return true;
    }
    return false;
  }

  private async addDefinedNames(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    this.pkg.write(this.workbookPart, appendToSection(await this.workbookXml(), 'definedNames', names, WORKBOOK_ORDER, null));
  }
}
