import { toHex } from './hex';
import { sha256 } from './sha256';
import { Sha256Stream } from './sha256-stream';
import { encodeUtf8 } from './utf8';

const whole = (text: string) => toHex(sha256(encodeUtf8(text)));

function streamed(pieces: readonly string[]): string {
  const stream = new Sha256Stream();
  pieces.forEach((piece, i) => {
    if (i > 0) stream.writeByte(0x0a);
    stream.writeText(piece);
  });
  return toHex(stream.digest());
}

describe('Sha256Stream: the digest of the text joined, however it is fed', () => {
  it.each([0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000])('%i bytes of ASCII', (length) => {
    const text = 'abcdefghij'.repeat(101).slice(0, length);
    expect(streamed([text])).toBe(whole(text));
    const pieces = text.match(/.{1,7}/g) ?? [];
    expect(streamed(pieces)).toBe(whole(pieces.join('\n')));
  });

  it('encodes non-ASCII text as UTF-8, surrogate pairs and lone surrogates included', () => {
    const pieces = ['A1', '学位', 'x😀y', 'lone\ud800', 'é'.repeat(40), '\udc00end'];
    expect(streamed(pieces)).toBe(whole(pieces.join('\n')));
  });
});
