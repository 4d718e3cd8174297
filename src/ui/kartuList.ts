/** The persons typed for a Kartu TT: separated by commas, semicolons or lines; blanks dropped. */
export function kartuList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
