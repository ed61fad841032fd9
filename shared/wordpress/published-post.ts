/** An image already uploaded for an article: the library asset it came from → the site's media. */
export interface UploadedMedia {
  id: number;
  url: string;
}

/**
 * What the desk knows of an article's post on one site: enough for a retry to update rather than
 * duplicate (post and media ids), and to see an edit made in wp-admin since (what we pushed).
 */
export interface PublishedPost {
  articleId: string;
  site: string;
  postId: number | null;
  link: string;
  media: Record<string, UploadedMedia>;
  pushedModifiedGmt: string;
  pushedContent: string;
  /** Set just before a create request: a crash after it may have left a post to adopt. */
  createStartedAt: string | null;
  /** The post's text as found on the site when it had been edited there (shown beside ours). */
  remoteContent: string;
}
