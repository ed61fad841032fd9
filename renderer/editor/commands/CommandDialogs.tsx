import type { Editor } from '@tiptap/core';
import { CommentForm } from '../../comments/CommentForm';
import { LinkDialog } from '../link-dialog/LinkDialog';
import { useCommandDialog } from './command-dialog-store';
import { PullQuoteDialog } from './PullQuoteDialog';
import { TableDialog } from './TableDialog';

/** The dialog a command asked for (Ctrl+K's link dialog, the pull-quote attribution, the table size). */
export function CommandDialogs({ editor }: { editor: Editor }) {
  const open = useCommandDialog((state) => state.open);
  const close = useCommandDialog((state) => state.close);
  if (open === 'link') return <LinkDialog editor={editor} onClose={close} />;
  if (open === 'pullQuote') return <PullQuoteDialog editor={editor} onClose={close} />;
  if (open === 'table') return <TableDialog editor={editor} onClose={close} />;
  if (open === 'comment') return <CommentForm editor={editor} onClose={close} />;
  return null;
}
