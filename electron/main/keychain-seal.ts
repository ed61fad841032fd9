import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/errors/error-code';
import type { SecretSeal } from '../node/secrets/secret-seal';

/**
 * Secrets (newsroom credentials, WordPress passwords) encrypted by the OS keychain through
 * Electron's `safeStorage`. Where no keychain is available nothing is written in clear: saving fails.
 */
export const keychainSeal = (
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): SecretSeal => ({
  seal: (secret) => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new AppError(
        'unavailable',
        'This system offers no keychain to keep the secret encrypted, so it was not saved.',
      );
    }
    return safeStorage.encryptString(secret).toString('base64');
  },
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
});
