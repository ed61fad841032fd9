import { z } from 'zod';
import { IsoDateTime } from './article';
import { Role } from './role';
import { PublicKeyText } from './move-signature';

/** `seen`: met in a package, not trusted yet; `trusted`; `revoked`: trusted once, no longer. */
export const KeyTrust = z.enum(['seen', 'trusted', 'revoked']);
export type KeyTrust = z.infer<typeof KeyTrust>;

/** A signing key this library met, with the name and role it signed as and whether it trusts it. */
export const TrustedKey = z.object({
  publicKey: PublicKeyText,
  fingerprint: z.string(),
  name: z.string(),
  role: Role,
  trust: KeyTrust,
  firstSeenAt: IsoDateTime,
});
export type TrustedKey = z.infer<typeof TrustedKey>;
