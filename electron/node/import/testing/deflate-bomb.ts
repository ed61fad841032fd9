/**
 * Raw DEFLATE data (one fixed-Huffman block) that inflates to `size` spaces: a literal then
 * back-references of 258 bytes at distance 1, 13 bits each — about 160 times smaller than its output.
 */
export const deflateBomb = (size: number): Uint8Array => {
  const repeats = Math.ceil((size - 1) / 258);
  const bytes = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 1);
  let bit = 0;
  // DEFLATE packs fields from the least significant bit; Huffman codes go most significant first.
  const write = (value: number, count: number): void => {
    for (let index = 0; index < count; index += 1, bit += 1) {
      if ((value >> index) & 1) bytes[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  const writeCode = (code: number, count: number): void => {
    for (let index = count - 1; index >= 0; index -= 1, bit += 1) {
      if ((code >> index) & 1) bytes[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  write(1, 1); // last block
  write(1, 2); // fixed Huffman codes
  writeCode(0x30 + 0x20, 8); // literal ' '
  for (let index = 0; index < repeats; index += 1) {
    writeCode(0xc5, 8); // length 258 (symbol 285)
    writeCode(0, 5); // distance 1
  }
  writeCode(0, 7); // end of block (symbol 256)
  return bytes;
};
