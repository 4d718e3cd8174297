/**
 * The form in which headers, labels and sheet names are compared: case, spaces and the
 * punctuation people vary (dots, dashes, slashes, colons, brackets) do not count, so
 * "Tgl. Lahir", "tgl lahir" and "TGL-LAHIR" are one header.
 */
export function normalizeName(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._\-/:()[\]'"’*]+/g, '');
}
