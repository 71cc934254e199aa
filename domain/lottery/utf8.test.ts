import { encodeUtf8 } from './utf8';

describe('encodeUtf8', () => {
  it.each([
    ['ASCII', 'enroll-lottery/v1\nA1+A2'],
    ['two-byte', 'é ü ß'],
    ['three-byte', '入学一件事 大学区共享学位'],
    ['four-byte (surrogate pair)', 'a😀b𠮷'],
    ['lone high surrogate', 'x\ud800y'],
    ['lone low surrogate', 'x\udc00y'],
    ['high surrogate at the end', 'x\ud83d'],
    ['empty', ''],
  ])('matches TextEncoder for %s', (_name, text) => {
    expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });

  it('matches TextEncoder on every BMP boundary', () => {
    const text = [0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff]
      .map((c) => String.fromCharCode(c))
      .join('');
    expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });
});
