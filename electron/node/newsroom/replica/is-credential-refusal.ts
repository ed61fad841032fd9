import { AuthenticationRefusal } from '../../../../shared/newsroom/authentication-refusal';

/**
 * Whether the server refused the desk's credential (unknown, revoked) rather than one document
 * (an article it does not hold yet). A reason the desk does not know counts as a refusal.
 */
export const isCredentialRefusal = (reason: string): boolean => {
  const known = AuthenticationRefusal.safeParse(reason);
  return (
    !known.success || known.data === 'credential_refused' || known.data === 'credential_revoked'
  );
};
