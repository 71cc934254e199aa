// Application number → owning applicant unit, for a whole season: 300,000 numbers. A Map of that size spends
// most of its time growing and rehashing; this open-addressing table is sized once from the count the caller
// knows up front, hashes each number once (FNV-1a over its ASCII code units) and stores only indices.

export class NumberTable {
  private slots: Int32Array;
  private mask: number;
  private readonly numbers: string[] = [];
  private readonly owners: number[] = [];

  /** `expected`: about how many numbers will be added (the table stays correct beyond it, only slower). */
  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.numbers.length;
  }

  /** Adds `number` owned by unit `owner`; returns the earlier owner instead (adding nothing) if it is known. */
  add(number: string, owner: number): number {
    let slot = hash(number) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      if (this.numbers[entry - 1] === number) return this.owners[entry - 1]!;
      slot = (slot + 1) & this.mask;
    }
    if (this.numbers.length * 2 >= this.slots.length) {
      this.grow();
      return this.add(number, owner);
    }
    this.numbers.push(number);
    this.owners.push(owner);
    this.slots[slot] = this.numbers.length;
    return -1;
  }

  /** The unit that owns `number`, or undefined. */
  get(number: string): number | undefined {
    let slot = hash(number) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.numbers[entry - 1] === number) return this.owners[entry - 1];
      slot = (slot + 1) & this.mask;
    }
  }

  /** Only past the expected size: the same entries in a table twice as large. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.numbers.length; e++) {
      let slot = hash(this.numbers[e]!) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = e + 1;
    }
  }
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Fold the high bits in: the mask keeps only the low ones.
  return (h ^ (h >>> 16)) >>> 0;
}
