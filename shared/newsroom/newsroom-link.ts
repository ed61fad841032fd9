import { z } from 'zod';
import { Role } from '../model/role';

/** The newsroom server a library replicates, remembered in the library so the desk reconnects at start. */
export const NewsroomLink = z.object({
  address: z.string(),
  /** The server's library id: a replica never mixes two newsrooms. */
  libraryId: z.string(),
  name: z.string(),
  role: Role,
});
export type NewsroomLink = z.infer<typeof NewsroomLink>;
