/**
 * Text for the parts this writer renders. Characters XML 1.0 cannot carry (control characters
 * pasted into a register, unpaired surrogates) are written as Excel writes them in cell text,
 * _xHHHH_, which Excel, LibreOffice and SheetJS read back as the character.
 */
/** A quick test that finds nothing in nearly every text (surrogates, paired or not, go the slow way). */
const NEEDS_WORK = /[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
const REPLACE = /[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text escaped for element content and double-quoted attributes. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(REPLACE, (ch) => ENTITY[ch] ?? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A `<t>` element for a cell's or string item's text, keeping leading and trailing spaces. */
export function textElement(text: string): string {
  const n = text.length;
  // Spaces are checked by code first: \s is slow to test on every cell's text.
  const edge = n > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32 || text.charCodeAt(0) > 127 || text.charCodeAt(n - 1) > 127);
  const preserve = edge && (/^\s/.test(text) || /\s$/.test(text));
  return preserve ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

/** '#RRGGBB' → the ARGB Excel stores ('FFRRGGBB'). */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A sheet name in a formula: quoted, with its apostrophes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
