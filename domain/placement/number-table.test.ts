import { NumberTable, sortedNumbers } from './number-table';

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

  it('SortedNumbers finds every number in any lookup order, and nothing else', () => {
    const sorted = sortedNumbers(
      numbers,
      Int32Array.from(numbers, (_, i) => i * 2),
    );
    const probe = [...numbers.keys()].sort((a, b) => ((a * 7919) % 5000) - ((b * 7919) % 5000));
    for (const i of probe) expect(sorted.get(numbers[i]!)).toBe(i * 2);
    for (const i of [...probe].reverse()) expect(sorted.get(numbers[i]!)).toBe(i * 2);
    for (const missing of ['', '0', '20260000001', '20269999999', 'zzz']) {
      expect(sorted.get(missing)).toBeUndefined();
    }
    expect(sortedNumbers([], new Int32Array(0)).get('1')).toBeUndefined();
  });
});
