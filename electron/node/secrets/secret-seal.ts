/** How a secret is written to a settings file: as it is, or encrypted by the OS keychain. */
export interface SecretSeal {
  seal(secret: string): string;
  open(sealed: string): string;
}

/** The seal of browser mode and the CLI: the file's 0600 mode is the protection. */
export const plainSecretSeal: SecretSeal = { seal: (secret) => secret, open: (sealed) => sealed };
