import type { MoveSigner } from './move-signer';

/** Who does a write: recorded in status changes and revisions. */
export interface Actor {
  name: string;
  role?: string | null;
  /** The profile's key: status moves made by this actor are signed with it. */
  signer?: MoveSigner;
}
