import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { MAX_NUMBER_BYTES, NUMBER_CHARS } from './number-chars';

describe('NUMBER_CHARS', () => {
  it('allows exactly the characters APPLICATION_NUMBER_PATTERN allows', () => {
    for (let c = 0; c < 0x80; c++) {
      expect([c, NUMBER_CHARS[c]]).toEqual([
        c,
        APPLICATION_NUMBER_PATTERN.test(String.fromCharCode(c)) ? 1 : 0,
      ]);
    }
  });

  it('MAX_NUMBER_BYTES is the pattern’s longest number', () => {
    expect(APPLICATION_NUMBER_PATTERN.test('A'.repeat(MAX_NUMBER_BYTES))).toBe(true);
    expect(APPLICATION_NUMBER_PATTERN.test('A'.repeat(MAX_NUMBER_BYTES + 1))).toBe(false);
  });
});
