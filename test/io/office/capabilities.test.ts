import { OfficeMockObject } from 'office-addin-mock';
import { compareVersions, detectCapabilities, EXCEL_2019 } from '../../../src/io/office/capabilities';

/** Office.context.requirements of a host that supports ExcelApi up to `max`. */
function officeUpTo(max: string) {
  return new OfficeMockObject({
    context: { requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && compareVersions(version, max) <= 0 } },
  }) as unknown as typeof Office;
}

describe('detectCapabilities', () => {
  it('turns off what Excel 2019 (ExcelApi 1.7) lacks and keeps what it has', () => {
    const office = officeUpTo('1.7');
    const can = detectCapabilities((name, version) => office.context.requirements.isSetSupported(name, version));
    expect(can).toEqual(EXCEL_2019);
    expect(can).toEqual({ chartSeries: true, chartAxisFormat: false, conditionalFormats: true, dataValidation: false, pageLayout: false, autoFilter: false, mergedAreas: false });
  });

  it('turns everything on for a current Excel', () => {
    const office = officeUpTo('1.17');
    const can = detectCapabilities((name, version) => office.context.requirements.isSetSupported(name, version));
    expect(Object.values(can).every(Boolean)).toBe(true);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.7', '1.7')).toBe(0);
  });
});
