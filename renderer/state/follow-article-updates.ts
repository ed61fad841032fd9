import { articleEvents } from './editor-api';
import { useEditorSession } from './editor-session';

/**
 * Other windows' and tabs' typing reaches the open articles' documents as it is stored. After
 * the event stream dropped and came back (announced as the whole library changing), what was
 * missed is merged from the library. When the open article itself changed elsewhere (a newsroom
 * colleague's status move), its head (status, revision) is read again. Returns the unsubscribe.
 */
export const followArticleUpdates = (): (() => void) => {
  const events = articleEvents();
  const stopUpdates = events.onArticleUpdated((received) =>
    useEditorSession.getState().receiveUpdate(received),
  );
  const stopChanges = events.onLibraryChanged(({ articleIds }) => {
    const session = useEditorSession.getState();
    if (articleIds.length === 0) void session.resync();
    else if (session.article !== null && articleIds.includes(session.article.id))
      void session.refreshHead();
  });
  return () => {
    stopUpdates();
    stopChanges();
  };
};
