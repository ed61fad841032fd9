import { z } from 'zod';
import { NewsroomLink } from './newsroom-link';

export const NewsroomConnection = z.enum([
  /** The library is not a replica. */
  'none',
  'connecting',
  'connected',
  'offline',
  /** The server refused the credential: revoked, or not the one it gave. */
  'refused',
]);
export type NewsroomConnection = z.infer<typeof NewsroomConnection>;

/**
 * What the desk shows of its newsroom link: the connection, and each article with changes the
 * server has not confirmed yet (an article missing from `waiting` is synced, or offline with the
 * library). `refusal` is the server's last "no" to a request, shown once.
 */
export const NewsroomState = z.object({
  connection: NewsroomConnection,
  link: NewsroomLink.nullable(),
  waiting: z.record(z.string(), z.number().int().nonnegative()),
  refusal: z.object({ articleId: z.string(), message: z.string() }).nullable(),
});
export type NewsroomState = z.infer<typeof NewsroomState>;
