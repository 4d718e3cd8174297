import { relativeTarget, resolvePart } from '../../../../src/io/xlsx/opc/opcPackage';

describe('relativeTarget', () => {
  it.each([
    ['xl/', 'xl/worksheets/sheet3.xml', 'worksheets/sheet3.xml'],
    ['xl/worksheets/', 'xl/drawings/drawing1.xml', '../drawings/drawing1.xml'],
    ['xl/drawings/', 'xl/charts/chart2.xml', '../charts/chart2.xml'],
    ['', 'xl/workbook.xml', '/xl/workbook.xml'],
    ['docProps/', 'xl/styles.xml', '/xl/styles.xml'],
  ])('from %s to %s: %s, which resolves back to the part', (folder, target, expected) => {
    expect(relativeTarget(folder, target)).toBe(expected);
    expect(resolvePart(folder, relativeTarget(folder, target))).toBe(target);
  });
});
