import type { KeyObject } from 'node:crypto';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import type { MoveSigner } from '../../../shared/model/move-signer';
import { keyFingerprint } from './key-fingerprint';
import { rawPublicKey } from './raw-public-key';

/** The profile's Ed25519 key: it signs the status moves this desk makes. */
export interface SigningKey extends MoveSigner {
  fingerprint: string;
  /** PKCS #8 PEM of the private key, as kept in the settings folder. */
  privateKeyPem: string;
}

const signingKeyOf = (privateKey: KeyObject): SigningKey => {
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return {
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    sign: (payload) => ({
      publicKey,
      value: sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64'),
    }),
  };
};

export const generateSigningKey = (): SigningKey =>
  signingKeyOf(generateKeyPairSync('ed25519').privateKey);

/** The key kept as PEM; refuses anything but an Ed25519 private key. */
export const signingKeyFromPem = (pem: string): SigningKey => {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('Not an Ed25519 private key.');
  return signingKeyOf(privateKey);
};
