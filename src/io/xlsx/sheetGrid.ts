/** The largest sheet Excel and LibreOffice make (rows, columns): a cell beyond it is no spreadsheet's. */
export const SHEET_GRID = { rows: 1_048_576, cols: 16_384 };
