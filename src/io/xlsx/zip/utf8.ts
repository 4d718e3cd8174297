/**
 * UTF-8 of a text, byte for byte as TextEncoder gives it (a lone surrogate as U+FFFD), in a
 * plain loop: the browsers' TextEncoder copies the text twice and encodes at about 100 MB/s, a
 * good deal slower than this loop over a report's text, which is nearly all ASCII.
 */
export function utf8Bytes(text: string): Uint8Array {
  const n = text.length;
  const ascii = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return withRest(ascii, i, text);
    ascii[i] = code;
  }
  return ascii;
}

/** The ASCII head already in `head`, then the text from `from` on: at most three bytes per UTF-16 unit. */
function withRest(head: Uint8Array, from: number, text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(from + (n - from) * 3);
  out.set(head.subarray(0, from));
  let j = from;
  for (let i = from; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out[j++] = code;
      continue;
    }
    if (code < 0x800) {
      out[j++] = 0xc0 | (code >> 6);
      out[j++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        out[j++] = 0xf0 | (point >> 18);
        out[j++] = 0x80 | ((point >> 12) & 0x3f);
        out[j++] = 0x80 | ((point >> 6) & 0x3f);
        out[j++] = 0x80 | (point & 0x3f);
        i++;
        continue;
      }
      code = 0xfffd;
    }
    out[j++] = 0xe0 | (code >> 12);
    out[j++] = 0x80 | ((code >> 6) & 0x3f);
    out[j++] = 0x80 | (code & 0x3f);
  }
  return out.subarray(0, j);
}
