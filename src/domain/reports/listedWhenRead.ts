/**
 * Gives `target` a property `key` whose value is listed by `list` when first read (and kept),
 * or set like any other. The monthly report reads the register rows behind few of its counts
 * (a finding that names them, the recount), and listing them all up front was most of the
 * tally's work at 100k rows. An own enumerable property, so spread, JSON and toEqual see the
 * list as they would a plain one.
 */
export function listedWhenRead<T extends object, K extends string, V>(target: T, key: K, list: () => V): T & Record<K, V> {
  let value: V | undefined;
  let listed = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!listed) {
        value = list();
        listed = true;
      }
      return value;
    },
    set: (v: V) => {
      value = v;
      listed = true;
    },
  });
  return target as T & Record<K, V>;
}
