import { z } from 'zod';
import { ArticleFields, IsoDateTime } from '../model/article';
import { RevisionReason } from '../model/revision';
import { Status } from '../model/status';
import { packageLimits } from './package-limits';
import { MoveSignature } from '../model/move-signature';

export const PackageRevision = z
  .object({
    revision: z.number().int().positive(),
    reason: RevisionReason,
    name: z.string().max(200).nullable(),
    author: z.string().max(200),
    createdAt: IsoDateTime,
    status: Status,
    fields: ArticleFields,
  })
  .strict();
export type PackageRevision = z.infer<typeof PackageRevision>;

export const PackageStatusChange = z
  .object({
    revision: z.number().int().positive(),
    from: Status.nullable(),
    to: Status,
    by: z.string().max(200),
    role: z.string().max(40).nullable(),
    note: z.string().max(20_000),
    at: IsoDateTime,
    /** Over statusMovePayload of this change and the article id; absent on unsigned moves. */
    signature: MoveSignature.optional(),
  })
  .strict();
export type PackageStatusChange = z.infer<typeof PackageStatusChange>;

/** `history.json`: revision snapshots and the status log, oldest first. */
export const PackageHistory = z
  .object({
    revisions: z.array(PackageRevision).max(packageLimits.maximumRevisions),
    statusLog: z.array(PackageStatusChange).max(packageLimits.maximumStatusChanges),
  })
  .strict();
export type PackageHistory = z.infer<typeof PackageHistory>;
