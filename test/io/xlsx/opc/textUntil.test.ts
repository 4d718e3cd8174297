import { OpcPackage } from '../../../../src/io/xlsx/opc/opcPackage';

/*
 * Reading a generated sheet's mark needs only the sheet's first row: textUntil inflates a part
 * only until it has that, so adding report sheets to a workbook with a 100k-row register does
 * not inflate the register (issue 13, half the memory).
 */
describe('OpcPackage.textUntil', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>baris ${i + 1} ä</t></is></c></row>`).join('');
  const xml = `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;

  it('stops inflating at the first row, and the text it has is the part\'s start', async () => {
    const pkg = await OpcPackage.load(await OpcPackage.fromParts([{ name: 'xl/worksheets/sheet1.xml', data: xml }]).bytes());
    const start = await pkg.textUntil('xl/worksheets/sheet1.xml', (t) => t.includes('</row>'));
    expect(start).toContain('<t>baris 1 ä</t>');
    expect(xml.startsWith(start)).toBe(true);
    expect(start.length).toBeLessThan(xml.length / 20);
  });

  it('gives the whole part when the condition never holds', async () => {
    const pkg = await OpcPackage.load(await OpcPackage.fromParts([{ name: 'a.xml', data: xml }]).bytes());
    expect(await pkg.textUntil('a.xml', () => false)).toBe(xml);
  });
});
