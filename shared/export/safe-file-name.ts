const maximumBytes = 120;
const unsafeCharacters =
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff/\\:*?"<>|]/g;
const reservedName = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
const encoder = new TextEncoder();

const byteLength = (text: string): number => encoder.encode(text).length;

const truncateToBytes = (text: string, limit: number): string => {
  let result = '';
  for (const character of text) {
    if (byteLength(result + character) > limit) break;
    result += character;
  }
  return result;
};

const splitExtension = (extension: string): string =>
  extension === '' ? '' : `.${extension.replace(/^\.+/, '').replace(unsafeCharacters, '')}`;

/**
 * A file name safe on Windows, macOS and Linux, from a slug (or any title): control, bidi and
 * zero-width characters and `/ \ : * ? " < > |` removed, `..` and leading/trailing dots and
 * spaces gone, reserved device names (CON, NUL, COM1…) prefixed with `_`, at most 120 bytes of
 * UTF-8 including the extension. Empty results become `article`.
 */
export const safeFileName = (slug: string, extension = ''): string => {
  const suffix = splitExtension(extension);
  const cleaned = slug
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(unsafeCharacters, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = reservedName.test(cleaned) ? `_${cleaned}` : cleaned || 'article';
  const truncated = truncateToBytes(stem, maximumBytes - byteLength(suffix)).replace(/[\s.]+$/, '');
  return `${truncated || 'article'}${suffix}`;
};

/**
 * Safe names for a batch, in order: a name already taken (compared case-insensitively, as on
 * Windows and macOS) gets `-2`, `-3`… before the extension, still within 120 bytes.
 */
export const createUniqueFileNames = (slugs: readonly string[], extension = ''): string[] => {
  const taken = new Set<string>();
  const extensionBytes = byteLength(splitExtension(extension));
  return slugs.map((slug) => {
    const stem = safeFileName(slug);
    let name = safeFileName(stem, extension);
    for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) {
      const suffix = `-${counter}`;
      const room = maximumBytes - extensionBytes - byteLength(suffix);
      name = safeFileName(`${truncateToBytes(stem, room)}${suffix}`, extension);
    }
    taken.add(name.toLowerCase());
    return name;
  });
};
