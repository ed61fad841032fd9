import { describe, expect, it } from 'vitest';
import { safeStorageCodec, type SafeStorageLike } from './safe-storage-codec';

const fakeSafeStorage = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
  decryptString: (sealed) => [...sealed.toString().slice('sealed:'.length)].reverse().join(''),
});

describe('safeStorage codec', () => {
  it('stores what safeStorage sealed and reads the password back', () => {
    const codec = safeStorageCodec(fakeSafeStorage(true));
    const stored = codec.encode('abcd efgh');
    expect(Buffer.from(stored, 'base64').toString()).toBe('sealed:hgfe dcba');
    expect(stored).not.toContain('abcd');
    expect(codec.decode(stored)).toBe('abcd efgh');
  });

  it('refuses to keep a password when no keychain can seal it', () => {
    expect(() => safeStorageCodec(fakeSafeStorage(false)).encode('abcd')).toThrow(/keychain/);
  });
});
