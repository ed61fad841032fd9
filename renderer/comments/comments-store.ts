import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CommentThread } from '../../shared/model/comment';
import { useEditorSession } from '../state/editor-session';
import { useSidePanel } from '../state/side-panel-store';
import type { CommentEditorPort } from './comment-editor-port';
import {
  createThread,
  quoteOf,
  reopenThread,
  replyToThread,
  resolveThread,
} from './comment-thread-changes';

/** The open article's threads, read and written through the editor session (saved with the body). */
export interface CommentsSessionPort {
  threads(): readonly CommentThread[];
  setThreads(threads: CommentThread[]): boolean;
}

export interface CommentsDeps {
  session: CommentsSessionPort;
  now: () => string;
  newId: () => string;
  /** Shows the comments panel (a new thread is shown there). */
  openPanel: () => void;
}

export interface CommentsState {
  showResolved: boolean;
  /** The thread the writer is looking at: its commented text is highlighted more strongly. */
  focusedThreadId: string | null;
  /** Thread ids in reading order, as last reported by the editor. */
  anchorOrder: readonly string[];
  editor: CommentEditorPort | null;
  /** The editor hands over its port; the returned function detaches it. */
  attachEditor: (editor: CommentEditorPort) => () => void;
  anchorsChanged: () => void;
  setShowResolved: (show: boolean) => void;
  /** From the panel: focus the thread and show its text in the body. */
  focusThread: (threadId: string) => void;
  /** From the body: the caret entered (or left) a commented range. */
  caretInThread: (threadId: string | null) => void;
  /** Comments the selection; false when nothing is selected, the body is read-only or the text is refused. */
  addComment: (text: string, author: string) => boolean;
  reply: (threadId: string, text: string, author: string) => boolean;
  resolve: (threadId: string, by: string) => boolean;
  reopen: (threadId: string) => boolean;
}

export const commentsState =
  (deps: CommentsDeps): StateCreator<CommentsState> =>
  (set, get) => {
    const message = (text: string, author: string) => ({
      id: deps.newId(),
      author: author.trim(),
      at: deps.now(),
      text: text.trim(),
    });
    const save = (threads: CommentThread[] | null): boolean =>
      threads !== null && deps.session.setThreads(threads);

    return {
      showResolved: false,
      focusedThreadId: null,
      anchorOrder: [],
      editor: null,

      attachEditor(editor) {
        set({ editor, anchorOrder: editor.anchorOrder(), focusedThreadId: null });
        return () => {
          if (get().editor === editor)
            set({ editor: null, anchorOrder: [], focusedThreadId: null });
        };
      },

      anchorsChanged() {
        const editor = get().editor;
        if (editor !== null) set({ anchorOrder: editor.anchorOrder() });
      },

      setShowResolved: (showResolved) => set({ showResolved }),

      focusThread(threadId) {
        set({ focusedThreadId: threadId });
        get().editor?.reveal(threadId);
      },

      caretInThread(threadId) {
        if (threadId !== null && get().focusedThreadId !== threadId) {
          set({ focusedThreadId: threadId });
        }
      },

      addComment(text, author) {
        const editor = get().editor;
        const selected = editor?.selectedText() ?? null;
        if (editor === null || selected === null) return false;
        const thread = createThread(deps.newId(), quoteOf(selected), message(text, author));
        // The thread first: if the model refuses it, no anchor is left without a thread.
        if (!save([...deps.session.threads(), thread])) return false;
        editor.anchorSelection(thread.id);
        set({ anchorOrder: editor.anchorOrder(), focusedThreadId: thread.id });
        deps.openPanel();
        return true;
      },

      reply: (threadId, text, author) =>
        save(replyToThread(deps.session.threads(), threadId, message(text, author))),

      resolve: (threadId, by) =>
        save(resolveThread(deps.session.threads(), threadId, by.trim(), deps.now())),

      reopen: (threadId) => save(reopenThread(deps.session.threads(), threadId)),
    };
  };

const editorSessionComments: CommentsSessionPort = {
  threads: () => useEditorSession.getState().article?.comments ?? [],
  setThreads: (threads) => useEditorSession.getState().setField('comments', threads),
};

export const useComments = create<CommentsState>()(
  commentsState({
    session: editorSessionComments,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    openPanel: () => useSidePanel.getState().setPanelOpen('comments', true),
  }),
);
