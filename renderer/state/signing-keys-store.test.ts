import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { TrustedKey } from '../../shared/model/trusted-key';
import type { SigningKeysState } from './signing-keys-store';
import { signingKeysState } from './signing-keys-store';

const key = (trust: TrustedKey['trust']): TrustedKey => ({
  publicKey: `${'A'.repeat(43)}=`,
  fingerprint: '3f2a 9c1b',
  name: 'Awa Diop',
  role: 'reporter',
  trust,
  firstSeenAt: '2025-03-12T09:30:00Z',
});

const setup = (failing = false) => {
  let stored = key('seen');
  const keys = {
    list: vi.fn(() =>
      Promise.resolve({
        ok: true as const,
        value: { ownFingerprint: 'aaaa bbbb', keys: [stored] },
      }),
    ),
    trust: vi.fn(() => {
      if (failing) {
        return Promise.resolve({
          ok: false as const,
          error: { code: 'not_found' as const, message: 'Unknown key.' },
        });
      }
      stored = key('trusted');
      return Promise.resolve({ ok: true as const, value: stored });
    }),
    revoke: vi.fn(() => {
      stored = key('revoked');
      return Promise.resolve({ ok: true as const, value: stored });
    }),
  };
  const refreshHead = vi.fn(() => Promise.resolve());
  const store = createStore<SigningKeysState>()(
    signingKeysState({ keys }, () => ({ refreshHead })),
  );
  return { store, keys, refreshHead };
};

describe('the signing keys store', () => {
  it('trusts a key, shows the open article as stored, and lists the keys again', async () => {
    const { store, keys, refreshHead } = setup();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ ownFingerprint: 'aaaa bbbb', keys: [key('seen')] });
    expect(await store.getState().trust(key('seen').publicKey)).toBe(true);
    expect(keys.trust).toHaveBeenCalledWith({ publicKey: key('seen').publicKey });
    expect(refreshHead).toHaveBeenCalledTimes(1);
    expect(store.getState().keys).toEqual([key('trusted')]);
    expect(await store.getState().revoke(key('seen').publicKey)).toBe(true);
    expect(refreshHead).toHaveBeenCalledTimes(1);
    expect(store.getState().keys).toEqual([key('revoked')]);
  });

  it('keeps the error when the library refuses', async () => {
    const { store, refreshHead } = setup(true);
    expect(await store.getState().trust(key('seen').publicKey)).toBe(false);
    expect(store.getState().error).toMatchObject({ code: 'not_found' });
    expect(refreshHead).not.toHaveBeenCalled();
  });
});
