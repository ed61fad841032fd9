import type { CommentThread } from '../model/comment';
import { escapeHtml } from './escape-html';
import type { ReviewCopyLabels } from './render-review-copy-labels';

export interface NumberedThread {
  number: number;
  thread: CommentThread;
  anchored: boolean;
}

const displayTime = (instant: string, language: string): string => {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(instant),
    );
  try {
    return format(language);
  } catch {
    return format('en');
  }
};

const timeHtml = (instant: string, language: string): string =>
  `<time datetime="${escapeHtml(instant)}">${escapeHtml(displayTime(instant, language))}</time>`;

const stateHtml = (thread: CommentThread, labels: ReviewCopyLabels, language: string): string => {
  if (!thread.resolved) return `<p class="comment-state">${escapeHtml(labels.open)}</p>`;
  const by = escapeHtml(labels.resolvedBy(thread.resolvedBy ?? '?'));
  const at = thread.resolvedAt === null ? '' : `, ${timeHtml(thread.resolvedAt, language)}`;
  return `<p class="comment-state is-resolved">${by}${at}</p>`;
};

const threadHtml = (
  { number, thread, anchored }: NumberedThread,
  labels: ReviewCopyLabels,
  language: string,
): string => {
  const messages = thread.messages.map(
    (message) =>
      `<li><p class="comment-meta"><span class="comment-author">${escapeHtml(message.author)}</span>, ${timeHtml(message.at, language)}</p>` +
      `<p class="comment-text">${escapeHtml(message.text)}</p></li>`,
  );
  const deleted = anchored ? '' : `<p class="comment-deleted">${escapeHtml(labels.deleted)}</p>`;
  return [
    `<li id="comment-${number}" class="comment-thread${thread.resolved ? ' is-resolved' : ''}">`,
    `<blockquote class="comment-quote">${escapeHtml(thread.quote)}</blockquote>`,
    deleted,
    stateHtml(thread, labels, language),
    `<ol class="comment-messages">${messages.join('')}</ol>`,
    '</li>',
  ]
    .filter((line) => line !== '')
    .join('\n');
};

/** The numbered threads after the article: quote, state, and every message with author and time. */
export const renderReviewThreadsHtml = (
  threads: readonly NumberedThread[],
  labels: ReviewCopyLabels,
  language: string,
): string =>
  [
    '<section class="review-comments" aria-labelledby="review-comments-title">',
    `<h2 id="review-comments-title">${escapeHtml(labels.comments)}</h2>`,
    threads.length === 0
      ? `<p>${escapeHtml(labels.none)}</p>`
      : `<ol class="comment-threads">\n${threads.map((each) => threadHtml(each, labels, language)).join('\n')}\n</ol>`,
    '</section>',
  ].join('\n');
