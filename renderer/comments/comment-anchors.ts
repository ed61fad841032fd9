import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { commentMarkName } from '../../shared/editor/marks/comment-mark';
import { findCommentAnchors } from '../../shared/editor/marks/comment-mark-anchors';
import type { CommentThread } from '../../shared/model/comment';
import { useEditorSession } from '../state/editor-session';
import { commentAnchorRange } from './comment-anchor-range';
import type { CommentEditorPort } from './comment-editor-port';
import type { CommentHighlightInput } from './comment-highlights';
import { commentHighlightsKey, commentHighlightsPlugin } from './comment-highlights';
import { useComments } from './comments-store';

/** Reading order and highlights follow edits after this pause, off the keystroke path. */
const anchorsDelayMs = 250;

const editorPort = (editor: Editor): CommentEditorPort => ({
  selectedText() {
    const { selection, doc } = editor.state;
    if (!editor.isEditable || selection.empty) return null;
    const text = doc.textBetween(selection.from, selection.to, ' ', ' ');
    return text.trim() === '' ? null : text;
  },
  anchorSelection(threadId) {
    const { state } = editor;
    const mark = state.schema.marks[commentMarkName]?.create({ threadId });
    if (mark === undefined) return false;
    const tr = state.tr;
    for (const range of state.selection.ranges) tr.addMark(range.$from.pos, range.$to.pos, mark);
    editor.view.dispatch(tr);
    return true;
  },
  anchorOrder: () => findCommentAnchors(editor.state.doc).order,
  reveal(threadId) {
    const range = commentAnchorRange(editor.state.doc, threadId);
    if (range === null) return false;
    editor.commands.setTextSelection(range);
    // The writer asked to see the text: the body takes the focus, so the selection shows.
    editor.view.focus();
    const anchor = editor.view.dom.querySelector(`[data-comment-thread="${threadId}"]`);
    anchor?.scrollIntoView?.({ block: 'center' });
    return true;
  },
});

const highlightInput = (
  threads: readonly CommentThread[],
  focused: string | null,
  showResolved: boolean,
): CommentHighlightInput => ({
  focused,
  open: new Set(threads.filter((thread) => !thread.resolved).map((thread) => thread.id)),
  resolvedShown: new Set(
    showResolved ? threads.filter((thread) => thread.resolved).map((thread) => thread.id) : [],
  ),
});

interface CommentAnchorsStorage {
  stop: (() => void) | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Connects the body to the comments store: the store adds anchors and reveals them through this
 * editor; the editor reports the reading order, highlights anchors and focuses the thread under
 * the caret.
 */
export const CommentAnchors = Extension.create<object, CommentAnchorsStorage>({
  name: 'commentAnchors',

  addStorage: () => ({ stop: null, timer: undefined }),

  addProseMirrorPlugins: () => [commentHighlightsPlugin()],

  onCreate() {
    const editor = this.editor;
    const detach = useComments.getState().attachEditor(editorPort(editor));
    let shown: unknown[] = [];
    const showHighlights = () => {
      const threads = useEditorSession.getState().article?.comments ?? [];
      const { focusedThreadId, showResolved } = useComments.getState();
      const inputs = [threads, focusedThreadId, showResolved];
      if (editor.isDestroyed || inputs.every((input, index) => input === shown[index])) return;
      shown = inputs;
      const input = highlightInput(threads, focusedThreadId, showResolved);
      editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, input));
    };
    showHighlights();
    // Deferred: the store can change while the editor is dispatching (caret moved into a thread).
    const scheduleHighlights = () => queueMicrotask(showHighlights);
    const stopComments = useComments.subscribe(scheduleHighlights);
    const stopSession = useEditorSession.subscribe(scheduleHighlights);
    this.storage.stop = () => {
      stopComments();
      stopSession();
      detach();
    };
  },

  onUpdate() {
    clearTimeout(this.storage.timer);
    // Most articles have no comments: then there is no order or highlight to follow.
    if ((useEditorSession.getState().article?.comments.length ?? 0) === 0) return;
    const editor = this.editor;
    this.storage.timer = setTimeout(() => {
      if (editor.isDestroyed) return;
      useComments.getState().anchorsChanged();
      editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, true));
    }, anchorsDelayMs);
  },

  onSelectionUpdate() {
    const { selection } = this.editor.state;
    if (!selection.empty) return;
    const mark = selection.$from.marks().find((each) => each.type.name === commentMarkName);
    if (mark !== undefined) useComments.getState().caretInThread(String(mark.attrs.threadId));
  },

  onDestroy() {
    clearTimeout(this.storage.timer);
    this.storage.stop?.();
    this.storage.stop = null;
  },
});
