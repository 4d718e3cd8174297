/**
 * Sizes that keep every Office.js request small (DESIGN.md "Hard limits": Excel on the web
 * refuses a request or response over 5 MB and reads over 5,000,000 cells).
 */

/** The ceiling we hold ourselves to, with a margin under Excel's 5 MB. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Queued payload at which the writer syncs; half the ceiling, as the estimate is rough. */
export const SYNC_BUDGET_BYTES = 2 * 1024 * 1024;

/** One write of values covers whole rows up to about this many bytes of JSON. */
export const VALUE_BLOCK_BYTES = 512 * 1024;

/**
 * Cells loaded per sync when reading. Register cells are short (dates are serial numbers, a
 * NIK is 16 digits): about 10–20 bytes each in the response, so ~2 MB per block.
 */
export const READ_BLOCK_CELLS = 120_000;

/** What one queued operation (its object path and action) adds to a request, beyond its values. */
export const OP_BYTES = 200;
