/*
 * Characters a person cannot see in a cell but a computer compares: zero-width space and
 * joiners, word joiner and invisible operators, the byte-order mark, the soft hyphen and
 * the direction marks that copying from web pages, PDFs and WhatsApp leaves behind.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Spaces that do not look different from a plain space (no-break, narrow, figure, …). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** The text as a person sees it: invisible characters removed, odd spaces made plain. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/** A header or label as shown back to the user in a message: what they see, trimmed. */
export function visibleText(cell: unknown): string {
  return stripInvisible(String(cell ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The form in which headers, labels and sheet names are compared: case, spaces, invisible
 * characters and the punctuation people vary (dots, dashes, slashes, colons, brackets) do
 * not count, so "Tgl. Lahir", "tgl lahir", "TGL-LAHIR" and "Tgl Lahir" with a zero-width
 * space in it are one header.
 */
export function normalizeName(text: unknown): string {
  return stripInvisible(String(text ?? ''))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._\-/:()[\]'"’*]+/g, '');
}
