import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import type { EditorSessionState } from '../state/editor-session-state';
import { useEditorSession } from '../state/editor-session';
import { useLibraryInfoStore } from '../library/library-info-store';
import type { MessageState } from '../state/message-store';
import { useMessageStore } from '../state/message-store';

type SessionView = Pick<EditorSessionState, 'article' | 'busy' | 'save'>;

/** An open article can be sent unless the library is read-only or its editor is paused or in a save conflict. */
export const canSendForReview = (session: SessionView, libraryReadOnly: boolean): boolean =>
  session.article !== null && !libraryReadOnly && !session.busy && session.save.kind !== 'conflict';

export interface SendForReviewState {
  /** The "who is it for?" question is open. */
  asking: boolean;
  sending: boolean;
  /** Asks who the package is for (its version is named after them). */
  ask: () => void;
  dismiss: () => void;
  /** Saves pending edits, then writes the open article's package where the user chooses. */
  send: (recipient?: string) => Promise<void>;
}

export interface SendForReviewDeps {
  api: Pick<CopydeskApi, 'packages'>;
  session: () => SessionView & Pick<EditorSessionState, 'saveNow'>;
  libraryReadOnly: () => boolean;
  messages: () => Pick<MessageState, 'show' | 'showError'>;
}

export const sendForReviewState =
  ({
    api,
    session,
    libraryReadOnly,
    messages,
  }: SendForReviewDeps): StateCreator<SendForReviewState> =>
  (set, get) => ({
    asking: false,
    sending: false,

    ask() {
      if (!get().sending && canSendForReview(session(), libraryReadOnly())) set({ asking: true });
    },

    dismiss() {
      set({ asking: false });
    },

    async send(recipient = '') {
      set({ asking: false });
      if (get().sending || !canSendForReview(session(), libraryReadOnly())) return;
      set({ sending: true });
      try {
        // The package must hold what the writer sees, up to the last keystroke.
        if (!(await session().saveNow())) {
          messages().show({ tone: 'error', key: 'packages:send.notSaved' });
          return;
        }
        const article = session().article;
        if (!article) return;
        const result = await api.packages.send({ id: article.id, recipient });
        if (!result.ok) messages().showError(result.error);
        else if (result.value !== null)
          messages().show({
            tone: 'info',
            key: 'packages:send.done',
            values: { path: result.value.path },
          });
      } finally {
        set({ sending: false });
      }
    },
  });

/** @internal Tests build the store on fakes; the app uses the bound one. */
export const createSendForReviewStore = (deps: SendForReviewDeps) =>
  createStore<SendForReviewState>()(sendForReviewState(deps));

export const useSendForReview = create<SendForReviewState>()(
  sendForReviewState({
    api: copydeskBridge(),
    session: () => useEditorSession.getState(),
    libraryReadOnly: () => useLibraryInfoStore.getState().info?.readOnly ?? true,
    messages: () => useMessageStore.getState(),
  }),
);
