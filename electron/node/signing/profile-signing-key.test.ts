import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../library/testing/temporary-folder';
import { profileSigningKey, signingKeyFileName } from './profile-signing-key';
import { verifyMoveSignature } from './verify-move-signature';

describe('the profile signing key', () => {
  it('is created on first need, owner-only, and the same key after a restart', () => {
    const folder = join(temporaryFolder(), 'settings');
    const key = profileSigningKey(folder)();
    const file = join(folder, signingKeyFileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
    const again = profileSigningKey(folder)();
    expect(again.publicKey).toBe(key.publicKey);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    expect(key.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  });

  it('signs so that only the same text verifies', () => {
    const key = profileSigningKey(temporaryFolder())();
    const signature = key.sign('{"to":"submitted"}');
    expect(verifyMoveSignature('{"to":"submitted"}', signature)).toBe(true);
    expect(verifyMoveSignature('{"to":"published"}', signature)).toBe(false);
    expect(
      verifyMoveSignature('{"to":"submitted"}', { ...signature, value: 'A'.repeat(86) + '==' }),
    ).toBe(false);
  });

  it('refuses a damaged key file rather than replacing the key others trust', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, signingKeyFileName), 'not a key');
    expect(() => profileSigningKey(folder)()).toThrow();
    expect(readFileSync(join(folder, signingKeyFileName), 'utf8')).toBe('not a key');
  });
});
