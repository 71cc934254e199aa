// UTF-8 encoding without TextEncoder, which some WeChat base libraries lack. Lone surrogates become U+FFFD,
// as TextEncoder does, so both give the same bytes where both exist.

/** UTF-8 bytes of `text`. */
export function encodeUtf8(text: string): Uint8Array {
  const bytes = new Uint8Array(utf8Length(text));
  let p = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      bytes[p++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x800) {
      bytes[p++] = 0xc0 | (cp >> 6);
    } else if (cp < 0x10000) {
      bytes[p++] = 0xe0 | (cp >> 12);
      bytes[p++] = 0x80 | ((cp >> 6) & 0x3f);
    } else {
      bytes[p++] = 0xf0 | (cp >> 18);
      bytes[p++] = 0x80 | ((cp >> 12) & 0x3f);
      bytes[p++] = 0x80 | ((cp >> 6) & 0x3f);
    }
    bytes[p++] = 0x80 | (cp & 0x3f);
  }
  return bytes;
}

// Counting first lets the encoder fill one exact-size buffer: canonical lists of a large district run to
// megabytes.
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const cu = text.charCodeAt(i);
    if (cu < 0x80) length += 1;
    else if (cu < 0x800) length += 2;
    else if (cu >= 0xd800 && cu <= 0xdbff && isLowSurrogate(text, i + 1)) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

function isLowSurrogate(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cu = text.charCodeAt(i);
  return cu >= 0xdc00 && cu <= 0xdfff;
}
