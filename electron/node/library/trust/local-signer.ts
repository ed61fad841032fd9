import { Role } from '../../../../shared/model/role';
import type { Actor } from '../../../../shared/model/actor';

/** This desk's own key and role: always trusted for moves up to that role. */
export interface LocalSigner {
  publicKey: string;
  role: Role;
}

export const localSignerOf = (actor: Actor): LocalSigner | null => {
  const role = Role.safeParse(actor.role);
  return actor.signer === undefined || !role.success
    ? null
    : { publicKey: actor.signer.publicKey, role: role.data };
};
