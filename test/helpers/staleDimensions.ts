import JSZip from 'jszip';

/** Every worksheet's stored size (<dimension>) rewritten to A1:K10, as some tools and scripts leave it. */
export async function staleDimensions(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    zip.file(path, xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:K10"/>'));
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
