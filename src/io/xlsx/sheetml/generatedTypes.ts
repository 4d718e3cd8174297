import type { OpcPackage } from '../opc/opcPackage';

// The shape the package writer takes (workbookPackage) apart from the module that makes it
// (generatedBook, which uses the chart writer, which adds to a workbook package): no import circle.

export interface GeneratedStyles {
  /** Cell format index in the generated styles part → index in the styles part the sheets go into. */
  xf: readonly number[];
  /** The same for differential (conditional) formats. */
  dxf: readonly number[];
}

/**
 * Generated sheets ready to be written: their styles part is known first, so that a writer
 * adding them to a person's workbook can merge it into the person's styles and have the sheets
 * rendered with the merged indices straight away (nothing renumbered afterwards).
 */
export interface GeneratedBook {
  /** The styles part of the generated sheets on their own (cell format i is look i). */
  stylesXml: string;
  /**
   * The sheets as a workbook package of their own, charts included. `styles` renumbers their
   * formats into another styles part; null keeps their own (a new workbook, whose first sheet is
   * then the selected one).
   */
  render(styles: GeneratedStyles | null): Promise<OpcPackage>;
}
