import { AppError } from '../../../../shared/errors/error-code';
import type { PublishJob } from '../../../../shared/wordpress/publish-job';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import type { Outbox } from './outbox';
import { recordCorrection } from './record-correction';
import {
  publishJobOf,
  publishedPostOf,
  type PublishJobRow,
  type PublishedPostRow,
} from './publish-job-rows';

const waitingStates = "('queued', 'sending', 'edited_remotely')";
const selectJobs =
  'SELECT publish_jobs.*, articles.headline FROM publish_jobs LEFT JOIN articles ON articles.id = publish_jobs.article_id';

/** The outbox on the library's database (tables of schema 9). */
export const createOutbox = (context: LibraryContext): Outbox => {
  const { db } = context;
  const listeners = new Set<(job: PublishJob) => void>();
  const changed = (changedJob: PublishJob): PublishJob => {
    for (const listener of listeners) listener(changedJob);
    return changedJob;
  };
  const now = () => context.now().toISOString();
  const job = (id: number): PublishJob => {
    const row = db.prepare(`${selectJobs} WHERE publish_jobs.id = ?`).get(id) as
      PublishJobRow | undefined;
    if (row === undefined) throw new AppError('not_found', `No publishing job ${id}.`);
    return publishJobOf(row);
  };
  const set = (id: number, fields: Record<string, string | number>): void => {
    const names = Object.keys(fields);
    writeTransaction(context, () =>
      db
        .prepare(
          `UPDATE publish_jobs SET ${names.map((name) => `${name} = @${name}`).join(', ')}, updated_at = @updated_at WHERE id = @id`,
        )
        .run({ ...fields, updated_at: now(), id }),
    );
    changed(job(id));
  };
  return {
    enqueue: (request, queuedBy) =>
      writeTransaction(context, () => {
        const waiting = db
          .prepare(
            `SELECT id FROM publish_jobs WHERE article_id = ? AND site = ? AND kind = ? AND state IN ${waitingStates} AND kind = 'publish'`,
          )
          .pluck()
          .get(request.articleId, request.site, request.kind) as number | undefined;
        if (waiting !== undefined) return job(waiting);
        const at = now();
        const { lastInsertRowid } = db
          .prepare(
            `INSERT INTO publish_jobs (article_id, site, kind, correction, state, next_attempt_at, queued_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
          )
          .run(
            request.articleId,
            request.site,
            request.kind,
            request.correction ?? '',
            at,
            queuedBy,
            at,
            at,
          );
        return changed(job(Number(lastInsertRowid)));
      }),
    jobs: () =>
      (db.prepare(`${selectJobs} ORDER BY publish_jobs.id DESC`).all() as PublishJobRow[]).map(
        publishJobOf,
      ),
    job,
    claimDue: (dueBy) =>
      writeTransaction(context, () => {
        const id = db
          .prepare(
            "SELECT id FROM publish_jobs WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
          )
          .pluck()
          .get(dueBy.toISOString()) as number | undefined;
        if (id === undefined) return null;
        set(id, { state: 'sending', progress: '' });
        return job(id);
      }),
    progress: (id, text) => set(id, { progress: text }),
    published: (id, link) =>
      writeTransaction(context, () => {
        const sent = job(id);
        if (sent.kind === 'correction') recordCorrection(db, sent, now());
        set(id, { state: 'published', link, last_error: '', progress: '' });
      }),
    retryLater: (id, reason, at) => {
      const { attempts } = job(id);
      set(id, {
        state: 'queued',
        last_error: reason,
        attempts: attempts + 1,
        next_attempt_at: at.toISOString(),
      });
    },
    fail: (id, reason) => set(id, { state: 'failed', last_error: reason, progress: '' }),
    editedRemotely: (id, reason) =>
      set(id, { state: 'edited_remotely', last_error: reason, progress: '' }),
    confirmOverwrite: (id) => {
      if (job(id).state !== 'edited_remotely') {
        throw new AppError('conflict', 'This job is not waiting for a confirmation.');
      }
      set(id, { state: 'queued', overwrite: 1, next_attempt_at: now() });
      return job(id);
    },
    cancel: (id) => {
      if (job(id).state === 'published') {
        throw new AppError('conflict', 'This article is already published.');
      }
      set(id, { state: 'cancelled', progress: '' });
      return job(id);
    },
    retry: (id) => {
      if (job(id).state !== 'failed')
        throw new AppError('conflict', 'Only a failed job is retried.');
      set(id, { state: 'queued', last_error: '', attempts: 0, next_attempt_at: now() });
      return job(id);
    },
    resumeInterrupted: () => {
      const interrupted = db
        .prepare("SELECT id FROM publish_jobs WHERE state = 'sending'")
        .pluck()
        .all() as number[];
      for (const id of interrupted) set(id, { state: 'queued', progress: '' });
      return interrupted.length;
    },
    post: (articleId, site) => {
      const row = db
        .prepare('SELECT * FROM published_posts WHERE article_id = ? AND site = ?')
        .get(articleId, site) as PublishedPostRow | undefined;
      return row === undefined
        ? {
            articleId,
            site,
            postId: null,
            link: '',
            media: {},
            pushedModifiedGmt: '',
            pushedContent: '',
            createStartedAt: null,
            remoteContent: '',
          }
        : publishedPostOf(row);
    },
    savePost: (post) =>
      writeTransaction(context, () =>
        db
          .prepare(
            `INSERT INTO published_posts (article_id, site, post_id, link, media, pushed_modified_gmt, pushed_content, create_started_at, remote_content)
             VALUES (@articleId, @site, @postId, @link, @media, @pushedModifiedGmt, @pushedContent, @createStartedAt, @remoteContent)
             ON CONFLICT (article_id, site) DO UPDATE SET post_id = excluded.post_id, link = excluded.link,
               media = excluded.media, pushed_modified_gmt = excluded.pushed_modified_gmt,
               pushed_content = excluded.pushed_content, create_started_at = excluded.create_started_at,
               remote_content = excluded.remote_content`,
          )
          .run({ ...post, media: JSON.stringify(post.media) }),
      ),
    featuredImage: (articleId) =>
      (db.prepare('SELECT src FROM featured_images WHERE article_id = ?').pluck().get(articleId) as
        string | undefined) ?? null,
    chooseFeaturedImage: (articleId, src) =>
      writeTransaction(context, () => {
        if (src === null) {
          db.prepare('DELETE FROM featured_images WHERE article_id = ?').run(articleId);
        } else {
          db.prepare(
            'INSERT INTO featured_images (article_id, src) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET src = excluded.src',
          ).run(articleId, src);
        }
      }),
    onJobChanged: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
};
