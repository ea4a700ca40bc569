/**
 * TanStack's result object with a few fields of the kit's added, still tracked: every property but
 * the added ones is read from `result` itself, so a component re-renders only for what it reads
 * (TanStack's "tracked properties"), and an added field that is a getter over `result` (`devices`
 * reads `data`) tracks what it reads. `{ ...result, devices }` would read, and so track, every
 * property: each background refetch would re-render every consumer twice.
 */
export function withFields<Result extends object, Fields extends object>(result: Result, fields: Fields): Result & Fields {
  return new Proxy(result, {
    get: (target, key) => (key in fields ? Reflect.get(fields, key) : Reflect.get(target, key)),
    has: (target, key) => key in fields || key in target,
    ownKeys: (target) => [...Reflect.ownKeys(target), ...Reflect.ownKeys(fields)],
    getOwnPropertyDescriptor: (target, key) =>
      key in fields ? { ...Reflect.getOwnPropertyDescriptor(fields, key), configurable: true } : Reflect.getOwnPropertyDescriptor(target, key),
  }) as Result & Fields
}
