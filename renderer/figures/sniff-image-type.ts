export type RasterType = 'png' | 'jpeg' | 'gif' | 'webp';

const matches = (bytes: Uint8Array, signature: string, offset = 0): boolean =>
  [...signature].every((character, index) => bytes[offset + index] === character.charCodeAt(0));

/** What the first bytes say the file is; the name and the declared type are not trusted. */
export const sniffImageType = (head: Uint8Array): RasterType | null => {
  if (matches(head, '\x89PNG\r\n\x1a\n')) return 'png';
  if (matches(head, '\xff\xd8\xff')) return 'jpeg';
  if (matches(head, 'GIF87a') || matches(head, 'GIF89a')) return 'gif';
  if (matches(head, 'RIFF') && matches(head, 'WEBP', 8)) return 'webp';
  return null;
};
