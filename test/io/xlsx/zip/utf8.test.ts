import { utf8Bytes } from '../../../../src/io/xlsx/zip/utf8';

describe('utf8Bytes', () => {
  const encoder = new TextEncoder();

  it('gives the bytes TextEncoder gives: ASCII, two and three bytes, pairs, lone surrogates at every place', () => {
    const texts = ['', 'a', '<c r="A1"><v>12</v></c>', 'Kelurahan ä', 'ä', '–÷✓', '😀', 'a😀b', '\ud83d', 'x\ud83d', '\ude00y', '\ud83d\ud83d\ude00', 'a\uffffb\u0000c', 'é'.repeat(5) + 'x'];
    for (const text of texts) expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)));
  });

  it('gives them for random texts mixing every kind of unit', () => {
    const units = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const text = String.fromCharCode(...Array.from({ length: Math.floor(random() * 40) }, () => (random() < 0.5 ? 0x20 + Math.floor(random() * 90) : units[Math.floor(random() * units.length)])));
      expect(Buffer.from(utf8Bytes(text))).toEqual(Buffer.from(encoder.encode(text)));
    }
  });
});
