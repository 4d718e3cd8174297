import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * A workbook as a petugas keeps it, with what ExcelJS cannot carry through a load and save:
 * a drop-down whose list is on another sheet, stored the way Excel 2010+ stores it (the x14
 * extension; ExcelJS issue #2898), and a native chart. Plus ordinary values, styles,
 * validations (one on a whole column), merges, formulas, conditional formats, frozen panes,
 * widths, a hyperlink, a defined name and an earlier generated report.
 */
export async function personWorkbook(generatedMark: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet('Register Bayi');
  reg.addRow(['Nama', 'Tanggal Lahir', 'Umur (hari)', 'Kode Kelurahan', 'JK', 'Catatan']);
  reg.addRow(['Ani', 45667, { formula: 'DATE(2025,12,31)-B2', result: 355 }, 'K01', 'P', { text: 'kartu', hyperlink: 'https://example.org/kartu/ani' }]);
  reg.addRow(['Budi & Sari', 45700, { formula: 'DATE(2025,12,31)-B3', result: 322 }, 'K02', 'L', 'kembar <2>']);
  reg.getCell('B2').numFmt = 'dd-mm-yyyy';
  reg.getCell('B3').numFmt = 'd mmmm yyyy';
  reg.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  reg.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  reg.getCell('C2').border = { bottom: { style: 'double', color: { argb: 'FFFF0000' } } };
  reg.getCell('F3').alignment = { wrapText: true, vertical: 'top' };
  reg.mergeCells('H1:J1');
  reg.getCell('H1').value = 'Catatan gabungan';
  reg.getColumn(1).width = 24;
  reg.views = [{ state: 'frozen', ySplit: 1 }];
  const validations = (reg as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add('E2:E1048576', { type: 'list', allowBlank: true, formulae: ['"L,P"'] });
  reg.addConditionalFormatting({ ref: 'C2:C3', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [330], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  const kel = wb.addWorksheet('Kelurahan');
  kel.addRows([['Kode Kelurahan', 'Nama Kelurahan', 'Sasaran Bayi'], ['K01', 'Kalicacing', 180], ['K02', 'Mangunsari', 200]]);
  wb.definedNames.add("'Kelurahan'!$A$2:$A$3", 'DaftarKelurahan');
  const old = wb.addWorksheet('Laporan Lama');
  old.addRow([`${generatedMark} pada kemarin`]);
  old.addRow([{ text: 'tautan lama', hyperlink: 'https://example.org/lama' }]);
  old.pageSetup.printTitlesRow = '1:1';
  wb.addWorksheet('Laporan Uji').addRow(['catatan petugas sendiri']);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return addExcelOnlyParts(bytes);
}

const X14_VALIDATION =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">' +
  '<x14:formula1><xm:f>Kelurahan!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>D2:D500</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';

const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Sasaran"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Kelurahan!$B$2:$B$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Kelurahan!$C$2:$C$3</c:f></c:numRef></c:val></c:ser>' +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const RELS = (rels: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

/** Adds the x14 drop-down to Register Bayi and a chart to Kelurahan, as Excel would store them. */
async function addExcelOnlyParts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const register = 'xl/worksheets/sheet1.xml';
  zip.file(register, (await zip.file(register)!.async('string')).replace('</worksheet>', `${X14_VALIDATION}</worksheet>`));
  const kelurahan = 'xl/worksheets/sheet2.xml';
  zip.file(kelurahan, (await zip.file(kelurahan)!.async('string')).replace('</worksheet>', '<drawing r:id="rIdGrafik"/></worksheet>'));
  zip.file('xl/worksheets/_rels/sheet2.xml.rels', RELS('<Relationship Id="rIdGrafik" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>'));
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', RELS('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>'));
  zip.file('xl/charts/chart1.xml', CHART);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
