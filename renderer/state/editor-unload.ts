import type { EditorSessionState } from './editor-session-state';

type Session = {
  getState(): Pick<EditorSessionState, 'hasUnsavedWork' | 'flushAll' | 'flushForUnload'>;
};
type Host = () => 'electron' | 'web' | undefined;

/**
 * Closing with unsaved text. Browser mode cannot wait: the text goes out in a keepalive request.
 * Electron can: cancel the close, save, then close again (once clean, the next close proceeds).
 */
export function installUnloadFlush(
  session: Session,
  host: Host,
  target: Window = window,
): () => void {
  let closing = false;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const state = session.getState();
    if (!state.hasUnsavedWork()) return;
    if (host() !== 'electron') {
      state.flushForUnload();
      return;
    }
    event.preventDefault();
    event.returnValue = false;
    if (closing) return;
    closing = true;
    void state.flushAll().then((clean) => {
      closing = false;
      if (clean) target.close();
    });
  };
  const onPageHide = () => session.getState().flushForUnload();
  target.addEventListener('beforeunload', onBeforeUnload);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.removeEventListener('beforeunload', onBeforeUnload);
    target.removeEventListener('pagehide', onPageHide);
  };
}
