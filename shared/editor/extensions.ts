import type { Extensions } from '@tiptap/core';
import { Subscript } from '@tiptap/extension-subscript';
import { Superscript } from '@tiptap/extension-superscript';
import { TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { CommentMark } from './marks/comment-mark';
import { Language } from './marks/language';
import { NewsroomLink } from './marks/newsroom-link';
import { SuggestionDeletion } from './marks/suggestion-deletion';
import { SuggestionInsertion } from './marks/suggestion-insertion';
import { Figure } from './nodes/figure';
import { PullQuote } from './nodes/pull-quote';
import { SimpleTable } from './nodes/simple-table';

export interface ExtensionOptions {
  /**
   * ProseMirror's own undo history; the collaborative editor turns it off, since undo there
   * goes through the document's Yjs undo manager (which never undoes someone else's typing).
   */
  history?: boolean;
}

/** The one extension list: the editor, and every export and import, use exactly this. */
export const createExtensions = ({ history = true }: ExtensionOptions = {}): Extensions => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: false,
    ...(history ? {} : { undoRedo: false as const }),
  }),
  NewsroomLink,
  Language,
  CommentMark,
  Subscript,
  Superscript,
  SuggestionInsertion,
  SuggestionDeletion,
  PullQuote,
  Figure,
  SimpleTable,
  TableRow,
  TableHeader,
  TableCell,
];
