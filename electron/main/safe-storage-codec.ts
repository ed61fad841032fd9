import type { SecretCodec } from '../node/wordpress/secret-codec';

/** The part of Electron's `safeStorage` the codec uses (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Site secrets encrypted by the OS keychain (Keychain, DPAPI, libsecret) through safeStorage.
 * Where no keychain is available, nothing is written in clear: saving a password fails.
 */
export const safeStorageCodec = (safeStorage: SafeStorageLike): SecretCodec => ({
  encode: (secret) => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new Error('No system keychain is available to keep the WordPress password.');
    }
    return safeStorage.encryptString(secret).toString('base64');
  },
  decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
});
