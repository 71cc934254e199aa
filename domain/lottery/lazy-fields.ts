// Published records of a season's draws hold every unit several times over (units, ranking, admitted, ...),
// yet most callers store a few fields or none. A lazy field is computed from the draw on first read and from
// then on is a plain data property; it is enumerable in its place, so JSON, spreading and deep equality see
// the same object, key order included.

/** Turns the existing property `key` of `target` into one computed by `compute` on first read. */
export function lazyField<T extends object, K extends keyof T & string>(
  target: T,
  key: K,
  compute: () => T[K],
): void {
  let computed: { value: T[K] } | undefined;
  // Reflect, not Object.defineProperty: on a record a caller froze, the value is still kept (here).
  const settle = (value: T[K]) =>
    Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      computed ??= { value: compute() };
      settle(computed.value);
      return computed.value;
    },
    set: (value: T[K]) => {
      computed = { value };
      settle(value);
    },
  });
}
