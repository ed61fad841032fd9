import type { CommentAnchors } from '../editor/marks/comment-mark-anchors';
import { findCommentAnchors } from '../editor/marks/comment-mark-anchors';
import type { Article } from '../model/article';
import { escapeHtml } from './escape-html';
import type { HtmlMarkRenderer } from './html-node-mapping';
import { joinChildren } from './html-node-mapping';
import type { ImageResolver } from './image-resolver';
import { printStylesheet } from './print-stylesheet';
import { renderBodyHtml } from './render-body-html';
import type { ExportedArticle } from './render-html-document';
import { renderArticleHeaderHtml, renderHtmlPage } from './render-html-document';
import { reviewCopyLabelsFor } from './render-review-copy-labels';
import { reviewCopyStylesheet } from './render-review-copy-stylesheet';
import type { NumberedThread } from './render-review-copy-threads';
import { renderReviewThreadsHtml } from './render-review-copy-threads';
import { toSchemaDocument } from './to-schema-document';

export type ReviewedArticle = ExportedArticle & Pick<Article, 'comments'>;

export interface ReviewCopyOptions {
  images: 'folder' | 'embed';
  resolveImage?: ImageResolver;
}

/** Anchored threads in reading order, then those whose text was deleted, numbered from 1. */
const numberThreads = (article: ReviewedArticle, anchors: CommentAnchors): NumberedThread[] => {
  const byId = new Map(article.comments.map((thread) => [thread.id, thread]));
  const anchored = anchors.order.flatMap((id) => {
    const thread = byId.get(id);
    return thread === undefined ? [] : [thread];
  });
  const orphaned = article.comments.filter((thread) => !anchors.segments.has(thread.id));
  return [
    ...anchored.map((thread) => ({ thread, anchored: true })),
    ...orphaned.map((thread) => ({ thread, anchored: false })),
  ].map((entry, index) => ({ ...entry, number: index + 1 }));
};

/** Highlights each commented range; its last piece carries the thread's number. */
const commentMarkRenderer = (
  threads: readonly NumberedThread[],
  anchors: CommentAnchors,
): HtmlMarkRenderer => {
  const byId = new Map(threads.map((entry) => [entry.thread.id, entry]));
  const rendered = new Map<string, number>();
  return ({ mark, children }) => {
    const content = joinChildren(children);
    const entry = byId.get(String(mark.attrs.threadId));
    if (entry === undefined) return content;
    const id = entry.thread.id;
    const seen = (rendered.get(id) ?? 0) + 1;
    rendered.set(id, seen);
    const number =
      seen === anchors.segments.get(id) ? `<sup class="comment-number">${entry.number}</sup>` : '';
    const resolved = entry.thread.resolved ? ' is-resolved' : '';
    return `<mark class="comment-anchor${resolved}" data-comment="${entry.number}">${content}${number}</mark>`;
  };
};

/**
 * The HTML document export with the comments: commented ranges highlighted and numbered, the
 * threads (author, time, text, resolved or not) listed after the article. Only this export
 * writes comments; every string is escaped, as in the HTML document.
 */
export const renderReviewCopy = (
  article: ReviewedArticle,
  options: ReviewCopyOptions = { images: 'folder' },
): string => {
  const anchors = findCommentAnchors(toSchemaDocument(article.body, { keepComments: true }));
  const threads = numberThreads(article, anchors);
  const labels = reviewCopyLabelsFor(article.language);
  const body = renderBodyHtml(article.body, {
    gutenberg: false,
    resolveImage: options.resolveImage,
    commentMark: commentMarkRenderer(threads, anchors),
  });
  return renderHtmlPage(article, `${printStylesheet}${reviewCopyStylesheet}`, [
    '<article>',
    renderArticleHeaderHtml(article),
    `<p class="review-notice">${escapeHtml(labels.notice)}</p>`,
    body,
    '</article>',
    renderReviewThreadsHtml(threads, labels, article.language),
  ]);
};
