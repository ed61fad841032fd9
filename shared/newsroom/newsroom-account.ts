import { z } from 'zod';
import { Role } from '../model/role';

/** A newsroom account as the server lists it; credentials are only ever stored hashed. */
export const NewsroomAccount = z.object({
  name: z.string(),
  role: Role,
  createdAt: z.string(),
  /** The invitation has been exchanged for a credential. */
  joined: z.boolean(),
  revokedAt: z.string().nullable(),
});
export type NewsroomAccount = z.infer<typeof NewsroomAccount>;

/** POST /join on the server: an invitation is exchanged, once, for a credential. */
export const JoinRequest = z.object({ invitation: z.string().min(10).max(200) });
export const JoinReply = z.object({
  credential: z.string(),
  account: z.object({ name: z.string(), role: Role }),
  /** The server's library id: a replica refuses to mix two newsrooms in one library. */
  libraryId: z.string(),
});
export type JoinReply = z.infer<typeof JoinReply>;
