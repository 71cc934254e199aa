import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { byteLists, NUMBER_CHARS } from './byte-lists';

describe('NUMBER_CHARS', () => {
  it('allows exactly the characters APPLICATION_NUMBER_PATTERN allows', () => {
    for (let c = 0; c < 0x80; c++) {
      expect([c, NUMBER_CHARS[c]]).toEqual([
        c,
        APPLICATION_NUMBER_PATTERN.test(String.fromCharCode(c)) ? 1 : 0,
      ]);
    }
  });
});

describe('byteLists', () => {
  it('keeps each list in order across chunks and while the arena grows', () => {
    const lists = byteLists(3, 16);
    const written: number[][] = [[], [], []];
    for (let i = 0; i < 5000; i++) {
      const k = i % 3;
      const size = 1 + (i % 41);
      const bytes = lists.reserve(k, size);
      for (let b = 0; b < size; b++) {
        const value = (i + b) & 0xff;
        bytes[lists.at[k]!++] = value;
        written[k]!.push(value);
      }
    }
    for (let k = 0; k < 3; k++) {
      const joined = lists.pieces(k).flatMap((piece) => Array.from(piece));
      expect(joined).toEqual(written[k]);
    }
  });
});
