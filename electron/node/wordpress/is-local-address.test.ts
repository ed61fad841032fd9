import { describe, expect, it } from 'vitest';
import { isLocalAddress } from './is-local-address';

describe('local addresses', () => {
  it('takes loopback names and numbers as local, anything else as remote', () => {
    for (const address of [
      'http://localhost:8080',
      'http://127.0.0.1',
      'http://127.3.4.5:99',
      'http://[::1]:80',
      'http://site.localhost',
    ]) {
      expect(isLocalAddress(address)).toBe(true);
    }
    for (const address of [
      'http://example.com',
      'http://192.168.1.4',
      'http://localhost.example.com',
      'http://127.0.0.1.example.com',
    ]) {
      expect(isLocalAddress(address)).toBe(false);
    }
  });
});
