/**
 * A count with the register rows behind it, the rows listed when first read. The monthly
 * report reads the rows of few counts (a finding that names them, the recount), and listing
 * every school's, vaccine's and month's rows up front was most of the tally's work at 100k rows.
 * `rows` is a plain property to every reader (spread, JSON and toEqual see the list).
 */
export function countWithRows(count: number, list: () => number[]): { count: number; rows: number[] } {
  let rows: number[] | undefined;
  return {
    count,
    get rows() {
      return (rows ??= list());
    },
    set rows(value) {
      rows = value;
    },
  };
}
