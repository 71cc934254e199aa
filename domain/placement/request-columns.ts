// Shared-seat requests as growable integer columns, filled by the scan of the units (opt-ins) and then by
// the shared-only check; and the keys of the requests that may enter a round, as bytes copied while their
// numbers were being read anyway. A round reads nothing else: not one input object after the scan, whose
// forward pass is the only cheap way through 300,000 units on the heap.

export interface RequestColumns {
  count: number;
  /** Per request: its applicant unit (-1 shared-only), its large district (-1 unknown). */
  units: Int32Array;
  districts: Int32Array;
  /** Request r's schools as indices (-1 unknown): wishes[wishStart[r] .. wishStart[r + 1]). */
  wishStart: Int32Array;
  wishes: Int32Array;
  wished: number;
  /** Request r's key as bytes: keyBytes[keyStart[r] .. keyEnd[r]); keyStart -1 when not copied. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
  keyBytes: Uint8Array;
  keyed: number;
}

/** Columns with room for about `expected` requests (they grow past it). */
export function requestColumns(expected: number): RequestColumns {
  const room = Math.max(16, expected);
  return {
    count: 0,
    units: new Int32Array(room),
    districts: new Int32Array(room),
    wishStart: new Int32Array(room + 1),
    wishes: new Int32Array(room * 3),
    wished: 0,
    keyStart: new Int32Array(room),
    keyEnd: new Int32Array(room),
    keyBytes: new Uint8Array(room * 4),
    keyed: 0,
  };
}

/** Starts request r = count for `unit` in `district`; its wishes and key follow. */
export function addRequest(columns: RequestColumns, unit: number, district: number): number {
  const r = columns.count++;
  if (r + 1 >= columns.units.length) {
    const size = columns.units.length * 2;
    columns.units = grown(columns.units, size);
    columns.districts = grown(columns.districts, size);
    columns.wishStart = grown(columns.wishStart, size + 1);
    columns.keyStart = grown(columns.keyStart, size);
    columns.keyEnd = grown(columns.keyEnd, size);
  }
  columns.units[r] = unit;
  columns.districts[r] = district;
  columns.wishStart[r] = columns.wished;
  columns.wishStart[r + 1] = columns.wished;
  columns.keyStart[r] = -1;
  return r;
}

/** Appends school index `school` to the last request's wishes. */
export function addWish(columns: RequestColumns, school: number): void {
  if (columns.wished === columns.wishes.length) columns.wishes = grown(columns.wishes, columns.wished * 2);
  columns.wishes[columns.wished++] = school;
  columns.wishStart[columns.count] = columns.wished;
}

/** Copies request r's key, its members (ASCII, in key order) joined with `+`. */
export function addKey(columns: RequestColumns, r: number, members: readonly string[]): void {
  let length = members.length - 1;
  for (let i = 0; i < members.length; i++) length += members[i]!.length;
  const bytes = keyRoom(columns, r, length);
  let at = columns.keyed;
  for (let i = 0; i < members.length; i++) {
    if (i > 0) bytes[at++] = 0x2b;
    const number = members[i]!;
    for (let k = 0; k < number.length; k++) bytes[at++] = number.charCodeAt(k);
  }
  columns.keyEnd[r] = columns.keyed = at;
}

/** Copies request r's key from source[from .. to), where the scan put it. */
export function addKeyBytes(
  columns: RequestColumns,
  r: number,
  source: Uint8Array,
  from: number,
  to: number,
): void {
  const bytes = keyRoom(columns, r, to - from);
  let at = columns.keyed;
  for (let b = from; b < to; b++) bytes[at++] = source[b]!;
  columns.keyEnd[r] = columns.keyed = at;
}

/** Starts request r's key at the end of the key bytes, with room for `length` bytes; returns the key bytes. */
function keyRoom(columns: RequestColumns, r: number, length: number): Uint8Array {
  const at = columns.keyed;
  if (at + length > columns.keyBytes.length) {
    const bigger = new Uint8Array(Math.max(columns.keyBytes.length * 2, at + length));
    bigger.set(columns.keyBytes);
    columns.keyBytes = bigger;
  }
  columns.keyStart[r] = at;
  return columns.keyBytes;
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
