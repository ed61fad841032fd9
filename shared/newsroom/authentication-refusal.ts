import { z } from 'zod';

/**
 * Why the server refused or closed a connection, as the reason Hocuspocus hands the provider
 * (`onAuthenticationFailed`, or the close event): a desk shows its own words for each.
 */
export const AuthenticationRefusal = z.enum([
  /** Unknown or revoked credential: the desk needs a new invitation. */
  'credential_refused',
  /** The credential was revoked while connected. */
  'credential_revoked',
  /** No such article on the server (never created there, or emptied from its trash). */
  'article_not_found',
  /** A document name the server does not serve. */
  'unknown_document',
]);
export type AuthenticationRefusal = z.infer<typeof AuthenticationRefusal>;
