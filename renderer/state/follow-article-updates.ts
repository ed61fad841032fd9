import { articleEvents } from './editor-api';
import { useEditorSession } from './editor-session';

/**
 * Other windows' and tabs' typing reaches the open articles' documents as it is stored. After
 * the event stream dropped and came back (announced as the whole library changing), what was
 * missed is merged from the library. Returns the unsubscribe.
 */
export const followArticleUpdates = (): (() => void) => {
  const events = articleEvents();
  const stopUpdates = events.onArticleUpdated((received) =>
    useEditorSession.getState().receiveUpdate(received),
  );
  const stopChanges = events.onLibraryChanged(({ articleIds }) => {
    if (articleIds.length === 0) void useEditorSession.getState().resync();
  });
  return () => {
    stopUpdates();
    stopChanges();
  };
};
