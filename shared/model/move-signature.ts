import { z } from 'zod';

/** An Ed25519 public key as base64 of its raw 32 bytes (44 characters). */
export const PublicKeyText = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'A public key is 32 bytes in base64.');
export type PublicKeyText = z.infer<typeof PublicKeyText>;

/** Who signed a status move and the Ed25519 signature (base64 of 64 bytes) of its payload. */
export const MoveSignature = z
  .object({
    publicKey: PublicKeyText,
    value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'A signature is 64 bytes in base64.'),
  })
  .strict();
export type MoveSignature = z.infer<typeof MoveSignature>;
