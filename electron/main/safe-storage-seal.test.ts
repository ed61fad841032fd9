import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../node/library/testing/temporary-folder';
import {
  credentialsFileName,
  fileCredentialStore,
} from '../node/newsroom/credentials/file-credential-store';
import { safeStorageSeal } from './safe-storage-seal';

const fakeSafeStorage = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (text: string) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
  decryptString: (data: Buffer) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
});

describe('safeStorageSeal', () => {
  it('keeps the credential encrypted on disk and reads it back', () => {
    const folder = temporaryFolder();
    const store = fileCredentialStore(folder, safeStorageSeal(fakeSafeStorage()));
    store.write('L1', 'credential-in-clear');
    const onDisk = fs.readFileSync(path.join(folder, credentialsFileName), 'utf8');
    expect(onDisk).not.toContain('credential-in-clear');
    expect(store.read('L1')).toBe('credential-in-clear');
  });

  it('refuses to keep a credential where no encryption is available', () => {
    const store = fileCredentialStore(temporaryFolder(), safeStorageSeal(fakeSafeStorage(false)));
    expect(() => store.write('L1', 'x')).toThrow(/no safe place/);
  });
});
