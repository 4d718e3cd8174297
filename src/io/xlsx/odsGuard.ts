import { XmlScanner } from './ooxml/xmlScanner';
import { OdsCellCounter } from './odsCells';
import { odsTooLarge, partTooLarge, READ_LIMITS } from './readLimits';
import { streamEntryText } from './zip/inflateEntry';
import { ZipEntry } from './zip/zipDirectory';

const limits = () => ({ cells: READ_LIMITS.cells, textChars: READ_LIMITS.cellText });

/**
 * Refuses an .ods whose content.xml (`entry`) would expand, repeats counted out, beyond
 * READ_LIMITS: streamed once, within the part limits every part is held to, and stopped at the
 * first limit passed. Nothing is kept; SheetJS then reads only what passed.
 */
export function checkOdsContent(bytes: Uint8Array, entry: ZipEntry, fileName: string): void {
  const counter = new OdsCellCounter(limits());
  const scanner = new XmlScanner(counter);
  streamEntryText(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, entry.name, size, ratio), (text) => {
    scanner.feed(text);
    return counter.problem === null;
  });
  if (counter.problem) throw odsTooLarge(fileName, counter.problem);
}

const TEXT_SLICE = 1024 * 1024;

/**
 * The same for a spreadsheet saved as one XML text (flat OpenDocument, .fods), which SheetJS
 * reads as the content.xml of an .ods. Text that is not XML (csv) is left alone.
 */
export function checkFlatXml(bytes: Uint8Array, fileName: string): void {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  if (bytes[at] !== 0x3c /* < */) return;
  const counter = new OdsCellCounter(limits());
  const scanner = new XmlScanner(counter);
  const decoder = new TextDecoder('utf-8');
  for (let start = 0; start < bytes.length && counter.problem === null; start += TEXT_SLICE) {
    scanner.feed(decoder.decode(bytes.subarray(start, start + TEXT_SLICE), { stream: start + TEXT_SLICE < bytes.length }));
  }
  if (counter.problem) throw odsTooLarge(fileName, counter.problem);
}
