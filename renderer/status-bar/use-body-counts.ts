import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { Counts } from '../../shared/model/counts';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { countDocument } from '../../shared/text/count-document';
import { countText } from '../../shared/text/count-text';

/** Counting waits for a pause in typing: the keystroke path only restarts a timer. */
const settleMs = 300;

/** The body's counts, measured when the editor opens and again once typing pauses. */
export function useBodyCounts(editor: Editor | null): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    if (!editor) {
      setCounts(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => setCounts(countDocument(editor.getJSON() as TiptapDocument));
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(measure, settleMs);
    };
    measure();
    editor.on('update', changed);
    return () => {
      clearTimeout(timer);
      editor.off('update', changed);
    };
  }, [editor]);
  return counts;
}

/** Counts of the selected text, measured when the selection changes; null without a selection. */
export function useSelectionCounts(editor: Editor | null): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    if (!editor) return;
    const measure = () => {
      const { from, to, empty } = editor.state.selection;
      setCounts(empty ? null : countText(editor.state.doc.textBetween(from, to, '\n', ' ')));
    };
    editor.on('selectionUpdate', measure);
    return () => {
      editor.off('selectionUpdate', measure);
    };
  }, [editor]);
  return counts;
}
