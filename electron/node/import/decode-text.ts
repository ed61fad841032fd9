import { decodeWindows1252 } from './decode-windows-1252';

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((value, index) => bytes[index] === value);

const decodeUtf8OrWindows1252 = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
};

/** File bytes to text: BOM-aware UTF-8 / UTF-16, Windows-1252 fallback, LF line ends, no NULs. */
export const decodeText = (bytes: Uint8Array): string => {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    text = decodeUtf8OrWindows1252(bytes);
  }
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');
};
