import JSZip from 'jszip';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { useNativeDeflate } from '../../../../src/io/xlsx/opc/nativeDeflate';
import { writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { EVERY_FEATURE, SMALL_REPORT } from '../../../helpers/everySpec';

/** The parts of a zip, as text, and each entry's compression method (from its local header). */
async function parts(bytes: Uint8Array): Promise<{ text: Record<string, string>; methods: number[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) text[name] = await file.async('string');
  const methods: number[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 < bytes.length; i++) if (view.getUint32(i, true) === 0x04034b50) methods.push(view.getUint16(i + 8, true));
  return { text, methods };
}

describe('useNativeDeflate', () => {
  it("writes the same parts, deflated (method 8) by Node's zlib, readable by our reader", async () => {
    const created = new Date(Date.UTC(2026, 0, 5));
    const specs = [EVERY_FEATURE, SMALL_REPORT];
    const pako = await writeWorkbook(specs, { created });
    useNativeDeflate();
    const native = await writeWorkbook(specs, { created });
    const [a, b] = [await parts(pako), await parts(native)];
    expect(b.text).toEqual(a.text);
    expect(b.methods).toEqual(a.methods);
    expect(b.methods).toContain(8);
    expect(readWorkbookBytes(native)).toEqual(readWorkbookBytes(pako));
  });
});
