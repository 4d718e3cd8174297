/**
 * What the open Excel can do, decided once from the ExcelApi requirement sets the host
 * supports (DESIGN.md "Hard limits": charts 1.1/series 1.7, conditional formats 1.6, data
 * validation 1.8, page layout 1.9; Excel 2019 stops at 1.7). The writer skips what is missing
 * and says so; it never calls an API the host lacks.
 */
export interface Capabilities {
  /** Chart series built range by range (Chart.series.add, setValues: ExcelApi 1.7). */
  chartSeries: boolean;
  /** Percent number format on a chart axis (ChartAxis.numberFormat: ExcelApi 1.8). */
  chartAxisFormat: boolean;
  conditionalFormats: boolean;
  dataValidation: boolean;
  /** Orientation, fit to page, print titles (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Worksheet.autoFilter (ExcelApi 1.9). */
  autoFilter: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): read merged cells of registers. */
  mergedAreas: boolean;
}

/** The manifest's minimum: below it the add-in does not load at all (manifest.xml <Requirements>). */
export const MIN_EXCEL_API = '1.7';

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const excel = (version: string) => isSetSupported('ExcelApi', version);
  return {
    chartSeries: excel('1.7'),
    chartAxisFormat: excel('1.8'),
    conditionalFormats: excel('1.6'),
    dataValidation: excel('1.8'),
    pageLayout: excel('1.9'),
    autoFilter: excel('1.9'),
    mergedAreas: excel('1.13'),
  };
}

/** Everything on: a current Excel (Microsoft 365, Excel on the web). */
export const ALL_CAPABILITIES: Capabilities = detectCapabilities(() => true);

/** Excel 2019 (ExcelApi 1.7), the oldest Excel the add-in supports. */
export const EXCEL_2019: Capabilities = detectCapabilities((_name, version) => compareVersions(version, '1.7') <= 0);

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
