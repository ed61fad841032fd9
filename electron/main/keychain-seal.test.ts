import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../node/library/testing/temporary-folder';
import {
  credentialsFileName,
  fileCredentialStore,
} from '../node/newsroom/credentials/file-credential-store';
import { fileSiteSecrets } from '../node/wordpress/file-site-secrets';
import { keychainSeal } from './keychain-seal';

const fakeSafeStorage = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
  decryptString: (data: Buffer) => [...data.toString().slice('sealed:'.length)].reverse().join(''),
});

describe('keychainSeal', () => {
  it('stores what safeStorage sealed, in base64, and opens it back', () => {
    const seal = keychainSeal(fakeSafeStorage());
    const sealed = seal.seal('abcd efgh');
    expect(Buffer.from(sealed, 'base64').toString()).toBe('sealed:hgfe dcba');
    expect(seal.open(sealed)).toBe('abcd efgh');
  });

  it('keeps the newsroom credential encrypted on disk and reads it back', () => {
    const folder = temporaryFolder();
    const store = fileCredentialStore(folder, keychainSeal(fakeSafeStorage()));
    store.write('L1', 'credential-in-clear');
    const onDisk = fs.readFileSync(path.join(folder, credentialsFileName), 'utf8');
    expect(onDisk).not.toContain('credential-in-clear');
    expect(store.read('L1')).toBe('credential-in-clear');
  });

  it('keeps the WordPress password encrypted on disk and reads it back', () => {
    const folder = temporaryFolder();
    const secrets = fileSiteSecrets(folder, keychainSeal(fakeSafeStorage()));
    secrets.set('Le Soir', 'password-in-clear');
    const onDisk = fs
      .readdirSync(folder)
      .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
    expect(onDisk.join('')).not.toContain('password-in-clear');
    expect(secrets.get('Le Soir')).toBe('password-in-clear');
  });

  it('refuses to keep a secret where no keychain is available, and says why', () => {
    const seal = keychainSeal(fakeSafeStorage(false));
    expect(() => seal.seal('x')).toThrow(/no keychain/);
    const store = fileCredentialStore(temporaryFolder(), seal);
    expect(() => store.write('L1', 'x')).toThrow(/no keychain/);
    const secrets = fileSiteSecrets(temporaryFolder(), seal);
    expect(() => secrets.set('Le Soir', 'x')).toThrow(/no keychain/);
  });
});
