import { useEffect } from 'react';
import { useEditorSession } from '../state/editor-session';
import { useUiStore } from '../state/ui-store';

let typedAhead = '';
/** Between Enter on a row and the session starting to load that article, a moment passes. */
const startingMs = 1_000;

/** What was typed for the body before it was on screen; emptied by reading it. */
export const takeKeysTypedAhead = (): string => {
  const text = typedAhead;
  typedAhead = '';
  return text;
};

/**
 * Enter on a row opens the article and sends the caret to its body, but the body appears only
 * once the article's document has arrived: characters typed meanwhile are held here and typed
 * into the body when it takes the focus, instead of falling on the list. Only while that
 * article is on its way, so a load that fails or another article opened never swallows typing.
 */
export function useKeysTypedAhead(): void {
  useEffect(() => {
    let requestedAt = 0;
    const stopRequests = useUiStore.subscribe((state, previous) => {
      if (state.bodyFocusRequest !== previous.bodyFocusRequest) requestedAt = performance.now();
    });
    const onKeyDown = (event: KeyboardEvent) => {
      const waiting = useUiStore.getState().bodyFocusRequest;
      const { article, articleId, failure } = useEditorSession.getState();
      const coming = articleId === waiting || performance.now() - requestedAt < startingMs;
      if (waiting === null || failure !== null || article?.id === waiting || !coming) {
        typedAhead = '';
        return;
      }
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing) return;
      event.preventDefault();
      typedAhead += event.key;
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      stopRequests();
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, []);
}
