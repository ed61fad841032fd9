import { decodeWindows1252 } from '../import/decode-windows-1252';
import { WireRefusal } from './wire-refusal';

// The prolog is ASCII in every encoding this reads, so its first bytes can be read as Latin-1.
const declaredEncoding = (bytes: Uint8Array): string | null => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      head,
    );
  return match?.[1]?.toLowerCase() ?? null;
};

const stripBom = (bytes: Uint8Array): Uint8Array =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;

/**
 * XML bytes as text in the encoding the prolog declares (UTF-8 when it declares none). Like the
 * WHATWG Encoding standard, ISO-8859-1 is read as Windows-1252: feeds labelled Latin-1 carry
 * Windows' curly quotes, dashes and œ in 0x80–0x9F.
 */
export const decodeXmlBytes = (bytes: Uint8Array): string => {
  const encoding = declaredEncoding(bytes) ?? 'utf-8';
  switch (encoding) {
    case 'utf-8':
    case 'utf8':
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(stripBom(bytes));
      } catch {
        throw new WireRefusal('it declares UTF-8 but is not valid UTF-8.');
      }
    case 'iso-8859-1':
    case 'iso8859-1':
    case 'latin1':
    case 'latin-1':
    case 'windows-1252':
    case 'cp1252':
      return decodeWindows1252(bytes);
    default:
      throw new WireRefusal(
        `its encoding "${encoding}" is not supported (UTF-8, ISO-8859-1 or Windows-1252).`,
      );
  }
};
