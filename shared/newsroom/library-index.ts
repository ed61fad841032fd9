import { z } from 'zod';
import { Role } from '../model/role';
import { Status } from '../model/status';

/** One status move as the server recorded it, after checking the mover's role. */
export const ServerMove = z.object({
  from: Status,
  to: Status,
  by: z.string(),
  role: Role,
  at: z.string(),
  note: z.string(),
});
export type ServerMove = z.infer<typeof ServerMove>;

/**
 * One article's entry in the `library` document's `articles` map (`Y.Map<IndexEntry>`), always
 * replaced whole by the server. `changedAt` moves whenever the server stores a change to the
 * article's document, so a replica knows which documents to sync without opening them all.
 */
export const IndexEntry = z.object({
  status: Status,
  trashedAt: z.string().nullable(),
  createdAt: z.string(),
  changedAt: z.string(),
  moves: z.array(ServerMove),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/** The name of the `Y.Map` in the `library` document that holds the entries, keyed by article id. */
export const indexMapName = 'articles';
