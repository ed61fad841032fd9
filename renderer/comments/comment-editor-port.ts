/** What the comments store needs from the body editor; the comment-anchors extension provides it. */
export interface CommentEditorPort {
  /** The selected text when a comment can be added (editable body, text selected), else null. */
  selectedText(): string | null;
  /** Puts the thread's `comment` mark on the selection. */
  anchorSelection(threadId: string): boolean;
  /** Thread ids in the order their commented text first appears in the body. */
  anchorOrder(): string[];
  /** Selects the thread's commented text and scrolls to it; false when the text is gone. */
  reveal(threadId: string): boolean;
}
