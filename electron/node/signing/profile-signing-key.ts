import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import { writeFileDurably } from '../files/write-file-durably';
import type { SigningKey } from './signing-key';
import { generateSigningKey, signingKeyFromPem } from './signing-key';

/** Beside the settings file; readable by its owner only. */
export const signingKeyFileName = 'signing-key.pem';

const writePrivate = (file: string, data: string | Uint8Array): void => {
  const descriptor = openSync(file, 'wx', 0o600);
  try {
    writeFileSync(descriptor, data);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
};

const readKey = (file: string): SigningKey | null => {
  try {
    return signingKeyFromPem(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError(
      'unavailable',
      `The profile's signing key (${file}) cannot be read; status changes cannot be signed.`,
    );
  }
};

/**
 * The profile's signing key, read once from the settings folder and created (crash-safely,
 * mode 0600) the first time it is needed. An unreadable key file is an error, never replaced:
 * a new key would silently lose the trust other desks gave the old one.
 */
export const profileSigningKey = (settingsFolder: string): (() => SigningKey) => {
  let key: SigningKey | null = null;
  return () => {
    if (key !== null) return key;
    const file = join(settingsFolder, signingKeyFileName);
    key = readKey(file);
    if (key === null) {
      const created = generateSigningKey();
      mkdirSync(settingsFolder, { recursive: true });
      writeFileDurably(file, created.privateKeyPem, writePrivate);
      key = created;
    }
    return key;
  };
};
