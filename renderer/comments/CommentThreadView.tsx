import type { FormEvent, MouseEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../../shared/model/comment';

export interface CommentThreadViewProps {
  thread: CommentThread;
  /** False when the commented text was deleted. */
  anchored: boolean;
  focused: boolean;
  readOnly: boolean;
  formatTime: (iso: string) => string;
  onShow: () => void;
  onReply: (text: string) => boolean;
  onResolve: () => void;
  onReopen: () => void;
}

/** One thread: the quoted text, the messages, a reply box, resolve or reopen. */
export function CommentThreadView(props: CommentThreadViewProps) {
  const { thread, anchored, focused, readOnly, formatTime } = props;
  const { t } = useTranslation('comments');
  const [reply, setReply] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() !== '' && props.onReply(reply)) setReply('');
  };
  // A click on the card (not on its controls) shows the commented text.
  const showOnClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    if (anchored && target.closest('button, input, textarea, label, a') === null) props.onShow();
  };
  const classes = [
    'comment-thread-card',
    focused && 'is-focused',
    thread.resolved && 'is-resolved',
  ];

  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      aria-label={anchored ? thread.quote : `${thread.quote} — ${t('thread.deleted')}`}
      onClick={showOnClick}
    >
      {anchored ? (
        <button
          type="button"
          className="comment-card-quote"
          title={t('thread.goTo')}
          onClick={props.onShow}
        >
          {thread.quote}
        </button>
      ) : (
        <>
          <p className="comment-card-quote is-deleted">{thread.quote}</p>
          <p className="comment-card-deleted">{t('thread.deleted')}</p>
        </>
      )}
      <ol className="comment-card-messages">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <p className="comment-card-meta">
              <span className="comment-card-author">{message.author}</span>{' '}
              <time dateTime={message.at}>{formatTime(message.at)}</time>
            </p>
            <p className="comment-card-text">{message.text}</p>
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="comment-card-resolved">
          {thread.resolvedBy !== null && thread.resolvedAt !== null
            ? t('thread.resolvedBy', {
                name: thread.resolvedBy,
                time: formatTime(thread.resolvedAt),
              })
            : t('thread.resolved')}
        </p>
      )}
      {!readOnly && !thread.resolved && (
        <form className="comment-card-reply" onSubmit={submit}>
          <textarea
            className="text-input comment-textarea"
            rows={1}
            aria-label={t('thread.replyLabel')}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
          />
          <div className="comment-card-actions">
            <button type="submit" className="button button-small" disabled={reply.trim() === ''}>
              {t('thread.reply')}
            </button>
            <button type="button" className="button button-small" onClick={props.onResolve}>
              {t('thread.resolve')}
            </button>
          </div>
        </form>
      )}
      {!readOnly && thread.resolved && (
        <div className="comment-card-actions">
          <button type="button" className="button button-small" onClick={props.onReopen}>
            {t('thread.reopen')}
          </button>
        </div>
      )}
    </article>
  );
}
