import { listedWhenRead } from './listedWhenRead';

/** A count with the register rows behind it, the rows listed when first read (listedWhenRead). */
export function countWithRows(count: number, list: () => number[]): { count: number; rows: number[] } {
  return listedWhenRead({ count }, 'rows', list);
}
