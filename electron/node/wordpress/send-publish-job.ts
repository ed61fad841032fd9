import { plannedPostStatus } from '../../../shared/wordpress/planned-post-status';
import type { PublishJob } from '../../../shared/wordpress/publish-job';
import type { PublishedPost } from '../../../shared/wordpress/published-post';
import type { Library } from '../library/library';
import { articleFigures } from '../../../shared/editor/article-figures';
import { correctionNotes } from './correction-notes';
import { ensureTerms } from './ensure-terms';
import { findAuthor } from './find-author';
import { postContent } from './post-content';
import type { PublishTarget } from './publish-target';
import { readRemotePost } from './read-remote-post';
import { RemoteEditError } from './remote-edit-error';
import { uploadFigures } from './upload-figures';
import type { WordpressPost } from './wordpress-post';
import { wordpressRequest } from './wordpress-request';
import { adoptCreatedPost } from './adopt-created-post';

export class PublishCancelledError extends Error {}

/**
 * Sends one job: images first (each recorded as it lands), then terms, then the post, created
 * once and updated after. Everything remote is stored as soon as it exists, so a retry after a
 * failure or a crash resumes and never duplicates. Returns the post's address.
 */
export const sendPublishJob = async (options: {
  library: Library;
  job: PublishJob;
  target: PublishTarget;
  now: () => Date;
}): Promise<string> => {
  const { library, job, target } = options;
  const { connection, site } = target;
  const { outbox } = library;
  const stillWanted = () => {
    if (outbox.job(job.id).state === 'cancelled') throw new PublishCancelledError('Cancelled.');
  };
  const article = library.get(job.articleId);
  const planned = plannedPostStatus(article, site.statusMapping, options.now());
  let post: PublishedPost = outbox.post(job.articleId, site.name);
  const save = (changes: Partial<PublishedPost>): void => {
    post = { ...post, ...changes };
    outbox.savePost(post);
  };

  if (post.postId !== null) {
    const remote = await readRemotePost(connection, post.postId);
    const edited =
      remote === null ||
      remote.modified_gmt > post.pushedModifiedGmt ||
      remote.content.raw !== post.pushedContent;
    if (edited && !job.overwrite) {
      save({ remoteContent: remote?.content.raw ?? '' });
      throw new RemoteEditError(
        remote?.content.raw ?? '',
        remote === null
          ? 'The post was deleted on the site since the last push.'
          : `The post was edited on the site (modified ${remote.modified_gmt} GMT) since the last push.`,
      );
    }
    if (remote === null) save({ postId: null, link: '' });
  }

  const figures = articleFigures(article.body);
  await uploadFigures({
    connection,
    libraryPath: library.path,
    figures,
    media: post.media,
    uploaded: (src, media, index) => {
      save({ media: { ...post.media, [src]: media } });
      outbox.progress(job.id, `image ${index + 1}/${figures.length}`);
      stillWanted();
    },
  });
  outbox.progress(job.id, 'terms');
  const categories = await ensureTerms(
    connection,
    'categories',
    article.section === '' ? [] : [article.section],
  );
  const tags = await ensureTerms(connection, 'tags', article.tags);
  const author = await findAuthor(connection, article.bylines[0]?.name ?? '');
  // A second byline has no author field to go to: then every name stays in the content.
  const content = postContent(article, {
    media: post.media,
    bylineInContent: author === null || article.bylines.length > 1,
    corrections: correctionNotes(outbox.jobs(), job, article.language),
  });
  const choice = outbox.featuredImage(job.articleId);
  const chosen = figures.find((figure) => figure.src === choice) ?? figures[0];
  const featured = chosen === undefined ? 0 : (post.media[chosen.src]?.id ?? 0);
  const payload = {
    title: article.headline,
    excerpt: article.standfirst,
    content,
    status: planned.status,
    ...(article.slug === '' ? {} : { slug: article.slug }),
    ...(planned.dateGmt === null ? {} : { date_gmt: planned.dateGmt }),
    categories,
    tags,
    featured_media: featured,
    ...(author === null ? {} : { author }),
  };
  stillWanted();
  outbox.progress(job.id, 'post');
  if (post.postId === null && post.createStartedAt !== null) {
    const adopted = await adoptCreatedPost(connection, article, post.createStartedAt);
    if (adopted !== null) save({ postId: adopted });
  }
  if (post.postId === null) save({ createStartedAt: options.now().toISOString() });
  const sent = (
    await wordpressRequest(connection, {
      method: 'POST',
      route: post.postId === null ? '/wp/v2/posts' : `/wp/v2/posts/${post.postId}`,
      query: { context: 'edit' },
      json: payload,
    })
  ).body as WordpressPost;
  save({
    postId: sent.id,
    link: sent.link,
    pushedModifiedGmt: sent.modified_gmt,
    pushedContent: sent.content.raw,
    createStartedAt: null,
    remoteContent: '',
  });
  return sent.link;
};
