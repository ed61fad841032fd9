/** How a secret is written to the secrets file: as it is, or encrypted by the OS (safeStorage). */
export interface SecretCodec {
  encode(secret: string): string;
  decode(stored: string): string;
}

/** The codec of browser mode and the CLI: the file's 0600 mode is the protection. */
export const plainSecretCodec: SecretCodec = {
  encode: (secret) => secret,
  decode: (stored) => stored,
};
