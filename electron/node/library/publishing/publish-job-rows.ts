import type { PublishJob } from '../../../../shared/wordpress/publish-job';
import type { PublishedPost } from '../../../../shared/wordpress/published-post';

export interface PublishJobRow {
  id: number;
  article_id: string;
  headline: string | null;
  site: string;
  kind: PublishJob['kind'];
  correction: string;
  state: PublishJob['state'];
  overwrite: number;
  attempts: number;
  next_attempt_at: string;
  progress: string;
  last_error: string;
  link: string;
  queued_by: string;
  created_at: string;
  updated_at: string;
}

export const publishJobOf = (row: PublishJobRow): PublishJob => ({
  id: row.id,
  articleId: row.article_id,
  headline: row.headline ?? '',
  site: row.site,
  kind: row.kind,
  correction: row.correction,
  state: row.state,
  overwrite: row.overwrite === 1,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  progress: row.progress,
  lastError: row.last_error,
  link: row.link,
  queuedBy: row.queued_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface PublishedPostRow {
  article_id: string;
  site: string;
  post_id: number | null;
  link: string;
  media: string;
  pushed_modified_gmt: string;
  pushed_content: string;
  create_started_at: string | null;
  remote_content: string;
}

export const publishedPostOf = (row: PublishedPostRow): PublishedPost => ({
  articleId: row.article_id,
  site: row.site,
  postId: row.post_id,
  link: row.link,
  media: JSON.parse(row.media) as PublishedPost['media'],
  pushedModifiedGmt: row.pushed_modified_gmt,
  pushedContent: row.pushed_content,
  createStartedAt: row.create_started_at,
  remoteContent: row.remote_content,
});
