import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../library/testing/temporary-folder';
import { credentialsFileName, fileCredentialStore } from './file-credential-store';

describe('fileCredentialStore', () => {
  it('keeps credentials by library id in a file only the user can read', () => {
    const folder = temporaryFolder();
    const store = fileCredentialStore(folder);
    expect(store.read('L1')).toBeNull();
    store.write('L1', 'secret-one');
    store.write('L2', 'secret-two');
    expect(fileCredentialStore(folder).read('L1')).toBe('secret-one');
    const file = path.join(folder, credentialsFileName);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    store.remove('L1');
    expect(store.read('L1')).toBeNull();
    expect(store.read('L2')).toBe('secret-two');
  });

  it('seals what it writes and treats an unreadable file as empty', () => {
    const folder = temporaryFolder();
    const seal = {
      seal: (text: string) => Buffer.from(text).toString('hex'),
      open: (text: string) => Buffer.from(text, 'hex').toString(),
    };
    fileCredentialStore(folder, seal).write('L1', 'secret');
    const file = path.join(folder, credentialsFileName);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('secret');
    expect(fileCredentialStore(folder, seal).read('L1')).toBe('secret');
    fs.writeFileSync(file, 'not json');
    expect(fileCredentialStore(folder, seal).read('L1')).toBeNull();
  });
});
