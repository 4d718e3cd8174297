import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { crc32 } from '../../../../src/io/xlsx/zip/crc32';
import { compressionStreamDeflate, pakoDeflate } from '../../../../src/io/xlsx/zip/deflate';
import { writeZip } from '../../../../src/io/xlsx/zip/zipWriter';
import { entryData, readZipDirectory } from '../../../../src/io/xlsx/zip/zipDirectory';
import { OpcPackage } from '../../../../src/io/xlsx/opc/opcPackage';

const text = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c><v>${i * 7}</v></c><t>baris ä ${i}</t></row>`).join('');
const bytes = (s: string) => new TextEncoder().encode(s);

/** Info-ZIP's own check of every entry's data and checksum, where unzip is installed. */
function unzipTest(zip: Uint8Array): string | null {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zipwriter-'));
  try {
    writeFileSync(join(dir, 'a.zip'), zip);
    return execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('crc32', () => {
  it("equals zlib's on every length around its eight-byte steps", () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + (i >> 3)) & 0xff);
    for (const n of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 4999, 5000]) expect(crc32(data.subarray(0, n))).toBe(zlibCrc32(data.subarray(0, n)));
  });
});

describe.each([
  ['pako', pakoDeflate],
  ["CompressionStream('deflate-raw')", compressionStreamDeflate()!],
])('deflate with %s', (_name, deflate) => {
  it('gives raw deflate that zlib inflates back, smaller than the input', async () => {
    const input = bytes(text(2000));
    const out = await deflate(input);
    expect(out.length).toBeLessThan(input.length / 3);
    expect(new Uint8Array(inflateRawSync(out))).toEqual(input);
  });
});

describe('writeZip', () => {
  it('writes new entries deflated and copies stored ones byte for byte; JSZip (with checksums) and unzip read it', async () => {
    const old = bytes(text(500));
    const copied = deflateRawSync(old);
    const zip = await writeZip(
      [
        { name: '[Content_Types].xml', data: bytes('<Types/>') },
        { name: 'xl/', data: new Uint8Array(0) },
        { name: 'xl/worksheets/sheet1.xml', data: bytes(text(3000)) },
        { name: 'xl/média ä.xml', data: bytes('x') },
        { name: 'xl/kept.xml', stored: { method: 8, flags: 0x0008, crc32: zlibCrc32(old), size: old.length, data: copied, dosTime: 0x6000, dosDate: 0x5a21 } },
      ],
      pakoDeflate,
    );
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(await read.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(text(3000));
    expect(await read.file('xl/kept.xml')!.async('string')).toBe(text(500));
    expect(await read.file('xl/média ä.xml')!.async('string')).toBe('x');
    expect(await read.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
    const entries = readZipDirectory(zip);
    const kept = entries.get('xl/kept.xml')!;
    expect(entryData(zip, kept)).toEqual(new Uint8Array(copied));
    expect([kept.method, kept.flags & 0x0008, kept.dosTime, kept.dosDate]).toEqual([8, 0, 0x6000, 0x5a21]);
    // A part that does not get smaller is stored (method 0), as zip tools do.
    expect(entries.get('[content_types].xml')!.method).toBe(0);
    expect(entries.get('xl/worksheets/sheet1.xml')!.method).toBe(8);
    const tested = unzipTest(zip);
    if (tested !== null) expect(tested).toMatch(/No errors detected/);
  });
});

describe('OpcPackage', () => {
  it('writes again only the parts changed: every other part keeps its deflated bytes; names match without case', async () => {
    const original = await JSZip.loadAsync(await new JSZip().file('[Content_Types].xml', '<Types/>').file('xl/Workbook.xml', '<workbook/>').file('xl/worksheets/sheet1.xml', text(4000)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const input = await original.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const pkg = await OpcPackage.load(input);
    expect(pkg.has('xl/workbook.xml')).toBe(true);
    expect(await pkg.text('XL/workbook.xml')).toBe('<workbook/>');
    pkg.write('xl/workbook.xml', '<workbook>baru</workbook>');
    pkg.write('xl/media/image1.png', 'not used');
    pkg.remove('xl/media/image1.png');
    const out = await pkg.bytes();
    const [before, after] = [readZipDirectory(input), readZipDirectory(out)];
    expect(entryData(out, after.get('xl/worksheets/sheet1.xml')!)).toEqual(entryData(input, before.get('xl/worksheets/sheet1.xml')!));
    expect([...after.values()].map((e) => e.name)).toEqual([...before.values()].map((e) => e.name));
    const read = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await read.file('xl/Workbook.xml')!.async('string')).toBe('<workbook>baru</workbook>');
    expect(await read.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(text(4000));
  });

  it('takes base64 media as ExcelJS hands them over', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10]);
    const pkg = OpcPackage.fromParts([{ name: 'xl/media/image1.png', data: Buffer.from(png).toString('base64'), base64: true }]);
    expect(new Uint8Array(await (await JSZip.loadAsync(await pkg.bytes())).file('xl/media/image1.png')!.async('uint8array'))).toEqual(png);
  });

  it('refuses an encrypted entry, which it could not copy or read', async () => {
    const zip = await new JSZip().file('a.xml', '<a/>').generateAsync({ type: 'uint8array' });
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let i = 0; i + 4 < zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    await expect(OpcPackage.load(zip)).rejects.toThrow(/encrypted/);
  });
});
