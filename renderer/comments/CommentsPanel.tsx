import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { usePanelOpen, useSidePanel } from '../state/side-panel-store';
import { CommentThreadView } from './CommentThreadView';
import { useComments } from './comments-store';
import { orderThreads } from './order-threads';
import { useCommentAuthor } from './use-comment-author';
import './comments.css';

const noThreads: never[] = [];

/** The side panel: the article's threads in reading order, resolved ones on request. */
export function CommentsPanel({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation('comments');
  const author = useCommentAuthor();
  const threads = useEditorSession((state) => state.article?.comments ?? noThreads);
  const comments = useComments();
  const open = usePanelOpen('comments');
  const setPanelOpen = useSidePanel((state) => state.setPanelOpen);
  const listed = useMemo(
    () => orderThreads(threads, comments.anchorOrder, comments.showResolved),
    [threads, comments.anchorOrder, comments.showResolved],
  );
  const formatTime = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
  if (!open) return null;

  return (
    <aside className="side-panel comments-panel" aria-label={t('panel')}>
      <header className="side-panel-header">
        <h2>{t('panel')}</h2>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setPanelOpen('comments', false)}
        >
          {t('close')}
        </button>
      </header>
      <label className="comments-show-resolved">
        <input
          type="checkbox"
          checked={comments.showResolved}
          onChange={(event) => comments.setShowResolved(event.target.checked)}
        />
        {t('showResolved')}
      </label>
      {listed.length === 0 && (
        <p className="comments-empty">{t(threads.length === 0 ? 'empty' : 'allResolved')}</p>
      )}
      <ol className="comments-list">
        {listed.map(({ thread, anchored }) => (
          <li key={thread.id}>
            <CommentThreadView
              thread={thread}
              anchored={anchored}
              focused={comments.focusedThreadId === thread.id}
              readOnly={readOnly}
              formatTime={formatTime}
              onShow={() => comments.focusThread(thread.id)}
              onReply={(text) => comments.reply(thread.id, text, author)}
              onResolve={() => comments.resolve(thread.id, author)}
              onReopen={() => comments.reopen(thread.id)}
            />
          </li>
        ))}
      </ol>
    </aside>
  );
}
