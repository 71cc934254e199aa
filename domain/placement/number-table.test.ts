import { NumberTable } from './number-table';

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
});
