import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../library/testing/temporary-folder';
import { fileSiteSecrets, siteSecretsFileName } from './file-site-secrets';
import { plainSecretSeal } from '../secrets/secret-seal';

describe('file site secrets', () => {
  it('keeps each site’s password in a file only its user may read', () => {
    const folder = temporaryFolder();
    const secrets = fileSiteSecrets(folder, plainSecretSeal);
    secrets.set('La Gazette', 'abcd efgh ijkl mnop qrst uvwx');
    secrets.set('Le Soir', 'other');
    expect(secrets.get('La Gazette')).toBe('abcd efgh ijkl mnop qrst uvwx');
    expect(fs.statSync(path.join(folder, siteSecretsFileName)).mode & 0o777).toBe(0o600);
    secrets.delete('La Gazette');
    expect(secrets.get('La Gazette')).toBeNull();
    expect(fileSiteSecrets(folder, plainSecretSeal).get('Le Soir')).toBe('other');
  });

  it('writes what the seal gives, never the password itself', () => {
    const folder = temporaryFolder();
    const reversed = {
      seal: (secret: string) => [...secret].reverse().join(''),
      open: (stored: string) => [...stored].reverse().join(''),
    };
    fileSiteSecrets(folder, reversed).set('site', 'secret-password');
    const text = fs.readFileSync(path.join(folder, siteSecretsFileName), 'utf8');
    expect(text).not.toContain('secret-password');
    expect(fileSiteSecrets(folder, reversed).get('site')).toBe('secret-password');
  });
});
