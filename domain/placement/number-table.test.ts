import { NumberTable, sortedUnits } from './number-table';

describe('application number lookups', () => {
  const numbers = Array.from({ length: 5000 }, (_, i) => `2026${String(i * 3).padStart(7, '0')}`);

  it('NumberTable keeps the first owner and grows past its expected size', () => {
    const table = new NumberTable(10);
    numbers.forEach((n, i) => expect(table.add(n, i)).toBe(-1));
    expect(table.add(numbers[7]!, 99)).toBe(7);
    expect(table.size).toBe(numbers.length);
    numbers.forEach((n, i) => expect(table.get(n)).toBe(i));
    expect(table.get('20260000001')).toBeUndefined();
  });

  it('sortedUnits finds the unit of every number (twins too) in any lookup order, and nothing else', () => {
    // Every fifth unit is a pair of twins.
    const units: { applicationNumbers: string[] }[] = [];
    for (let i = 0; i < numbers.length;) {
      const size = units.length % 5 === 4 && i + 1 < numbers.length ? 2 : 1;
      units.push({ applicationNumbers: numbers.slice(i, i + size) });
      i += size;
    }
    const owner = new Map(units.flatMap((unit, u) => unit.applicationNumbers.map((n) => [n, u] as const)));
    const sorted = sortedUnits(units);
    const probe = [...numbers.keys()].sort((a, b) => ((a * 7919) % 5000) - ((b * 7919) % 5000));
    for (const i of probe) expect(sorted.get(numbers[i]!)).toBe(owner.get(numbers[i]!));
    for (const i of [...probe].reverse()) expect(sorted.get(numbers[i]!)).toBe(owner.get(numbers[i]!));
    for (const i of numbers.keys()) expect(sorted.get(numbers[i]!)).toBe(owner.get(numbers[i]!));
    for (const missing of ['', '0', '20260000001', '20269999999', 'zzz', `${numbers[1]}0`]) {
      expect(sorted.get(missing)).toBeUndefined();
    }
    expect(sortedUnits([]).get('1')).toBeUndefined();
  });
});
