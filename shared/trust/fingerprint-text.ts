/** How many bytes of the key's SHA-256 a person compares: 16 bytes, 8 groups of 4 hex digits. */
const shownHexDigits = 32;

/** A key fingerprint as people read it aloud: `3f2a 9c1b …`, from the SHA-256 hex digest. */
export const fingerprintText = (sha256Hex: string): string =>
  (sha256Hex.slice(0, shownHexDigits).match(/.{1,4}/g) ?? []).join(' ');
