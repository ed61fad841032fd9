import { z } from 'zod';
import { ArticleId } from '../model/article';
import { ConnectionProblem } from './connection-problem';
import { PublishJob } from './publish-job';
import { WordpressSite } from '../model/wordpress-site';

const SiteName = WordpressSite.shape.name;
const JobId = z.object({ jobId: z.number().int().positive() }).strict();

/** The publishing channels of the IPC contract (spread into `contract`). */
export const publishingContract = {
  /** Adds or replaces a site by name; the password (when given) goes to the site secrets only. */
  'wordpress:saveSite': {
    request: z
      .object({ site: WordpressSite, applicationPassword: z.string().max(200).optional() })
      .strict(),
    response: z.array(WordpressSite),
  },
  'wordpress:removeSite': {
    request: z.object({ name: SiteName }).strict(),
    response: z.array(WordpressSite),
  },
  'wordpress:checkConnection': {
    request: z.object({ name: SiteName }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), displayName: z.string() }),
      z.object({ ok: z.literal(false), problem: ConnectionProblem }),
    ]),
  },
  /** Queues an approved or published article for a site and starts sending (editors only). */
  'outbox:publish': {
    request: z.object({ id: ArticleId, site: SiteName }).strict(),
    response: PublishJob,
  },
  /** Queues a dated correction note for a published article's post. */
  'outbox:correct': {
    request: z
      .object({ id: ArticleId, site: SiteName, text: z.string().trim().min(1).max(5_000) })
      .strict(),
    response: PublishJob,
  },
  /** The figure (library source) chosen as the article's featured image; null: the first. */
  'outbox:featuredImage': {
    request: z.object({ id: ArticleId }).strict(),
    response: z.object({ src: z.string().nullable() }),
  },
  'outbox:chooseFeaturedImage': {
    request: z.object({ id: ArticleId, src: z.string().max(500).nullable() }).strict(),
    response: z.object({ src: z.string().nullable() }),
  },
  'outbox:list': { request: z.object({}).strict(), response: z.array(PublishJob) },
  'outbox:cancel': { request: JobId, response: PublishJob },
  /** A failed job queued again, at once. */
  'outbox:retry': { request: JobId, response: PublishJob },
  'outbox:confirmOverwrite': { request: JobId, response: PublishJob },
  /** The post as we last pushed it and as the site has it now, to compare side by side. */
  'outbox:remoteEdit': {
    request: z.object({ id: ArticleId, site: SiteName }).strict(),
    response: z.object({ ours: z.string(), theirs: z.string() }),
  },
} as const;
