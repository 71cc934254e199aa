// School id → index for the scan, which looks one up for every unit and every school an opt-in names: over
// half a million a large season. A Map lookup is a builtin call that walks a bucket chain; a season's ids
// differ in their last characters (a sequence number, a code), so a table indexed by a hash of the length and
// the last four code units finds nearly every id at its first slot, compared by identity before content.
// Measured over the bench's season, the lookups took about a quarter of the Map's time. Ids shorter than that
// go to the Map, and so does a whole season whose ids the hash cannot spread (they differ only further in).

import { keepShape } from '../lottery/keep-shapes';

/** Code units the hash reads, from the end. */
const TAIL = 4;

export class SchoolLookup {
  private readonly slots: Int32Array;
  private readonly slotIds: string[];
  private readonly shift: number;
  private readonly mask: number;
  /** True when the table would probe too long: every id is looked up in the Map. */
  private readonly mapOnly: boolean;

  constructor(private readonly index: ReadonlyMap<string, number>) {
    let bits = 6;
    while (1 << bits < index.size * 4) bits++;
    this.slots = new Int32Array(1 << bits).fill(-1);
    this.slotIds = Array.from({ length: 1 << bits }, () => '');
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let probes = 0;
    for (const [id, s] of index) {
      if (id.length < TAIL) continue;
      let slot = tailHash(id, this.shift);
      for (; this.slots[slot] !== -1; slot = (slot + 1) & this.mask) probes++;
      this.slots[slot] = s;
      this.slotIds[slot] = id;
    }
    // Spread well, a quarter-full table probes a few extra slots for every ten ids.
    this.mapOnly = probes > index.size;
  }

  /** The school's index, or -1 for anything that is not a known id (a string or not). */
  get(id: unknown): number {
    if (typeof id !== 'string') return -1;
    if (id.length < TAIL || this.mapOnly) return this.index.get(id) ?? -1;
    for (let slot = tailHash(id, this.shift); ; slot = (slot + 1) & this.mask) {
      const s = this.slots[slot]!;
      if (s < 0) return -1;
      if (this.slotIds[slot] === id) return s;
    }
  }
}

/** The top bits of a multiplicative hash of the length and the last TAIL code units (length >= TAIL). */
function tailHash(id: string, shift: number): number {
  const n = id.length;
  return (
    (Math.imul(n, 0x9e3779b1) ^
      Math.imul(id.charCodeAt(n - 1), 0x85ebca6b) ^
      Math.imul(id.charCodeAt(n - 2), 0xc2b2ae35) ^
      Math.imul(id.charCodeAt(n - 3), 0x27d4eb2f) ^
      Math.imul(id.charCodeAt(n - 4), 0x165667b1)) >>>
    shift
  );
}

// The scan compiles against this shape: it must outlive each season's instance (keep-shapes.ts).
keepShape(new SchoolLookup(new Map()));
