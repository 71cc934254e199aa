// Published records of a season's draws hold every unit several times over (units, ranking, admitted, ...),
// yet most callers store a few fields or none. A lazy field is computed from the draw on first read and from
// then on is a plain data property; it is enumerable in its place, so JSON, spreading and deep equality see
// the same object, key order included.
//
// A season makes hundreds of records and keeps them. So the accessors are shared: one getter and setter per
// field name for every record, which finds its record's computation through `this`. Records built field by
// field in the same order then share V8's hidden classes and stay compact; per-record closures, and
// reconfiguring data fields into accessors, made each record a dictionary of kilobytes.

import { keepShape } from './keep-shapes';

/** A field's computation, for lazyRecord. */
export class Lazy<V> {
  constructor(readonly compute: () => V) {}
}

// The draws compile against this shape (keep-shapes.ts).
keepShape(new Lazy(() => undefined));

/** The record's pending computations (then their values), under a key JSON and spreading do not see. */
const PENDING = Symbol('lazy fields');
type Pending = Record<string, () => unknown>;
type Holder = { [PENDING]: Pending } & Record<string, unknown>;

const accessors = new Map<string, PropertyDescriptor>();

/**
 * A record with `fields`' keys in their order: a Lazy field is computed on first read, the others are as
 * given. Reading or writing a lazy field turns it into a plain data property.
 */
export function lazyRecord<T extends object>(fields: { [K in keyof T]: T[K] | Lazy<T[K]> }): T {
  const record: Record<string, unknown> = {};
  const pending: Pending = {};
  Object.defineProperty(record, PENDING, { value: pending });
  for (const key of Object.keys(fields)) {
    const value = (fields as Record<string, unknown>)[key];
    if (value instanceof Lazy) {
      pending[key] = value.compute;
      Object.defineProperty(record, key, accessorOf(key));
    } else {
      record[key] = value;
    }
  }
  return record as T;
}

function accessorOf(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (accessor === undefined) {
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: Holder) {
        const value = this[PENDING][key]!();
        keep(this, key, value);
        return value;
      },
      set(this: Holder, value: unknown) {
        keep(this, key, value);
      },
    };
    accessors.set(key, accessor);
  }
  return accessor;
}

/**
 * The field becomes a data property holding `value`. A record a caller froze cannot take it (Reflect, not
 * Object.defineProperty, so that is no error): the value is kept with the pending ones and read from there.
 */
function keep(record: Holder, key: string, value: unknown): void {
  record[PENDING][key] = () => value;
  Reflect.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
