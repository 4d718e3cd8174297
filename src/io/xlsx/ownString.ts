/**
 * Shorter slices are copied by V8 anyway (SlicedString::kMinLength); a longer one only points
 * into its parent string.
 */
const SLICE_MIN_LENGTH = 13;

/**
 * `text` as a string of its own. A slice of a string is, in V8 (Node and Chromium), a view
 * that keeps the whole parent alive: one cell value kept from a sheet's XML (the puskesmas name
 * of a merged report) would keep its whole inflated chunk, up to 256 KB, in memory — the 1,000
 * report files of the merge bench, written with inline strings, kept 190 MB so. Prepending a
 * character makes a rope that the slice flattens into a new string of the text's own length.
 */
export function ownString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : ` ${text}`.slice(1);
}
