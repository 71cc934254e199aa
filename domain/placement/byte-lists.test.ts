import { byteLists } from './byte-lists';

const text = (pieces: Uint8Array[]) => pieces.map((p) => Buffer.from(p).toString('latin1')).join('');

function write(lists: ReturnType<typeof byteLists>, k: number, value: string): void {
  const bytes = lists.reserve(k, value.length);
  for (let i = 0; i < value.length; i++) bytes[lists.at[k]! + i] = value.charCodeAt(i);
  lists.at[k] = lists.at[k]! + value.length;
}

describe('byteLists', () => {
  it('keeps each list in order across chunks and arena growth', () => {
    const lists = byteLists(2, 16);
    const expected = ['', ''];
    for (let i = 0; i < 3000; i++) {
      const k = i % 3 === 0 ? 1 : 0;
      const key = `${k === 0 ? 'a' : 'b'}${i}\n`;
      write(lists, k, key);
      expected[k] += key;
    }
    expect(text(lists.pieces(0))).toBe(expected[0]);
    expect(text(lists.pieces(1))).toBe(expected[1]);
    lists.release();
  });

  it('lists taken after a release reuse the arena without reading what the last ones left in it', () => {
    const first = byteLists(1, 4096);
    write(first, 0, 'x'.repeat(3000));
    first.release();
    const second = byteLists(2, 4096);
    write(second, 1, 'second');
    expect(second.bytes).toBe(first.bytes);
    expect(text(second.pieces(0))).toBe('');
    expect(text(second.pieces(1))).toBe('second');
    second.release();
  });
});
