import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/errors/error-code';
import type { CredentialSeal } from '../node/newsroom/credentials/file-credential-store';

/** Newsroom credentials sealed with the system's keychain (Electron `safeStorage`). */
export const safeStorageSeal = (
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): CredentialSeal => ({
  seal: (credential) => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new AppError(
        'unavailable',
        'This system offers no safe place for the newsroom credential (no keychain).',
      );
    }
    return safeStorage.encryptString(credential).toString('base64');
  },
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
});
