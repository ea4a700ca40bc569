/**
 * `cache`'s value for `key`, made by `make` the first time it is asked for. Past 1000 entries the
 * cache starts again: a console that browses many users' devices does not keep every name it showed.
 */
export function cached<K, T>(cache: Map<K, T>, key: K, make: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size > 999) cache.clear()
    cache.set(key, (value = make()))
  }
  return value
}
